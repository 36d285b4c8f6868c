using System.Text.RegularExpressions;

namespace DocReport.Bench.ReadabilityEval;

/// <summary>
/// F1 between two texts over 4-word shingles of lower-cased \w+ tokens, counted as multisets. Soft hyphens and zero-width
/// characters are left out first: they carry no text, and \w+ would cut "Ge&amp;shy;sund&amp;shy;heit" into three words.
/// </summary>
internal static partial class ShingleF1
{
    private const int Size = 4;

    public static double Score(string extracted, string expected) => Scores(extracted, expected).F1;

    /// <summary>Precision (shingles of the extracted text found in the expected one), recall and their F1.</summary>
    public static (double Precision, double Recall, double F1) Scores(string extracted, string expected)
    {
        var a = Shingles(extracted);
        var b = Shingles(expected);
        if (a.Count == 0 && b.Count == 0) return (1, 1, 1);
        if (a.Count == 0 || b.Count == 0) return (0, 0, 0);
        var common = a.Sum(kv => Math.Min(kv.Value, b.GetValueOrDefault(kv.Key)));
        if (common == 0) return (0, 0, 0);
        var precision = (double)common / a.Values.Sum();
        var recall = (double)common / b.Values.Sum();
        return (precision, recall, 2 * precision * recall / (precision + recall));
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(Invisible().Replace(text, "").ToLowerInvariant()).Select(m => m.Value).ToList();
        var counts = new Dictionary<string, int>();
        if (tokens.Count == 0) return counts;
        var n = Math.Max(1, tokens.Count - Size + 1);
        for (var i = 0; i < n; i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(Size));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    [GeneratedRegex("[\u00AD\u200B\u2060\uFEFF\u180E]")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
