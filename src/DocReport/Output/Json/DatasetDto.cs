namespace DocReport.Output.Json;

// The shape of dataset.json, property for property in the order written; schemas/dataset.schema.json describes it.

internal sealed record DatasetDto(
    int SchemaVersion, string OffsetUnit, DocumentDto Document, string Text,
    IReadOnlyList<ParagraphDto> Paragraphs, IReadOnlyList<ClaimDto> Claims, IReadOnlyList<AttributionDto> Attributions,
    IReadOnlyList<SourceDto> Sources, IReadOnlyList<ValidationDto> Validation);

internal sealed record DocumentDto(
    string Id, string Title, IReadOnlyList<string> Authors, string? Published, string? Url,
    string SourcePath, string Format, string Sha256, string? Language, string? SiteName);

// Level is absent from a file before version 4, written before list items had a depth: it reads as 0, depth unknown.
internal sealed record ParagraphDto(
    string Id, int Ordinal, string? Section, string Kind, string Text, int Start, int End,
    IReadOnlyList<SentenceDto> Sentences, IReadOnlyList<LinkDto> Links, int Level = 0);

internal sealed record SentenceDto(string Id, string Text, int Start, int End, bool IsClaim, double Score);

internal sealed record LinkDto(string Url, int Start, int End);

internal sealed record ClaimDto(
    string Id, string SentenceId, string ParagraphId, string Text, int Start, int End,
    IReadOnlyList<string> Types, double Score, IReadOnlyList<string> SourceIds, IReadOnlyList<EvidenceDto> Evidence);

internal sealed record EvidenceDto(string Kind, string Text, int Start, int End);

internal sealed record SpanDto(string Text, int Start, int End);

// Kind is absent from a version 2 file, written before attributions had one.
internal sealed record AttributionDto(string Id, string? SourceId, string SentenceId, SpanDto Source, SpanDto Cue, SpanDto Content, string? Kind = null);

internal sealed record SourceDto(string Id, string Name, string Kind, int Mentions, IReadOnlyList<string> ClaimIds, string? Url);

internal sealed record ValidationDto(string Severity, string Code, string Message, string Location);
