using System.Text.RegularExpressions;

namespace DocReport.Reading;

/// <summary>Recognises byline text ("By Jane Doe and John Roe") and splits it into author names.</summary>
internal static partial class BylineText
{
    /// <summary>The author names of a line that is a byline ("By ..."), or an empty list.</summary>
    public static IReadOnlyList<string> AuthorsOfBylineLine(string line)
    {
        var m = BylineLine().Match(line.Trim());
        return m.Success ? SplitNames(m.Groups["names"].Value) : [];
    }

    /// <summary>Names in a byline value that may start with "By" and list several people.</summary>
    public static IReadOnlyList<string> SplitNames(string value)
    {
        var text = ByPrefix().Replace(value.Trim(), "");
        return NameSeparator().Split(text)
            .Select(n => n.Trim().Trim(',', ';', '.', ' ').Trim())
            .Where(n => n.Length > 1 && n.Length <= 80)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    [GeneratedRegex(@"^(?i:by|written\s+by|words\s+by|story\s+by|authors?:)\s+(?<names>\p{Lu}[\p{L}\p{M}.'’\-]*(?:[\s,]+(?:and\s+|&\s+)?\p{Lu}[\p{L}\p{M}.'’\-]*|\s+(?:van|von|de|der|da|di|du|la|le|bin|al|ibn)\b){0,11})\s*$")]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"^\s*by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&|\|)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparator();
}
