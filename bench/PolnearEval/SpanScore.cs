namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Span F1 of one role, summed over articles. Spans are compared as sets per article (a source shared by two
/// attributions counts once). Exact: the same ranges after trimming white space. Overlap: a one-to-one matching
/// of spans that share at least one character, largest overlaps first.
/// </summary>
internal sealed class SpanScore
{
    public int Gold, Predicted, Exact, Overlap;

    public void Add(string text, IEnumerable<IReadOnlyList<(int Start, int End)>> gold, IEnumerable<IReadOnlyList<(int Start, int End)>> predicted)
    {
        var g = Unique(text, gold);
        var p = Unique(text, predicted);
        Gold += g.Count;
        Predicted += p.Count;
        var goldKeys = g.Select(Key).ToHashSet();
        Exact += p.Count(s => goldKeys.Contains(Key(s)));
        Overlap += Matched(g, p);
    }

    public double ExactF1 => F1(Exact);
    public double OverlapF1 => F1(Overlap);
    public double Precision(int matched) => Predicted == 0 ? 0 : (double)matched / Predicted;
    public double Recall(int matched) => Gold == 0 ? 0 : (double)matched / Gold;

    private double F1(int matched)
    {
        var (p, r) = (Precision(matched), Recall(matched));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static int Matched(List<List<(int Start, int End)>> gold, List<List<(int Start, int End)>> predicted)
    {
        var pairs = new List<(int Overlap, int Gold, int Predicted)>();
        for (var i = 0; i < gold.Count; i++)
        for (var j = 0; j < predicted.Count; j++)
        {
            var shared = gold[i].Sum(a => predicted[j].Sum(b => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start))));
            if (shared > 0) pairs.Add((shared, i, j));
        }
        var (usedGold, usedPredicted) = (new HashSet<int>(), new HashSet<int>());
        foreach (var (_, i, j) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.Gold).ThenBy(x => x.Predicted))
            if (!usedGold.Contains(i) && !usedPredicted.Contains(j)) { usedGold.Add(i); usedPredicted.Add(j); }
        return usedGold.Count;
    }

    private static List<List<(int Start, int End)>> Unique(string text, IEnumerable<IReadOnlyList<(int Start, int End)>> spans) =>
        spans.Select(s => s.Select(r => Trim(text, r)).Where(r => r.Start < r.End).ToList())
            .Where(s => s.Count > 0)
            .DistinctBy(Key)
            .ToList();

    private static string Key(List<(int Start, int End)> span) => string.Join(';', span.Select(r => $"{r.Start}-{r.End}"));

    private static (int Start, int End) Trim(string text, (int Start, int End) r)
    {
        var (s, e) = (r.Start, Math.Min(r.End, text.Length));
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return (s, e);
    }
}
