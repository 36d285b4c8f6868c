namespace DocReport.Structure;

/// <summary>
/// Recognises navigation by shape: a line of several short capitalised items between menu separators
/// ("News | Sport | Weather", "Home › World › Europe", "Share · Tweet · Email"), or a run of lines
/// that are each one such item, as a menu becomes when a page is copied as text.
/// </summary>
internal static class MenuLine
{
    // '/' is left out: "ME/LA/African" or "AFP/Getty Images" join words, not menu items.
    private static readonly char[] Separators = ['|', '·', '•', '›', '»', '>', '¦', '‣', '▸'];
    private const int MaxItemWords = 4;
    private const int MinItems = 3;
    private const int MaxRunItemWords = 3;

    /// <summary>The fewest consecutive one-item lines that make a menu rather than, say, a short list in the article.</summary>
    public const int MinRunLines = 5;

    /// <summary>The fewest such lines that make a menu even when none of them is a known navigation word.</summary>
    public const int MinUnanchoredRunLines = 12;

    /// <summary>Whether <paramref name="line"/> is a menu or breadcrumb; <paramref name="isNavigationWord"/> knows words like "Home".</summary>
    public static bool Matches(string line, Func<string, bool> isNavigationWord)
    {
        var items = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length < 2 || !items.All(IsMenuItem)) return false;
        // A two-item line is a breadcrumb only when it starts at a navigation word ("Home > News").
        return items.Length >= MinItems || isNavigationWord(items[0].ToLowerInvariant());
    }

    /// <summary>
    /// Whether a whole line could be one entry of a menu laid out a line per entry ("World", "Climate Crisis");
    /// numbers are not, so the cells of a table copied as text do not look like a menu.
    /// </summary>
    public static bool IsRunItem(string line) =>
        line.Trim() is { Length: > 0 } item && char.IsUpper(item[0]) && IsMenuItem(item, MaxRunItemWords);

    private static bool IsMenuItem(string item) => IsMenuItem(item, MaxItemWords);

    private static bool IsMenuItem(string item, int maxWords)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Length <= maxWords
            && (char.IsUpper(item[0]) || char.IsDigit(item[0]))
            && !".!?,;:".Contains(item[^1]);
    }
}
