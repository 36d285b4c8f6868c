using System.Text.RegularExpressions;

namespace DocReport.Bench.ReadabilityEval;

/// <summary>How extracted metadata is compared with the expected values.</summary>
internal static partial class MetadataMatch
{
    /// <summary>Equal after trimming and collapsing white space.</summary>
    public static bool Title(string? actual, string? expected) => Collapse(actual) == Collapse(expected);

    /// <summary>The names, without a leading "By" and punctuation, equal the expected byline's (strict) or begin it (lenient: bylines that run on into a date or a role).</summary>
    public static (bool Strict, bool Lenient) Byline(IReadOnlyList<string> authors, string expected)
    {
        var a = Names(string.Join(", ", authors));
        var e = Names(expected);
        return (a == e, a.Length > 0 && (e.StartsWith(a + " ", StringComparison.Ordinal) || a == e));
    }

    /// <summary>The same calendar date (the first ten characters of the ISO forms).</summary>
    public static bool Date(string? actual, string expected) =>
        actual is not null && actual.Length >= 10 && expected.Length >= 10 && actual[..10] == expected[..10];

    private static string Collapse(string? s) => Space().Replace(s ?? "", " ").Trim();

    private static string Names(string s) =>
        Collapse(ByPrefix().Replace(NonWord().Replace(s.ToLowerInvariant(), " ").Trim(), ""));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"[^\w]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^(by|par|von|por|written by)\s+")]
    private static partial Regex ByPrefix();
}
