namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// A sentence read against its page (round 22): its embedding joined with the page's mean vector ("mean": 768 values, the
/// page part times <paramref name="Scale"/>), replaced by its difference from it ("diff": 384), or joined with the mean of
/// the sentences just before and after it in the page ("neighbours": 768). A sentence without a page or neighbours (CT24's
/// debate lines, whose files do not say which debate a line is from; a news page skipped or not found) gets a zero page
/// part and the feature <see cref="NoPage"/>.
/// </summary>
internal sealed record PageVectors(PageEmbeddings Pages, string Mode, double Scale)
{
    public const string NoPage = "h:page:none";

    /// <summary>The set with each sentence's page part; <paramref name="sentences"/> holds each sentence's page and text, or null.</summary>
    public EncodedSet Apply(EncodedSet set, IReadOnlyList<(string Page, string Text)?> sentences)
    {
        var means = sentences.Select(s => s is not { } found ? null : Mode == "neighbours" ? Pages.Neighbours(found.Page, found.Text) : Pages.Mean(found.Page)).ToList();
        return set with
        {
            Features = [.. set.Features.Select((f, i) => means[i] is null ? [.. f, NoPage] : f)],
            Embeddings = [.. set.Embeddings!.Select((s, i) => Joined(s, means[i]))],
        };
    }

    // The sentence's vector is already scaled by ClaimSets.EmbeddingScale; the page's mean is scaled the same way.
    private float[] Joined(float[] sentence, float[]? mean)
    {
        var page = mean?.Select(v => (float)(v * ClaimSets.EmbeddingScale * Scale)).ToArray() ?? new float[sentence.Length];
        return Mode switch
        {
            "mean" or "neighbours" => [.. sentence, .. page],
            "diff" => [.. sentence.Select((v, d) => v - page[d])],
            _ => throw new ArgumentException($"unknown --page {Mode}: off, mean, diff or neighbours"),
        };
    }
}
