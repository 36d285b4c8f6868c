namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// A sentence read against its page (round 22): its embedding joined with the page's mean vector ("mean": 768 values, the
/// page part times <paramref name="Scale"/>) or replaced by its difference from it ("diff": 384). A sentence without a
/// page (CT24's debate lines, whose files do not say which debate a line is from; a news page skipped or not found) gets
/// a zero page part and the feature <see cref="NoPage"/>.
/// </summary>
internal sealed record PageVectors(PageEmbeddings Pages, string Mode, double Scale)
{
    public const string NoPage = "h:page:none";

    /// <summary>The set with each sentence's page part; <paramref name="pageNames"/> holds each sentence's page, or null.</summary>
    public EncodedSet Apply(EncodedSet set, IReadOnlyList<string?> pageNames)
    {
        var means = pageNames.Select(p => p is null ? null : Pages.Mean(p)).ToList();
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
            "mean" => [.. sentence, .. page],
            "diff" => [.. sentence.Select((v, d) => v - page[d])],
            _ => throw new ArgumentException($"unknown --page {Mode}: off, mean or diff"),
        };
    }
}
