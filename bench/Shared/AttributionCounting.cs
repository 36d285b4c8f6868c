using DocReport.Model;

namespace DocReport.Bench;

/// <summary>The attributions as an annotation counts them, for the benches that score attributions against one.</summary>
internal static class AttributionCounting
{
    /// <summary>
    /// The attributions that name their source where the text does, without the rows of sentences that go on with what an
    /// earlier one reports (which repeat its source and cue spans): one per source mention and cue, as an annotation has them.
    /// </summary>
    public static IEnumerable<Attribution> NamingAttributions(this ArticleDataset dataset)
    {
        var seen = new HashSet<(Span, Span)>();
        return dataset.Attributions.Where(a => seen.Add((a.Source, a.Cue)));
    }
}
