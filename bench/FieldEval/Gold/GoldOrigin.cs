namespace DocReport.Bench.FieldEval.Gold;

/// <summary>
/// The lead's held-out field pages come from trafilatura's test half (bench/Shared/TrafilaturaHalves.cs), so a dev
/// article on a page of that half, or on a held-out page itself (some hash to a dev half), would let rules be tuned where
/// the release is judged.
/// </summary>
internal static class GoldOrigin
{
    public static IEnumerable<string> DevProblems(IReadOnlyList<GoldArticle> articles, string trafilaturaFolder)
    {
        var fromTrafilatura = articles.Where(a => a.Page.StartsWith("trafilatura/", StringComparison.Ordinal)).ToList();
        if (fromTrafilatura.Count == 0) return [];
        var halves = TrafilaturaHalves.Load(trafilaturaFolder);
        return fromTrafilatura.Where(a => halves.IsTest(a.Page) || halves.IsHeldOut(a.Page))
            .Select(a => halves.IsHeldOut(a.Page)
                ? $"GOLD ON A HELD-OUT PAGE: {a.Id}.tsv judges one of the lead's held-out pages ({a.Page})"
                : $"GOLD FROM THE TEST HALF: {a.Id}.tsv judges a page of trafilatura's test half ({a.Page}), where the held-out pages come from");
    }
}
