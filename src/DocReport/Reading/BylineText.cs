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

    /// <summary>Names in a byline value that may start with "By" and list several people; a date or role after a dash or bar is left out.</summary>
    public static IReadOnlyList<string> SplitNames(string value)
    {
        var text = ByPrefix().Replace(TrailingPart().Replace(value.Trim(), ""), "");
        return NameSeparator().Split(text)
            .Select(n => BeforeFirstDigit(n).Trim().Trim(',', ';', '.', ' ').Trim())
            .Where(n => n.Length > 1 && n.Length <= 80 && !DateText.IsMonthName(n))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    [GeneratedRegex(@"^(?i:by|written\s+by|words\s+by|story\s+by|authors?:)\s+(?<names>\p{Lu}[\p{L}\p{M}.'’\-]*(?:[\s,]+(?:and\s+|&\s+)?\p{Lu}[\p{L}\p{M}.'’\-]*|\s+(?:van|von|de|der|da|di|du|la|le|bin|al|ibn)\b){0,11})\s*$")]
    private static partial Regex BylineLine();

    // A name runs up to the first digit: "Lucas Nolan22 Dec 2016" is Lucas Nolan.
    private static string BeforeFirstDigit(string name) => name.IndexOfAny("0123456789".ToCharArray()) is >= 0 and var at ? name[..at] : name;

    // "By" in English, German, French, Spanish, Italian, Dutch and Swedish.
    [GeneratedRegex(@"^\s*(?:by|von|par|por|di|door|av)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    // What follows a dash or bar in a byline is a date, a place or a role: "Jeff Foust — November 18, 2019".
    [GeneratedRegex(@"\s+[—–|·]\s+.*$")]
    private static partial Regex TrailingPart();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&|\|)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparator();
}
