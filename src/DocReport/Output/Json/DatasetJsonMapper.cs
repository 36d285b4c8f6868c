using DocReport.Model;

namespace DocReport.Output.Json;

/// <summary>Maps a dataset to the shape of dataset.json and back.</summary>
internal static class DatasetJsonMapper
{
    /// <summary>Offsets count UTF-16 code units of <c>text</c>, as half-open intervals [start,end).</summary>
    public const string OffsetUnit = "utf16";

    public static DatasetDto ToDto(ArticleDataset d) => new(
        d.SchemaVersion, OffsetUnit, ToDto(d.Document), d.Text,
        d.Paragraphs.Select(ToDto).ToList(), d.Claims.Select(ToDto).ToList(), d.Attributions.Select(ToDto).ToList(),
        d.Sources.Select(ToDto).ToList(), d.Validation.Select(ToDto).ToList());

    public static ClaimDto ToDto(Claim c) => new(c.Id, c.SentenceId, c.ParagraphId, c.Text, c.Start, c.End,
        c.Types.Select(DatasetText.Of).ToList(), DatasetText.Score(c.Score), c.SourceIds,
        c.Evidence.Select(e => new EvidenceDto(e.Kind, e.Text, e.Start, e.End)).ToList());

    public static AttributionDto ToDto(Attribution a) =>
        new(a.Id, a.SourceId, a.SentenceId, ToDto(a.Source), ToDto(a.Cue), ToDto(a.Content), DatasetText.Of(a.Kind));

    public static SourceDto ToDto(Source s) => new(s.Id, s.Name, DatasetText.Of(s.Kind), s.Mentions, s.ClaimIds, s.Url);

    public static ValidationDto ToDto(ValidationIssue v) => new(DatasetText.Of(v.Severity), v.Code, v.Message, v.Location);

    public static DocumentDto ToDto(DocumentInfo d) =>
        new(d.Id, d.Title, d.Authors, d.Published, d.Url, d.SourcePath, DatasetText.Of(d.Format), d.Sha256, d.Language, d.SiteName);

    public static ParagraphDto ToDto(Paragraph p) => new(p.Id, p.Ordinal, p.Section, DatasetText.Of(p.Kind), p.Text, p.Start, p.End,
        p.Sentences.Select(s => new SentenceDto(s.Id, s.Text, s.Start, s.End, s.IsClaim, DatasetText.Score(s.Score))).ToList(),
        p.Links.Select(l => new LinkDto(l.Url, l.Start, l.End)).ToList(), p.Level);

    private static SpanDto ToDto(Span s) => new(s.Text, s.Start, s.End);

    /// <summary>The dataset a DTO describes; throws <see cref="FormatException"/> naming the field whose enum value is unknown.</summary>
    public static ArticleDataset FromDto(DatasetDto d) => new(FromDto(d.Document), d.Text, d.Paragraphs.Select(FromDto).ToList())
    {
        SchemaVersion = d.SchemaVersion,
        Claims = d.Claims.Select(c => new Claim(c.Id, c.SentenceId, c.ParagraphId, c.Text, c.Start, c.End)
        {
            Types = c.Types.Select(t => Parse<ClaimType>(t, $"claims[{c.Id}].types")).ToList(),
            Score = c.Score,
            SourceIds = c.SourceIds,
            Evidence = c.Evidence.Select(e => new Evidence(e.Kind, e.Text, e.Start, e.End)).ToList(),
        }).ToList(),
        Attributions = d.Attributions.Select(a => new Attribution(a.Id, a.SentenceId, FromDto(a.Source), FromDto(a.Cue), FromDto(a.Content))
        {
            SourceId = a.SourceId,
            Kind = a.Kind is null ? AttributionKind.Speech : Parse<AttributionKind>(a.Kind, $"attributions[{a.Id}].kind"),
        }).ToList(),
        Sources = d.Sources.Select(s => new Source(s.Id, s.Name, Parse<SourceKind>(s.Kind, $"sources[{s.Id}].kind"))
        {
            Mentions = s.Mentions,
            ClaimIds = s.ClaimIds,
            Url = s.Url,
        }).ToList(),
        Validation = d.Validation.Select(v => new ValidationIssue(Parse<Severity>(v.Severity, "validation.severity"), v.Code, v.Message, v.Location)).ToList(),
    };

    private static DocumentInfo FromDto(DocumentDto d) => new()
    {
        Id = d.Id, Title = d.Title, Authors = d.Authors, Published = d.Published, Url = d.Url,
        SourcePath = d.SourcePath, Format = Parse<InputFormat>(d.Format, "document.format"), Sha256 = d.Sha256,
        Language = d.Language, SiteName = d.SiteName,
    };

    private static Paragraph FromDto(ParagraphDto p) =>
        new(p.Id, p.Ordinal, p.Section, Parse<BlockKind>(p.Kind, $"paragraphs[{p.Id}].kind"), p.Text, p.Start, p.End)
        {
            Sentences = p.Sentences.Select(s => new Sentence(s.Id, s.Text, s.Start, s.End) { IsClaim = s.IsClaim, Score = s.Score }).ToList(),
            Links = p.Links.Select(l => new Link(l.Start, l.End, l.Url)).ToList(),
            Level = p.Level,
        };

    private static Span FromDto(SpanDto s) => new(s.Text, s.Start, s.End);

    private static T Parse<T>(string text, string field) where T : struct, Enum =>
        DatasetText.TryParse<T>(text, out var value) ? value
            : throw new FormatException($"{field}: '{text}' is not one of {DatasetText.Join(Enum.GetValues<T>().Select(DatasetText.Of))}");
}
