using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// The article's title as one cites it: without the site's name or the author a page's metadata title glues to it after a
/// separator ("Rising Tide | Harbour Wire", "Harbour Wire - Rising Tide", "Rising Tide | Ana Roe").
/// </summary>
internal static partial class CitedTitle
{
    private const int MaxWordsBesideName = 5;
    private const int MinNameInPart = 4;

    /// <summary>The page's main headings, read before extraction takes them out of the page.</summary>
    public static IReadOnlyList<string> Headings(IDocument document) =>
        document.GetElementsByTagName("h1").Select(h => Spaces().Replace(h.TextContent, " ").Trim()).Where(t => t.Length > 0).ToList();

    /// <summary>
    /// A heading of the page that opens the title, a separator and more words after it, is the title; else a last part, then a
    /// first, that names the site (its name, its host's name) or an author is dropped, while a part is left.
    /// </summary>
    public static string? Of(string? title, IReadOnlyList<string> headings, string? siteName, string? url, IReadOnlyList<string> authors)
    {
        if (string.IsNullOrWhiteSpace(title)) return title;
        var separators = Separator().Matches(title);
        if (separators.Count == 0) return title;
        // Only the title's opening: a site's name in a heading of its own may close the title ("Rising Tide - Harbour Wire").
        foreach (var heading in headings.Where(h => h.Length < title.Length && WordCount(h) >= 2))
            if (title.StartsWith(heading, StringComparison.Ordinal) && separators.Any(s => s.Index == heading.Length)) return heading;
        var names = Names(siteName, url, authors);
        if (names.Count == 0) return title;
        var (start, end) = (0, title.Length);
        for (var i = separators.Count - 1; i >= 0; i--)
        {
            var separator = separators[i];
            if (separator.Index <= start || separator.Index + separator.Length >= end) continue;
            if (!NamesSite(title[(separator.Index + separator.Length)..end], names)) break;
            end = separator.Index;
        }
        foreach (Match separator in separators)
        {
            if (separator.Index + separator.Length >= end) break;
            if (separator.Index <= start) continue;
            // An opening part goes only when what is left is longer ("How Harbour Wire built its app - a story" stays whole).
            if (!NamesSite(title[start..separator.Index], names) || separator.Index - start > end - separator.Index - separator.Length) break;
            start = separator.Index + separator.Length;
        }
        return title[start..end].Trim();
    }

    // What names the site or an author, as letters and digits: the site's name, each label of its host but the last ("www"
    // left out), each author.
    private static List<string> Names(string? siteName, string? url, IReadOnlyList<string> authors)
    {
        var names = authors.Select(BylineText.Key).ToList();
        if (siteName is not null) names.Add(BylineText.Key(siteName));
        names.AddRange(SiteHost.NameLabels(url).Select(BylineText.Key));
        return names.Where(n => n.Length >= 2).Distinct().ToList();
    }

    // A part names the site when it is such a name, or holds one of four letters or more in a few words (a site's slogan after
    // its name, "Rezept von Backen.de", an author's handle after the name, "Ana Roe (aroe)").
    private static bool NamesSite(string part, List<string> names)
    {
        var key = BylineText.Key(part);
        return key.Length > 0 && names.Any(n => key == n
            || n.Length >= MinNameInPart && WordCount(part) <= MaxWordsBesideName && key.Contains(n, StringComparison.Ordinal));
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    // A bar, dash, guillemet, arrow, middle dot, double colon or double slash between spaces.
    [GeneratedRegex(@" (?:[|\-–—»›·•]|::|//) ")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
