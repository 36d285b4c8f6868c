namespace DocReport.Model;

/// <summary>Kinds of checkable fact a claim may assert; <see cref="Other"/> is a claim that fits none of the others.</summary>
public enum ClaimType
{
    /// <summary>A number, amount, percentage or rate.</summary>
    Statistic,
    /// <summary>A date, time or duration that the fact depends on.</summary>
    Temporal,
    /// <summary>Something a named source said or reported.</summary>
    Attribution,
    /// <summary>A direct quotation.</summary>
    Quote,
    /// <summary>A comparison: more, less, highest, first.</summary>
    Comparative,
    /// <summary>A cause or effect.</summary>
    Causal,
    /// <summary>A forecast or commitment about the future.</summary>
    Prediction,
    /// <summary>A checkable fact of none of the kinds above.</summary>
    Other,
}

/// <summary>What kind of body a source is.</summary>
public enum SourceKind
{
    /// <summary>A government, ministry, agency, court or official body.</summary>
    Government,
    /// <summary>A company, charity, union, university or other organisation.</summary>
    Organization,
    /// <summary>A news outlet or publication.</summary>
    Media,
    /// <summary>A named or described person.</summary>
    Person,
    /// <summary>A social network or online platform, or an account on one.</summary>
    Platform,
    /// <summary>A report, study, survey or other document.</summary>
    Document,
    /// <summary>A source of none of the kinds above.</summary>
    Other,
}

/// <summary>A piece of the article text: <c>[Start,End)</c> in UTF-16 code units of the article text.</summary>
public sealed record Span(string Text, int Start, int End);

/// <summary>A span that supports a claim: a number, percentage, money amount, date, duration, age or named entity.</summary>
public sealed record Evidence(string Kind, string Text, int Start, int End);

/// <summary>A sentence that asserts a checkable fact.</summary>
public sealed record Claim(string Id, string SentenceId, string ParagraphId, string Text, int Start, int End)
{
    /// <summary>The kinds of checkable fact the claim asserts.</summary>
    public IReadOnlyList<ClaimType> Types { get; init; } = [];
    /// <summary>Check-worthiness in [0,1].</summary>
    public double Score { get; init; }
    /// <summary>The sources the claim is attributed to (<c>S1</c>..); empty when it is attributed to none.</summary>
    public IReadOnlyList<string> SourceIds { get; init; } = [];
    /// <summary>Spans that support the claim: numbers, amounts, dates, named entities.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

/// <summary>What an attribution's cue tells of its source.</summary>
public enum AttributionKind
{
    /// <summary>What someone said, wrote or told ("said", "according to", a colon before a quotation).</summary>
    Speech,
    /// <summary>What a report, study, poll, letter or other document says or found.</summary>
    Document,
    /// <summary>A belief, intention, decision or stance ("wants", "decided", "supports"): the source is who the sentence is about, not a source it cites.</summary>
    Belief,
    /// <summary>What its holder thinks, fears or hopes ("SDK believes that", "harbour engineers fear"): a view the article cites its holder for, who is its source.</summary>
    View,
}

/// <summary>
/// "X said Y": who (source span as written), the cue, and what was said. A sentence that goes on with what a speaker named
/// in another sentence says ("“A,” she said. “B.”") has an attribution of its own with that sentence's source and cue spans;
/// these follow the others.
/// </summary>
public sealed record Attribution(string Id, string SentenceId, Span Source, Span Cue, Span Content)
{
    /// <summary>The merged source the span resolves to; null when it could not be resolved, and for a belief, which cites no one.</summary>
    public string? SourceId { get; init; }

    /// <summary>What the cue tells: speech, a document, a belief, or a held view.</summary>
    public AttributionKind Kind { get; init; }
}

/// <summary>A cited source: mentions of one body or person merged into one entity.</summary>
public sealed record Source(string Id, string Name, SourceKind Kind)
{
    /// <summary>How often the article mentions the source.</summary>
    public int Mentions { get; init; }
    /// <summary>The claims attributed to the source.</summary>
    public IReadOnlyList<string> ClaimIds { get; init; } = [];
    /// <summary>The source's web address where the article links it; null otherwise.</summary>
    public string? Url { get; init; }
}

/// <summary>How serious a validation finding is.</summary>
public enum Severity
{
    /// <summary>Stops the document's outputs.</summary>
    Error,
    /// <summary>Written into every output; the document is still written.</summary>
    Warning,
}

/// <summary>One validation finding; <see cref="Location"/> is a path such as <c>Paragraphs[3].Sentences[0]</c>.</summary>
public sealed record ValidationIssue(Severity Severity, string Code, string Message, string Location);

/// <summary>Everything DocReport knows about one article: the input of validation and of every output.</summary>
public sealed record ArticleDataset(DocumentInfo Document, string Text, IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>
    /// The dataset.json schema version this build writes (2 added the claim type <c>other</c> and the paragraph kind <c>table</c>;
    /// 3 the attribution kind; 4 the paragraph kind <c>code</c> and a list item's <c>level</c>).
    /// </summary>
    public const int CurrentSchemaVersion = 4;
    /// <summary>The dataset.json schema version the dataset follows.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    /// <summary>The claims <c>C1</c>.., in text order.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    /// <summary>The attributions <c>A1</c>.., in text order; then those of sentences that go on with another's words.</summary>
    public IReadOnlyList<Attribution> Attributions { get; init; } = [];
    /// <summary>The merged sources <c>S1</c>...</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];
    /// <summary>The validation findings, errors and warnings.</summary>
    public IReadOnlyList<ValidationIssue> Validation { get; init; } = [];

    /// <summary>A dataset holding the article's structure and nothing found yet.</summary>
    public static ArticleDataset From(Article article) => new(article.Document, article.Text, article.Paragraphs);
}
