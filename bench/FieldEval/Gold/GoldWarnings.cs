namespace DocReport.Bench.FieldEval.Gold;

/// <summary>Says loudly, before and after the figures, when the gold is not as frozen, not where it may come from, or not in the format.</summary>
internal static class GoldWarnings
{
    public static void Print(IReadOnlyList<string> setProblems, IReadOnlyList<GoldArticle> articles)
    {
        var lines = setProblems
            .Concat(articles.SelectMany(a => a.Problems.Select(p => $"GOLD FORMAT: {a.Id}.tsv {p}")))
            .ToList();
        if (lines.Count == 0) return;
        Console.WriteLine(new string('!', 100));
        foreach (var line in lines) Console.WriteLine("!!! " + line);
        Console.WriteLine(new string('!', 100));
    }

    public static void PrintAmendments(IReadOnlyList<GoldArticle> articles)
    {
        foreach (var article in articles.Where(a => a.Amendments.Count > 0))
            Console.WriteLine($"gold amended: {article.Id}.tsv, {article.Amendments.Count} logged amendment(s): {string.Join(" | ", article.Amendments)}");
    }
}
