using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>The dates a page shows its readers: marked date elements, date and byline boxes, short date lines, a press release's dateline, the title, a dated address; and the parts of the page whose dates are not the article's (readers' comments, the site's header and footer).</summary>
internal static partial class PublishedDate
{
    private const int MaxDateElementLength = 120;

    private static readonly ISelector Paragraphs = Selectors.Parse("p");
    // Besides schema.org's microdata, time elements and Blogger's and old WordPress themes' abbr.published: RDFa's date properties
    // on the page's own elements (Drupal's "<span property="dc:date dc:created" content="2021-03-04T10:00:00+01:00">", whose text
    // is often a month-first "Thu, 03/04/2021 - 10:00"; schema.org's in RDFa) and the microformat dt-published ("<data
    // class="dt-published" value="...">"). Meta tags with a Dublin Core property stay with the generic meta names.
    private static readonly ISelector MarkedDates = Selectors.Parse(
        "[itemprop~='datePublished'], [itemprop~='dateCreated'], meta[name='datePublished' i], time[pubdate], article time[datetime], header time[datetime], time[datetime], abbr.published[title], "
        + "[property~='dc:date'][content]:not(meta), [property~='dc:created'][content]:not(meta), [property~='dcterms:created'][content]:not(meta), "
        + "[property~='dcterms:issued'][content]:not(meta), [property~='dcterms:date'][content]:not(meta), [property~='schema:datePublished'][content]:not(meta), "
        + "[property~='schema:dateCreated'][content]:not(meta), [property~='datePublished'][content]:not(meta), [property~='dateCreated'][content]:not(meta), .dt-published");

    // Marked dates; those marked as the last change (class "updated", a text or label "Updated") are a source of their own, late.
    // WordPress marks a post never changed "entry-date published updated": a class that says published is the publication's.
    private static string? Marked(Evidence evidence, bool siteFrame = false, bool updates = false) =>
        NearestTitleFirst(evidence.Document, evidence.MarkedElements.Value.Where(e => !InComments(e) && InSiteHeaderOrFooter(e) == siteFrame && MarkedAsUpdate(e) == updates && !InOtherStory(e)), e => e)
            // A template may leave the attribute empty or fill it with a time alone ("<time datetime="">4 March 2021</time>"): then the text says the day.
            .Select(e => DateText.Find(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.GetAttribute("title") ?? (e.LocalName == "data" ? e.GetAttribute("value") : null), evidence.Order)
                ?? TextDate(e, e.TextContent, evidence.Order))
            .FirstOrDefault(d => d is not null);

    // Short elements whose class or id says they hold a date ("entry-date", "post-meta", "byline", "dateline").
    private static string? DateElements(IDocument document, NumericDateOrder order, bool siteFrame = false) =>
        document.Body is not { } body ? null : NearestTitleFirst(document, body.Descendants<IElement>()
            .Where(e => DateClass().IsMatch(e.ClassAndId()) && e.InnerTextLength() <= MaxDateElementLength && !InComments(e) && InSiteHeaderOrFooter(e) == siteFrame && !UpdateMarkup(e) && !InOtherStory(e)
                && !DateText.IsSpan(e.TextContent, order)), e => e)
            .Select(e => DateText.Find(WithoutUpdateDates(OwnText(e)), order) ?? TextDate(e, WithoutUpdateDates(e.TextContent), order) ?? DateText.Find(e.GetAttribute("title"), order) ?? DataDate(e))
            .FirstOrDefault(d => d is not null);

    // Scripts that write a date as "3 hours ago" or "Thursday" keep it in a data attribute, often as Unix time in seconds
    // or milliseconds ("<span class='timestamp' data-timestamp='1614852000'>", Facebook's data-utime, Discourse's data-time).
    private static readonly string[] DataDateAttributes =
        ["data-timestamp", "data-utime", "data-time", "data-date", "data-datetime", "data-published", "data-publish-date", "data-pubdate", "data-created"];

    private static string? DataDate(IElement element) =>
        DataDateAttributes.Select(element.GetAttribute).OfType<string>().Select(v => DateText.Find(v) ?? NumberDate(v)).FirstOrDefault(d => d is not null);

    // The date in an element's text, or, when none is written there, in its text nodes set apart: themes put a date's parts
    // in boxes of their own with no space between them ("<span class='day'>04</span><span class='month'>Mar</span>...").
    private static string? TextDate(IElement element, string text, NumericDateOrder order) =>
        DateText.Find(text, order)
        ?? (element.ChildElementCount == 0 ? null : DateText.Find(WithoutUpdateDates(string.Join(' ', element.Descendants<IText>().Select(t => t.Data))), order));

