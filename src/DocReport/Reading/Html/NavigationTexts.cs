using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// The texts of a page's links outside its article (menus, category bars, footers, rails of other stories): a short
/// line of the article that says only what one of them says is a label the template repeats (a category kicker
/// "Living", a menu's "Community"), not a line of the story. Links within the page (a table of contents) repeat its headings, so
/// they are not counted.
/// </summary>
internal sealed class NavigationTexts
{
    /// <summary>Longer link texts are headlines and sentences, which an article may quote.</summary>
    public const int MaxLength = 60;

    private readonly Dictionary<string, int> counts;

    private NavigationTexts(Dictionary<string, int> counts) => this.counts = counts;

    /// <summary>The short link texts of the whole page, counted before the article is taken out of it.</summary>
    public static NavigationTexts Of(IDocument document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var link in document.GetElementsByTagName("a"))
            if (!Dom.IsInPageLink(link) && Key(link) is { } key) counts[key] = counts.GetValueOrDefault(key) + 1;
        return new NavigationTexts(counts);
    }

    /// <summary>Leaves out the links inside <paramref name="article"/>, so what is left lies outside it.</summary>
    public void Subtract(IElement article)
    {
        foreach (var link in article.GetElementsByTagName("a"))
            if (!Dom.IsInPageLink(link) && Key(link) is { } key && counts.TryGetValue(key, out var count))
                counts[key] = count - 1;
    }

    /// <summary>Whether the whole text of <paramref name="element"/> is that of a link outside the article.</summary>
    public bool Repeats(IElement element) =>
        counts.Count > 0 && element.InnerTextLength() is > 0 and <= MaxLength
        && counts.GetValueOrDefault(element.InnerText()) > 0;

    private static string? Key(IElement link) =>
        link.InnerTextLength() is > 0 and <= MaxLength && link.InnerText() is var text && text.Any(char.IsLetter) ? text : null;
}
