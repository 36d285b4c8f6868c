using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

// Furniture told by its links: lines, lists and rows that are only links to the site's other pages.
internal static partial class ArticleFurniture
{
    private const double LinkOnly = 0.9;
    private const int MaxLabelLength = 30;
    private const int MaxLabelWords = 3;
    private const int MinCards = 3;
    private const int MinHeadlineLength = 25;
    private const int MaxHeadlineItemLength = 300;
    private const double HeadlineLinkShare = 0.5;

    // A list whose every item is a link to another page of the same site, not a sentence, is a menu or a list of further
    // stories ("Stadt Kleve", "Paneer masala", a language picker), and a list of one such link a teaser, as a paragraph
    // that is only a link is; a list of links to other sites (references, sources, sponsors) or of addresses written out
    // is the article's.
    private static bool IsListOfLinks(IElement list, string? host)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        return items.Count > 0 && items.Count == list.Children.Length
            && items.All(i => IsOnlyALink(i) && i.InnerText() is var t && (!EndsSentence(t) || IsQuotedTitle(t) || IsCutOff(t)) && !IsAddress(t))
            && list.GetElementsByTagName("a").All(a => IsInternal(a, host));
    }

    // Boxes side by side of one tag and class, each mostly a link to another page of the site as long as a headline
    // ("Ministers review the harvest plan 26 April"), are a row of further stories without headings. Shorter items
    // (a wiki's "Poppy (1)", a list of products) and a table's rows are data.
    private static bool IsHeadlineRow(IElement element, string? host)
    {
        var items = element.Children;
        if (items.Length < MinCards || items.Any(i => i.LocalName != items[0].LocalName || i.ClassName != items[0].ClassName)
            || element.ClosestTag("table") is not null) return false;
        return items.All(i => i.InnerTextLength() is >= MinHeadlineLength and <= MaxHeadlineItemLength && i.LinkDensity() >= HeadlineLinkShare
            && i.GetElementsByTagName("a") is { Length: > 0 } links && links.All(a => IsInternal(a, host)));
    }

    // A quoted title closing a headline ('Coach: "We stay calm"') ends in a quote mark with no sentence's mark inside it.
    private static bool IsQuotedTitle(string text) =>
        text.Length > 1 && text[^1] is '"' or '”' or '»' or '“' && text[^2] is not ('.' or '!' or '?' or '…');

    // A headline cut off to fit its box ("The harbour dilemma...") ends in an ellipsis, not as a sentence does.
    private static bool IsCutOff(string text) => text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…');

    // A relative link, or one to the host of the page's canonical address; an in-page anchor (a table of contents) is not.
    internal static bool IsInternal(IElement link, string? host)
    {
        var href = link.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href.StartsWith('#')) return false;
        if (href.StartsWith("//", StringComparison.Ordinal)) href = "http:" + href;
        var scheme = href.IndexOf(':');
        if (scheme < 0 || href.IndexOf('/') is var slash && slash >= 0 && slash < scheme) return true;
        return host is not null && Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && string.Equals(Bare(uri.Host), Bare(host), StringComparison.OrdinalIgnoreCase);
    }

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    // A short label before the link ("Read also:", "Mire:", "Lesen Sie auch:") does not make a teaser part of the text.
    internal static bool IsOnlyALink(IElement element)
    {
        var length = element.InnerTextLength();
        if (length == 0 || element.CountElements("a") == 0) return false;
        var linked = element.LinkDensity() * length;
        var text = element.InnerText();
        return linked >= LinkOnly * (length - LabelLength(text) - CountLength(text));
    }

    // A count in brackets after a link is the widget's, not words of the line: a category list's "Bildung (5)", an archive's
    // "März 2019 (12)".
    private static int CountLength(string text) => TrailingCount().Match(text) is { Success: true } count ? count.Length : 0;

    [GeneratedRegex(@"\s*\(\d[\d.,]*\)\s*$")]
    private static partial Regex TrailingCount();

    private static int LabelLength(string text)
    {
        var colon = text.IndexOf(':');
        return colon is > 0 and <= MaxLabelLength && text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords
            ? colon + 1
            : 0;
    }

    /// <summary>Whether <paramref name="text"/> ends as a sentence does (a full stop, a question, a closing quote).</summary>
    internal static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '»' or '。';

    private static bool IsAddress(string text) =>
        text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
