using System.Text.Json;

namespace DocReport.Bench.FieldEval;

/// <summary>
/// What the bench reads of a dataset.json: the sentences in reading order, the claims' sentences, the attributions and
/// the sources. Read with plain JSON, not the library's model, so a file written by any DocReport version can be scored.
/// </summary>
internal sealed record OutputDataset(
    IReadOnlyList<OutputSentence> Sentences, IReadOnlyList<OutputSource> Sources,
    IReadOnlyList<OutputAttribution> Attributions, IReadOnlyList<OutputClaim> Claims)
{
    public static OutputDataset Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var sentences = Array(root, "paragraphs").SelectMany(p => Array(p, "sentences"))
            .Select(s => new OutputSentence(Text(s, "id"), Text(s, "text"), s.TryGetProperty("score", out var score) ? score.GetDouble() : double.NaN)).ToList();
        var sources = Array(root, "sources").Select(s => new OutputSource(Text(s, "id"), Text(s, "name"), Text(s, "kind"))).ToList();
        var attributions = Array(root, "attributions").Select(a => new OutputAttribution(Text(a, "sentenceId"), OptionalText(a, "sourceId"))).ToList();
        var claims = Array(root, "claims").Select(c => new OutputClaim(Text(c, "sentenceId"),
            c.TryGetProperty("sourceIds", out var ids) ? ids.EnumerateArray().Select(i => i.GetString()!).ToList() : [])).ToList();
        return new(sentences, sources, attributions, claims);
    }

    /// <summary>The sources credited with the sentence through its attributions (a source id resolved to its source).</summary>
    public IReadOnlyList<OutputSource> AttributedSources(string sentenceId) =>
        Resolve(Attributions.Where(a => a.SentenceId == sentenceId && a.SourceId is not null).Select(a => a.SourceId!));

    /// <summary>The sources the sentence's claim is linked to; empty when it is no claim.</summary>
    public IReadOnlyList<OutputSource> ClaimSources(string sentenceId) =>
        Resolve(Claims.Where(c => c.SentenceId == sentenceId).SelectMany(c => c.SourceIds));

    public bool IsClaim(string sentenceId) => Claims.Any(c => c.SentenceId == sentenceId);

    private IReadOnlyList<OutputSource> Resolve(IEnumerable<string> ids) =>
        ids.Distinct().Select(id => Sources.FirstOrDefault(s => s.Id == id)).OfType<OutputSource>().ToList();

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString() ?? "";

    private static string? OptionalText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

internal sealed record OutputSentence(string Id, string Text, double Score);

internal sealed record OutputSource(string Id, string Name, string Kind);

internal sealed record OutputAttribution(string SentenceId, string? SourceId);

internal sealed record OutputClaim(string SentenceId, IReadOnlyList<string> SourceIds);
