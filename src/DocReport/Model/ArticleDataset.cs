namespace DocReport.Model;

/// <summary>Kinds of checkable fact a claim may assert; <see cref="Other"/> is a claim that fits none of the others.</summary>
public enum ClaimType { Statistic, Temporal, Attribution, Quote, Comparative, Causal, Prediction, Other }

/// <summary>What kind of body a source is.</summary>
public enum SourceKind { Government, Organization, Media, Person, Platform, Document, Other }

/// <summary>A piece of the article text: <c>[Start,End)</c> in UTF-16 code units of the article text.</summary>
public sealed record Span(string Text, int Start, int End);

/// <summary>A span that supports a claim: a number, percentage, money amount, date, duration or named entity.</summary>
public sealed record Evidence(string Kind, string Text, int Start, int End);

/// <summary>A sentence that asserts a checkable fact.</summary>
public sealed record Claim(string Id, string SentenceId, string ParagraphId, string Text, int Start, int End)
{
    public IReadOnlyList<ClaimType> Types { get; init; } = [];
    public double Score { get; init; }
    public IReadOnlyList<string> SourceIds { get; init; } = [];
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

/// <summary>"X said Y": who (source span as written), the cue, and what was said.</summary>
public sealed record Attribution(string Id, string SentenceId, Span Source, Span Cue, Span Content)
{
    /// <summary>The merged source the span resolves to; null when it could not be resolved.</summary>
    public string? SourceId { get; init; }
}

/// <summary>A cited source: mentions of one body or person merged into one entity.</summary>
public sealed record Source(string Id, string Name, SourceKind Kind)
{
    public int Mentions { get; init; }
    public IReadOnlyList<string> ClaimIds { get; init; } = [];
    public string? Url { get; init; }
}

/// <summary>How serious a validation finding is.</summary>
public enum Severity { Error, Warning }

/// <summary>One validation finding; <see cref="Location"/> is a path such as <c>Paragraphs[3].Sentences[0]</c>.</summary>
public sealed record ValidationIssue(Severity Severity, string Code, string Message, string Location);

/// <summary>Everything DocReport knows about one article: the input of validation and of every output.</summary>
public sealed record ArticleDataset(DocumentInfo Document, string Text, IReadOnlyList<Paragraph> Paragraphs)
{
    public const int CurrentSchemaVersion = 1;
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    public IReadOnlyList<Attribution> Attributions { get; init; } = [];
    public IReadOnlyList<Source> Sources { get; init; } = [];
    public IReadOnlyList<ValidationIssue> Validation { get; init; } = [];

    /// <summary>A dataset holding the article's structure and nothing found yet.</summary>
    public static ArticleDataset From(Article article) => new(article.Document, article.Text, article.Paragraphs);
}