    // A date box may hold the last change in an element of its own, often hidden but for search engines ("<span class='updated
    // rich-snippet-hidden'>2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span>"): a date in its other texts comes
    // first. Alone, a part marked "updated" is still read: hAtom has every post's date marked so ("entry-meta-date updated").
    private static string OwnText(IElement element) =>
        string.Join(' ', element.Descendants<IText>().Where(t => !t.Ancestors<IElement>().TakeWhile(a => a != element).Any(UpdateMarkup)).Select(t => t.Data));

    // The first short run of text on the page that is mostly a date ("2021-10-16 | Botschaft").
    private static string? ShortTexts(IDocument document, NumericDateOrder order, bool siteFrame = false) =>
        document.Body is not { } body ? null : NearestTitleFirst(document, ShortTexts(body, MaxDateElementLength)
            .Select(t => (Node: t, Text: t.Data.Trim()))
            .Where(t => t.Text.Length >= 8 && IsShownDateLine(t.Text) && !DateText.IsSpan(t.Text, order) && !InComments(t.Node.ParentElement!)
                && InSiteHeaderOrFooter(t.Node.ParentElement!) == siteFrame && !AfterUpdateLabel(t.Node) && !AfterLabel(t.Node, OtherDateLabel()) && !InOtherStory(t.Node.ParentElement!)
                && !MarkedAsLastChange(t.Node.ParentElement!)), t => t.Node)
            .Select(t => DateText.Find(WithoutUpdateDates(t.Text), order))
            .FirstOrDefault(d => d is not null);

