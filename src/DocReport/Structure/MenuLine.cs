namespace DocReport.Structure;

/// <summary>
/// Recognises navigation lines by shape: "News | Sport | Weather", "Home › World › Europe",
/// "Share · Tweet · Email": several short capitalised items between menu separators.
/// </summary>
internal static class MenuLine
{
    private static readonly char[] Separators = ['|', '·', '•', '›', '»', '>', '/', '¦', '‣', '▸'];
    private const int MaxItemWords = 4;
    private const int MinItems = 3;

    /// <summary>Whether <paramref name="line"/> is a menu or breadcrumb; <paramref name="isNavigationWord"/> knows words like "Home".</summary>
    public static bool Matches(string line, Func<string, bool> isNavigationWord)
    {
        var items = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length < 2 || !items.All(IsMenuItem)) return false;
        // A two-item line is a breadcrumb only when it starts at a navigation word ("Home > News").
        return items.Length >= MinItems || isNavigationWord(items[0].ToLowerInvariant());
    }

    private static bool IsMenuItem(string item)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxItemWords
            && (char.IsUpper(item[0]) || char.IsDigit(item[0]))
            && !".!?,;:".Contains(item[^1]);
    }
}
