using System.Text.RegularExpressions;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>True and false positives and negatives over snippets, scored as trafilatura's eval_common.py does.</summary>
internal sealed partial record SnippetCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public static readonly SnippetCounts Zero = new(0, 0, 0, 0);

    /// <summary>A page's counts: a <c>with</c> snippet found is a true positive, a <c>without</c> snippet found a false positive.</summary>
    public static SnippetCounts OfPage(string? extracted, IReadOnlyList<string> with, IReadOnlyList<string> without)
    {
        var text = extracted is null ? null : Normalize(extracted);
        var tp = text is null ? 0 : with.Count(w => text.Contains(Normalize(w), StringComparison.Ordinal));
        var fp = text is null ? 0 : without.Count(w => text.Contains(Normalize(w), StringComparison.Ordinal));
        return new SnippetCounts(tp, fp, with.Count - tp, without.Count - fp);
    }

    public static SnippetCounts operator +(SnippetCounts a, SnippetCounts b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives,
        a.FalseNegatives + b.FalseNegatives, a.TrueNegatives + b.TrueNegatives);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + TrueNegatives + FalsePositives + FalseNegatives);
    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>Python's <c>re.sub(r"\s+", " ", text).strip()</c>.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static double Ratio(int n, int of) => of == 0 ? 0 : (double)n / of;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