    // A short text that is mostly a date, its day, month's name and year perhaps joined by dots, hyphens or slashes ("Datum:
    // 03.Mär.19", "03-Mar-2020"), a form DateText reads and the body's date lines leave to the text (read here alone, so the body stays as it was).
    private static bool IsShownDateLine(string text) => Structure.DateLine.IsMostlyDate(JoinedDate().Replace(text, "${d} ${mon} ${y}"));

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?<sep>[-/.])(?<mon>\p{L}{3,9})\k<sep>(?<y>\d{4}|\d{2})\b(?![-/:]?\d)")]
    private static partial Regex JoinedDate();

    // A date the page's title states ("Harbour report of 04.03.2021 – The Courier"): late, since a title may name an event's day.
    private static string? InTitle(IDocument document, NumericDateOrder order) => DateText.Find(document.Title, order);

    // A press release opens its first paragraph with the date and a dash ("29.11.2022 – Mehrfach und vehement ...", "BERLIN, 29.11.2022 – ...").
    private static string? OpeningDateline(IDocument document, NumericDateOrder order) =>
        document.All(Paragraphs).Select(p => Dateline().Match(p.TextContent)).FirstOrDefault(m => m.Success) is { } m
            ? DateText.Find(m.Groups["date"].Value, order) : null;

    // The dates of readers' comments come after the article's and are not its date; the page's own containers
    // ("<body class='comments-open'>") say nothing about it.
    // The site's own header (a <header> element, or a box with a class or id that opens with "header", outside the
    // article and holding no h1) often shows the day the page was served ("Donnerstag, 16. Februar 2012"); its footer (the same,
    // "footer") the day the site was last built or its latest posts: their dates come after every other date the page shows.
    private static bool InSiteHeaderOrFooter(IElement element) =>
        element.Ancestors().Prepend(element).Any(e => (e.LocalName is "header" or "footer" || HeaderOrFooterClass().IsMatch(e.ClassAndId()))
            && e.QuerySelector("h1") is null && !e.HasAncestorTag("article", -1) && !e.HasAncestorTag("main", -1));

    // The page's text nodes of up to maxLength characters that a reader sees (not a script's, a style's or a select box's option)
    private static IEnumerable<IText> ShortTexts(IElement body, int maxLength) =>
        body.Descendants<IText>().Where(t => t.Data.Length <= maxLength && t.ParentElement is { LocalName: not ("script" or "style" or "option") });

    private static bool InComments(IElement element) =>
        element.Ancestors().Prepend(element).Any(e => e.LocalName is not ("body" or "html" or "article" or "main") && NamesComments(e)) || InCommentBox(element);

    // A comment's box holds its permalink ("<a href='/post/#comment-923'><time>15. Januar 2014</time></a>"), which names the
    // comment where a theme's classes do not (another language, hashed names): a date in that link, or a level or two under a box
    // that holds one such link (a comment; a list of recent comments holds several) and not the title heading, is a comment's.
    private static bool InCommentBox(IElement element)
    {
        var title = element.Owner is { } document ? TitleHeading(document) : null;
        var depth = 0;
        for (var box = element; box is not null && depth <= MaxCommentBoxDepth; box = box.ParentElement, depth++)
        {
            if (box.LocalName is "body" or "main" || title is not null && box.Contains(title) || IsPageArticle(box)) return false;
            if (IsCommentPermalink(box) || box.GetElementsByTagName("a").Count(IsCommentPermalink) == 1) return true;
        }
        return false;
    }

    private const int MaxCommentBoxDepth = 2;

    // "#comment-923", "#comments/421", "#li-comment-496", "#kommentar-12": a comment's anchor on this page, with its number (not
    // "#comments"); a link in the prose to a comment elsewhere ("hackaday.com/.../#comment-2453084") is a citation.
    private static bool IsCommentPermalink(IElement element) =>
        element.LocalName == "a" && element.GetAttribute("href") is { } href && href.IndexOf('#') is var hash and >= 0
            && href[(hash + 1)..] is var fragment && fragment.Any(char.IsAsciiDigit) && CommentClass().IsMatch(fragment)
            && (hash == 0 || element.Owner is { } document && LinksToPage(href, document));

    // Taxonomy classes name what the article is about ("category-kommentar" is an opinion piece), not a part of the page.
    private static bool NamesComments(IElement element) =>
        $"{element.ClassName} {element.Id}".Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(name => !name.StartsWith("category-", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("tag-", StringComparison.OrdinalIgnoreCase)
                && CommentClass().IsMatch(name));

    /// <summary>The day a dated path gives ("/2021/03/04/", "/2021-03-04/", "/20210304/", "-20210304.html", "/2021/mar/04/"), or null.</summary>
    internal static string? FromUrl(string? url)
    {
        if (url is null) return null;
        var m = UrlDate().Match(url);
        if (!m.Success) m = CompactUrlDate().Match(url);
        if (m.Success) return DateText.Find($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}");
        // A month's name in the path: "/world/2021/mar/04/harbour-inquiry".
        return UrlDateWithMonthName().Match(url) is { Success: true } named && DateText.IsMonthName(named.Groups[2].Value)
            ? DateText.Find($"{named.Groups[3].Value} {named.Groups[2].Value} {named.Groups[1].Value}") : null;
    }

    [GeneratedRegex(@"date|time|publish|posted|byline|dateline|meta|datum|fecha|data", RegexOptions.IgnoreCase)]
    private static partial Regex DateClass();

    // The date may follow the place ("BERLIN, 07.12.2026 –", "PARIS, le 7 décembre 2026 –") and come before a wire's name
    // ("WASHINGTON, Dec. 7, 2026 /PRNewswire/ --").
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?,\s+(?:(?:le|den|am|el)\s+)?)?(?<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?(?:\s+de)?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},\s+\d{4})\s*(?:/[^/]{2,30}/\s*)?(?:[–—]|--?)\s*\p{L}")]
    private static partial Regex Dateline();

    // "footer", "footer-widgets", "footer_bottom", not a review's own closing box ("footerFirstLine").
    [GeneratedRegex(@"(?:^|\s)(?:header|footer(?!\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderOrFooterClass();

    // Readers' comments as themes name their boxes: English, German, French, Spanish and Portuguese, the Slavic languages'
    // and Indonesian "komentar", Dutch "reactie", and the Disqus widget's thread.
    [GeneratedRegex(@"comment|kommentar|komentar|commentaire|comentario|reactie|disqus|reply|respond", RegexOptions.IgnoreCase)]
    private static partial Regex CommentClass();

    // A one-digit month or day ("/2021/3/4/") only where a path segment ends: "/2021/12/3-ways-to-..." is a month's slug.
    [GeneratedRegex(@"/(20\d{2}|19\d{2})[/-](\d{2}|\d(?=[/-]))[/-](\d{2}(?=/|$|\D)|\d(?=/|$))")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"/(20\d{2}|19\d{2})/(\p{L}{3,9})/(\d{1,2})(?:/|$)")]
    private static partial Regex UrlDateWithMonthName();

    [GeneratedRegex(@"[/_-](20\d{2}|199\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")]
    private static partial Regex CompactUrlDate();
}
