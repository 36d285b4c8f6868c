using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// A page's publication date, from the most to the least explicit evidence: JSON-LD, meta tags, marked-up
/// &lt;time&gt; elements, date and byline elements of the page, a date in the canonical URL's path, the first short line of
/// the page that is mostly a date, then a paragraph that opens with a date and a dash, then a date in the page's title, then a
/// video page's upload date, then meta tags that name no particular date and the page's last update; the site header's and
/// footer's dates (often the day the page was served or the site built) come last.
/// A date labelled as an update is passed over; a UTC instant is given
/// in the zone the page's other timestamps use.
/// Nothing found means no date: a page never gets a default one.
/// </summary>
internal static partial class PublishedDate
{
    // The meta names and properties publishers use for the publication date (Open Graph, Dublin Core, Parse.ly,
    // Highwire/Google Scholar, PRISM, Sailthru, Cxense, Shareaholic and the bare names common on blogs and news CMSs, as
    // htmldate's list gathers them), most specific first. Schema.org's itemprop="datePublished" is read with the page's marked
    // dates, where a review's or a comment's is passed over.
    private static readonly string[] MetaKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "parsely-pub-date", "sailthru.date",
        "dc.date.issued", "dcterms.issued", "citation_publication_date", "citation_date", "pubdate", "publishdate",
        "publish-date", "publish_date", "published-date", "published_date", "publication_date", "article.published",
        "article:published", "article:published_date", "article:post_date", "article:publicationdate", "article_date_original",
        "dc.date.publication", "dc.date.published", "prism.publicationdate", "citation_online_date", "rnews:datepublished",
        "date_published", "dateposted", "published_time", "publish_time", "publisheddate", "pub_date",
        "originalpublicationdate", "shareaholic:article_published_time", "cxenseparse:recs:publishtime",
        "bt:pubdate", "rbpubdate", "twt-published-at", "vr:published_time", "displaydate", "og:pubdate",
        // NetEase's and other Chinese CMSs' "ptime", "pdate", "article.created", Mediator's, and a video page's release date;
        // Parse.ly's older "parsely-page" holds its metadata as JSON ({"pub_date": "2021-03-04T10:00:00Z", ...}), whose
        // only timestamp is the publication's.
        "ptime", "pdate", "article.created", "mediator_published_time", "video:release_date", "og:video:release_date", "parsely-page",
        // Open Graph's variant spellings and the date a board registered the post ("og:regdate", its posting time), analytics
        // tags (Adobe's "analyticsAttributes.articleDate", WebTrends' first-published date) and Drupal's field class as a name,
        // as htmldate's list holds them.
        "og:article:published", "og:datepublished", "og:publish_date", "og:question:published_time", "og:regdate",
        "analyticsattributes.articledate", "dcsext.articlefirstpublished", "field-name-post-date",
    ];

    // Names that say "a date" without saying which (a CMS often fills them with the last edit), or when a record was created,
    // which may be a draft's day before the publication (document systems' "content_create_date", "doc_date"): after the
    // dates the page shows.
    private static readonly string[] GenericDateKeys =
    [
        "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "dc.created", "dc:created", "dc:date", "date_created", "datecreated",
        "created", "content_create_date", "doc_date", "date", "timestamp",
    ];

    // When the page was last changed: a last resort, after any date the page shows for the article itself.
    // Open Graph's, Dublin Core's and CMSs' names for it, and the HTTP header a page may repeat (http-equiv="last-modified").
    private static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "og:updated_time", "dateModified", "lastmod", "article:modified", "article:modified_date", "article:post_modified",
        "og:modified_time", "og:article:modified_time", "modified_time", "updated_time", "dcterms.modified", "dc.modified", "bt:moddate",
        "modificationdate", "revision_date", "lastmodified", "last-modified", "lastdate", "modified",
    ];

    // The page's summary for search engines and link previews: a site that shows its readers no date often states it there
    // ("... (Notizia del 14 Gennaio 2020)"). Last of all, since a summary may name an event's day.
    private static readonly string[] DescriptionKeys = ["description", "og:description", "twitter:description"];

    private const int MaxDateElementLength = 120;
    private const int MaxTextUnderTitle = 400;
    private const int MaxDateLineUnderTitle = 60;
    private const int MaxUpdateLabel = 40;

    private static readonly ISelector TimeElements = Selectors.Parse("time");
    private static readonly ISelector Timestamps = Selectors.Parse("meta[content], time[datetime], script");
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

    /// <summary>The date as ISO 8601 (a timestamp keeps its zone), or null when the page gives none; read before scripts are removed.</summary>
    public static string? Find(IDocument document, string? jsonLdDate)
    {
        var evidence = EvidenceOf(document, jsonLdDate);
        // each source asked once at most: the day's choice and its time of day read the same sources
        var dates = Sources.Select(source => (source.Kind, Date: new Lazy<string?>(() => Read(source.Read, evidence)))).ToList();
        var date = dates.Select(d => d.Date.Value).FirstOrDefault(d => d is not null);
        var zoned = InPageZone(document, date);
        date = zoned != date ? zoned : ShownDayOfUtcInstant(document, jsonLdDate, date, evidence.Meta, evidence.JsonLdAnywhere, evidence.Order) ?? date;
        return WithTimeOfDay(ShownUnderTitle(document, date, evidence.Order) ?? date, document, dates);
    }

    // The sources that carry a machine-readable timestamp of the publication itself.
    private static readonly string[] TimestampSources = ["json-ld", "json-ld in a script", "meta", "marked element"];

    // A day chosen from a source that gives no time ("2017-11-16" from a date-only meta tag or the date line) takes its time
    // of day from the first publication timestamp of the same day, in the page's zone ("2017-11-16T14:15+0000" from a
    // time element): both say the same publication, and the timestamp says more. A timestamp of another day, a last
    // change's, or one at exactly midnight (a CMS's way of storing a day without a time) adds nothing.
    private static string? WithTimeOfDay(string? date, IDocument document, IEnumerable<(string Kind, Lazy<string?> Date)> dates)
    {
        if (date is not { Length: 10 }) return date;
        return dates.Where(source => TimestampSources.Contains(source.Kind))
            .Select(source => source.Date.Value)
            .Where(d => d is { Length: > 10 } && !MidnightTime().IsMatch(d))
            .Select(d => InPageZone(document, d))
            .FirstOrDefault(d => d!.StartsWith(date, StringComparison.Ordinal)) ?? date;
    }

    // Metadata often holds the first draft's time or a CMS's own while the page shows its readers another day ("Stand:
    // 07.11.2023, 07:30 Uhr"). When the metadata's day is written nowhere in the page's text and a short line just under
    // the title heading is mostly a date, not labelled as an update, that line's day is the page's.
    private static string? ShownUnderTitle(IDocument document, string? date, NumericDateOrder order)
    {
        if (date is null || document.Body is not { } body || body.QuerySelector("h1") is not { } title) return null;
        string? previous = null;
        foreach (var text in TextsAfter(title, MaxTextUnderTitle))
        {
            if (text.Length <= MaxDateLineUnderTitle && Structure.DateLine.IsMostlyDate(text) && !DateText.IsSpan(text, order)
                && !UpdateLine().IsMatch(text) && !(previous is not null && UpdateLabel().IsMatch(previous)) && DateText.Find(text, order) is { } shown)
                return shown[..10] != date[..10] && !VisibleTexts(body).Any(t => DateText.Days(t, order).Contains(date[..10])) ? shown : null;
            previous = text;
        }
        return null;
    }

    // The trimmed text nodes that follow an element (not inside it), until a number of characters is passed.
    private static IEnumerable<string> TextsAfter(IElement element, int maxCharacters)
    {
        var seen = 0;
        for (var node = NextInOrder(element, skipChildren: true); node is not null && seen < maxCharacters; node = NextInOrder(node, node is IElement { LocalName: "script" or "style" or "noscript" or "template" }))
        {
            if (node is not IText text || text.Data.Trim() is not { Length: > 0 } trimmed) continue;
            seen += trimmed.Length;
            yield return trimmed;
        }
    }

    // The next node in document order, past the node's children when they are skipped.
    private static INode? NextInOrder(INode node, bool skipChildren = false)
    {
        if (!skipChildren && node.FirstChild is { } child) return child;
        for (var n = node; n is not null; n = n.Parent)
            if (Siblings.Next(n) is { } next) return next;
        return null;
    }

    private static IEnumerable<string> VisibleTexts(IElement body) =>
        body.Descendants<IText>().Where(t => t.ParentElement is { LocalName: not ("script" or "style" or "noscript" or "template") }).Select(t => t.Data);

    // What each source is read from: the page, its JSON-LD date, its meta tags, a date anywhere in its scripts, its numeric date
    // order, and its marked date elements (matched once: three sources read them, and the selector list is matched at every element).
    private sealed record Evidence(IDocument Document, string? JsonLdDate, Dictionary<string, string> Meta, Lazy<string?> JsonLdAnywhere, NumericDateOrder Order,
        Lazy<IHtmlCollection<IElement>> MarkedElements);

    // The sources in the order they are asked; the first that gives a date gives the page's. The order follows how often each
    // source's day is right where the dev pages' sources disagree (bench/TrafilaturaEval --date-sources): meta tags that name
    // no particular date and the last change's tags are right about two times in three and come after every date the page shows.
    private static readonly (string Kind, Func<Evidence, string?> Read)[] Sources =
    [
        ("json-ld", e => DateText.Find(e.JsonLdDate)),
        ("json-ld in a script", e => DateText.Find(e.JsonLdAnywhere.Value)),
        ("meta", e => FirstDate(e.Meta, MetaKeys)),
        ("marked element", e => Marked(e)),
        ("date element", e => DateElements(e.Document, e.Order)),
        ("url", e => FromUrl(HtmlMetadata.CanonicalUrl(e.Document))),
        ("short text", e => ShortTexts(e.Document, e.Order)),
        ("opening dateline", e => OpeningDateline(e.Document, e.Order)),
        ("title", e => InTitle(e.Document, e.Order)),
        ("json-ld upload date", e => DateText.Find(JsonLdValue(e.Document, JsonLdUploadDate()))),
        ("marked update", e => Marked(e, updates: true)),
        ("generic meta", e => FirstDate(e.Meta, GenericDateKeys)),
        ("modified meta", e => FirstDate(e.Meta, ModifiedKeys)),
        ("site header or footer marked", e => Marked(e, siteFrame: true)),
        ("site header or footer date element", e => DateElements(e.Document, e.Order, siteFrame: true)),
        ("site header or footer short text", e => ShortTexts(e.Document, e.Order, siteFrame: true)),
        ("description", e => FirstDate(e.Meta, DescriptionKeys, e.Order)),
    ];

    private static string? Read(Func<Evidence, string?> source, Evidence evidence) => source(evidence) is { } date && !IsEpoch(date) ? date : null;

    // A CMS with no date for a page writes its null timestamp, the Unix epoch ("1970-01-01T01:00:00+01:00" in JSON-LD, "01.01.1970"
    // under the title): no page was published then, so that date says the page gives none.
    private static bool IsEpoch(string date) =>
        date == "1970-01-01" || DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && date.Length > 10
            && instant.UtcDateTime == DateTime.UnixEpoch;

    /// <summary>Every source's date (null where it gives none), in the order they are asked: the bench's table of which
    /// source is right how often. Read before scripts are removed.</summary>
    public static IReadOnlyList<(string Kind, string? Date)> BySource(IDocument document, string? jsonLdDate)
    {
        var evidence = EvidenceOf(document, jsonLdDate);
        return Sources.Select(source => (source.Kind, Read(source.Read, evidence))).ToList();
    }

    // Read once: the sources, the zone corrections and the time of day all look at the page's meta tags and scripts.
    private static Evidence EvidenceOf(IDocument document, string? jsonLdDate) =>
        new(document, jsonLdDate, MetaValues(document), new Lazy<string?>(() => JsonLdAnywhere(document)), OrderOf(document),
            new Lazy<IHtmlCollection<IElement>>(() => document.All(MarkedDates)));

    // How the page writes a numeric date: by its language, else by the country its address names.
    private static NumericDateOrder OrderOf(IDocument document) => NumericDateOrders.Of(HtmlMetadata.Locale(document), HtmlMetadata.CanonicalUrl(document));

    private static string? JsonLdAnywhere(IDocument document) => JsonLdValue(document, JsonLdDate());

    private static string? JsonLdValue(IDocument document, Regex property) =>
        document.All(JsonLdArticle.Scripts)
            .Select(s => property.Match(s.Text())).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.GetElementsByTagName("meta"))
            if ((meta.GetAttribute("content") ?? meta.GetAttribute("datetime")) is { Length: > 0 } content)
                foreach (var key in new[] { meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop"), meta.GetAttribute("http-equiv") })
                    if (key is not null) values.TryAdd(key.Trim(), content);
        return values;
    }

    private static string? FirstDate(Dictionary<string, string> meta, string[] keys, NumericDateOrder order = NumericDateOrder.Unknown) =>
        keys.Select(meta.GetValueOrDefault).Select(v => DateText.Find(v, order) ?? NumberDate(v)).FirstOrDefault(d => d is not null);

    // A meta value that is only a number: a Unix time in seconds or milliseconds ("1614848400", given in UTC), or a day
    // written without separators, perhaps with its clock time ("20210304", "20210304101500").
    private static string? NumberDate(string? value)
    {
        if (value is null || !OnlyDigits().IsMatch(value = value.Trim())) return null;
        if (value.Length is 8 or 12 or 14) return FromUrl($"/{value[..8]}/");
        if (value.Length is not (10 or 13) || !long.TryParse(value, out var number)) return null;
        var instant = DateTimeOffset.FromUnixTimeSeconds(value.Length == 13 ? number / 1000 : number);
        return instant.Year is >= 1995 and <= 2100 ? instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null;
    }

    // Marked dates; those marked as the last change (class "updated", a text or label "Updated") are a source of their own, late.
    // WordPress marks a post never changed "entry-date published updated": a class that says published is the publication's.
    private static string? Marked(Evidence evidence, bool siteFrame = false, bool updates = false) =>
        NearestTitleFirst(evidence.Document, evidence.MarkedElements.Value.Where(e => !InComments(e) && InSiteHeaderOrFooter(e) == siteFrame && MarkedAsUpdate(e) == updates && !InOtherStory(e)), e => e)
            // A template may leave the attribute empty or fill it with a time alone ("<time datetime="">4 March 2021</time>"): then the text says the day.
            .Select(e => DateText.Find(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.GetAttribute("title") ?? (e.LocalName == "data" ? e.GetAttribute("value") : null), evidence.Order)
                ?? TextDate(e, e.TextContent, evidence.Order))
            .FirstOrDefault(d => d is not null);

    // A source's candidates, those nearest the title heading first: the page's own date line sits by its headline, while a list of
    // further stories, a sidebar's latest news or a box of most-read articles, before or after the article, is further from it in the
    // page's tree. Nearness is the depth of the closest box holding both the candidate and the first h1; candidates as near keep their
    // order in the page. A page without an h1 keeps the page's order.
    private static IEnumerable<T> NearestTitleFirst<T>(IDocument document, IEnumerable<T> candidates, Func<T, INode> node)
    {
        if (TitleHeading(document) is not { } title) return candidates;
        var depths = new Dictionary<INode, int>();
        var ancestors = title.Ancestors().ToList();
        for (var i = 0; i < ancestors.Count; i++) depths[ancestors[i]] = ancestors.Count - i;
        depths[title] = ancestors.Count + 1;
        int Nearness(INode n)
        {
            for (var a = n; a is not null; a = a.Parent)
                if (depths.TryGetValue(a, out var depth)) return depth;
            return 0;
        }
        return candidates.Select((c, i) => (c, i, near: Nearness(node(c)))).OrderByDescending(x => x.near).ThenBy(x => x.i).Select(x => x.c);
    }

    // The article's title heading: the first h1 inside an article or main element; else the h1 most like the page's title (a
    // site puts its name in a hidden h1 before the article's); else the first h1. Read once a page.
    private static IElement? TitleHeading(IDocument document) => TitleHeadings.GetValue(document, d => new(FindTitleHeading(d))).Value;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IDocument, System.Runtime.CompilerServices.StrongBox<IElement?>> TitleHeadings = new();

    private static IElement? FindTitleHeading(IDocument document)
    {
        var h1s = document.Body?.GetElementsByTagName("h1").ToList() ?? [];
        if (h1s.Count <= 1) return h1s.FirstOrDefault();
        if (h1s.FirstOrDefault(h => h.HasAncestorTag("article", -1) || h.HasAncestorTag("main", -1)) is { } inArticle) return inArticle;
        var pageTitle = ArticleTitle.FromDocument(document);
        var best = h1s.MaxBy(h => Dom.TextSimilarity(pageTitle, h.TextContent))!;
        return Dom.TextSimilarity(pageTitle, best.TextContent) > 0.5 ? best : h1s[0];
    }

    // A date in an item of a list of further stories is that story's, not the page's: an item of a list whose items each hold a
    // link, the item holding a link of four words or more besides the date (a headline; not a link to an author's or a topic's
    // page, as an article's own line of details holds), or a story card (an article element)
    // holding a linked heading; in either case the box does not hold the page's title heading (the first h1), which the page must have.
    // A box whose class or id names it a list of further stories ("related-posts", "most-read", "trending") holds theirs, however
    // its cards are built.
    private static bool InOtherStory(IElement element)
    {
        if (element.Owner is not { } document || TitleHeading(document) is not { } title) return false;
        var depth = 0;
        for (var box = element; box is not null; box = box.ParentElement, depth++)
        {
            if (box.LocalName is "body" or "main" || box.Contains(title)) return false;
            if (RelatedStoriesClass().IsMatch(box.ClassAndId())) return true;
            if (depth >= MaxStoryItemDepth) continue;
            if (box.LocalName == "li" && box.ParentElement is { } list
                && list.Children.Count(item => item.LocalName == "li" && item.QuerySelector("a[href]") is not null) >= 2
                && box.QuerySelectorAll("a[href]").Any(a => !a.Contains(element) && WordCount(a.TextContent) >= MinHeadlineWords && !AuthorOrTopicLink().IsMatch($"{a.GetAttribute("href")} {a.GetAttribute("rel")} {a.ClassName}")))
                return true;
            if (box.LocalName == "article" && box.ChildNodes.QuerySelector(LinkedHeading) is { } heading && !LinksToPage(heading, document)) return true;
        }
        return false;
    }

    // A heading linked to the page's own address (its canonical link or og:url) is the page's title set as a link, as a blog
    // template sets every post's, not another story's.
    private static bool LinksToPage(IElement heading, IDocument document)
    {
        var href = (heading.LocalName == "a" ? heading : heading.Closest("a"))?.GetAttribute("href");
        return href is not null && HtmlMetadata.CanonicalUrl(document) is { } own && Uri.TryCreate(own, UriKind.Absolute, out var page)
            && Uri.TryCreate(page, href, out var target) && target.Host == page.Host
            && target.AbsolutePath.TrimEnd('/') == page.AbsolutePath.TrimEnd('/');
    }

    private const int MaxStoryItemDepth = 6;
    private const int MinHeadlineWords = 4;

    // English, German, French, Spanish, Portuguese, Italian and Polish names of boxes of further stories, as themes and CMSs
    // name them: related, recommended, most read or viewed, trending, popular, more stories, read also.
    [GeneratedRegex(@"related|recommend|most-?read|most-?viewed|most-?popular|popular-?posts|trending|more-?stories|(?:also|more)-?read|read-?(?:also|more-?stories)|verwandt|empfehlung|aehnlich|ähnlich|weitere-?artikel|lire-?aussi|articles-?lies|relacionad|recomendad|mas-?leid|correlat|leggi-?anche|piu-?lett|polecane|zobacz-?tez|powiazane", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedStoriesClass();

    [GeneratedRegex(@"author|autor|auteur|\btag\b|/tags?/|categor|/topics?/|/themen/|/people/|/profile", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorOrTopicLink();

    private static readonly ISelector LinkedHeading = Selectors.Parse("h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4");

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool MarkedAsUpdate(IElement element) => UpdateMarkup(element) || UpdateLine().IsMatch(element.TextContent);

    // A class that says the last change (not one that also says published), or an update label just before the element.
    private static bool UpdateMarkup(IElement element) =>
        UpdateClass().IsMatch($"{element.ClassName} {element.Id}") && !element.ClassAndId().Contains("publish", StringComparison.OrdinalIgnoreCase)
        || AfterUpdateLabel(element);

    // Whether the text just before a node, in the same line of the page, is an update label ("<span>Updated:</span> <time>...").
    private static bool AfterUpdateLabel(INode node) => AfterLabel(node, UpdateLabel());

    // Whether the text just before a node, in the same line of the page, is a label that matches (an update's, the current time's).
    private static bool AfterLabel(INode node, Regex label)
    {
        for (var n = node; n is not null && n is not IElement { LocalName: "body" or "p" or "li" or "article" or "header" or "section" }; n = n.Parent)
            for (var sibling = n.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
                if (sibling.TextContent.Trim() is { Length: > 0 } text)
                    return text.Length <= MaxUpdateLabel && label.IsMatch(text);
        return false;
    }

    // Short elements whose class or id says they hold a date ("entry-date", "post-meta", "byline", "dateline").
    private static string? DateElements(IDocument document, NumericDateOrder order, bool siteFrame = false) =>
        document.Body is not { } body ? null : NearestTitleFirst(document, body.Descendants<IElement>()
            .Where(e => DateClass().IsMatch(e.ClassAndId()) && e.InnerTextLength() <= MaxDateElementLength && !InComments(e) && InSiteHeaderOrFooter(e) == siteFrame && !UpdateMarkup(e) && !InOtherStory(e)
                && !DateText.IsSpan(e.TextContent, order)), e => e)
            .Select(e => TextDate(e, WithoutUpdateDates(e.TextContent), order) ?? DateText.Find(e.GetAttribute("title"), order) ?? DataDate(e))
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

    // The first short run of text on the page that is mostly a date ("2021-10-16 | Botschaft").
    private static string? ShortTexts(IDocument document, NumericDateOrder order, bool siteFrame = false) =>
        document.Body is not { } body ? null : NearestTitleFirst(document, body.Descendants<IText>()
            .Where(t => t.Data.Length <= MaxDateElementLength && t.ParentElement is { LocalName: not ("script" or "style" or "option") })
            .Select(t => (Node: t, Text: t.Data.Trim()))
            .Where(t => t.Text.Length >= 8 && Structure.DateLine.IsMostlyDate(t.Text) && !DateText.IsSpan(t.Text, order) && !InComments(t.Node.ParentElement!)
                && InSiteHeaderOrFooter(t.Node.ParentElement!) == siteFrame && !AfterUpdateLabel(t.Node) && !AfterLabel(t.Node, OtherDateLabel()) && !InOtherStory(t.Node.ParentElement!)), t => t.Node)
            .Select(t => DateText.Find(WithoutUpdateDates(t.Text), order))
            .FirstOrDefault(d => d is not null);

    // A date the page's title states ("Harbour report of 04.03.2021 – The Courier"): late, since a title may name an event's day.
    private static string? InTitle(IDocument document, NumericDateOrder order) => DateText.Find(document.Title, order);

    // "Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023": the date after an update label is not the publication's.
    // A forum's "Aktuelle Zeit: 14.10.2020, 12:18" (the time the page was served) and "Registriert: 18.09.2008" (when a member
    // joined) are not the publication's either.
    private static string WithoutUpdateDates(string text) => OtherDate().Replace(UpdatedDate().Replace(text, " "), " ");

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

    private static bool InComments(IElement element) =>
        element.Ancestors().Prepend(element).Any(e => e.LocalName is not ("body" or "html" or "article" or "main") && NamesComments(e));

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

    // The value may be given as a one-item array ("datePublished": ["2021-03-04"]).
    [GeneratedRegex(@"""datePublished""\s*:\s*\[?\s*""([^""]+)""")]
    private static partial Regex JsonLdDate();

    // A video page's (VideoObject's) upload date: late, since an article may embed another day's video.
    [GeneratedRegex(@"""uploadDate""\s*:\s*\[?\s*""([^""]+)""")]
    private static partial Regex JsonLdUploadDate();

    [GeneratedRegex(@"date|time|publish|posted|byline|dateline|meta|datum|fecha|data", RegexOptions.IgnoreCase)]
    private static partial Regex DateClass();

    // The date may follow the place ("BERLIN, 07.12.2026 –", "PARIS, le 7 décembre 2026 –") and come before a wire's name
    // ("WASHINGTON, Dec. 7, 2026 /PRNewswire/ --").
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?,\s+(?:(?:le|den|am|el)\s+)?)?(?<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?(?:\s+de)?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},\s+\d{4})\s*(?:/[^/]{2,30}/\s*)?(?:[–—]|--?)\s*\p{L}")]
    private static partial Regex Dateline();

    // "Updated", "last modified" and their German, French, Spanish, Italian, Dutch, Portuguese, Catalan, Romanian, Polish, Czech,
    // Slovak, Swedish, Danish, Norwegian, Finnish, Hungarian, Turkish, Russian, Ukrainian and Greek forms; Chinese and Japanese
    // "更新" ("更新时间", "更新日時") and Korean "수정", which no word boundary sets apart from the characters around them.
    private const string UpdateWords = @"(?:\b(?:updated|last modified|modified|änderung|aktualisiert|geändert|mis à jour|mise à jour|modifié|actualisé|actualizado|"
        + @"actualización|aggiornato|aggiornamento|bijgewerkt|atualizado|atualização|actualitzat|actualizat|aktualizacja|zaktualizowano|aktualizováno|"
        + @"aktualizované|uppdaterad|uppdaterat|opdateret|oppdatert|päivitetty|frissítve|güncellendi|güncelleme|обновлено|оновлено|ενημερώθηκε|ενημέρωση)\b"
        + @"|更新时间|更新時間|更新日時|更新日|更新|수정)";

    // An update word, then a numeric or written date, perhaps after a word or two or an elided article ("Aggiornato l'8 marzo 2021").
    [GeneratedRegex(UpdateWords + @"\W{0,3}(?:\p{L}+(?:\s+|['’])){0,2}(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2})", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedDate();

    // A label that ends in an update word, the date in the next text ("Updated", "Aktualisiert am:").
    [GeneratedRegex(UpdateWords + @"(?:\s+\p{L}+){0,2}\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateLabel();

    // Labels of dates that are not a page's publication: the time the page was served ("It is currently", "Aktuelle Zeit", "The
    // time now is", "Heure actuelle", "Nous sommes le", "Ahora es", "Ora corrente", "Aktualny czas") and a member's first or last
    // visit ("Joined", "Registriert", "Mitglied seit", "Member since", "Inscrit le", "Registrado", "Iscritto", "Dołączył",
    // "Last visit", "Letzter Besuch"), as forum software and site headers print them.
    private const string OtherDateWords = @"\b(?:it is currently|the time now is|current time|aktuelle zeit|heure actuelle|nous sommes le|ahora es|ora corrente|aktualny czas|"
        + @"joined|registriert(?:\s+seit)?|mitglied seit|member since|inscrit(?:\s+le)?|inscription|registrado|iscritto|dołączył|last visit(?:\s+was)?|letzter besuch)";

    // An other-date label, then a numeric or written date.
    [GeneratedRegex(OtherDateWords + @"\W{0,3}(?:\p{L}+\.?,?\s+){0,2}(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex OtherDate();

    // A label that ends in an other-date word, the date in the next text ("Registriert:").
    [GeneratedRegex(OtherDateWords + @"\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherDateLabel();

    // A line that opens with an update word ("Updated 2010 GMT (0410 HKT) March 14, 2021").
    [GeneratedRegex(@"^\W*" + UpdateWords, RegexOptions.IgnoreCase)]
    private static partial Regex UpdateLine();

    // A class or id that marks the last change ("updated", "date-modified", "lastUpdate").
    [GeneratedRegex(@"updated|modified|update\b|lastupdate|aktualisiert", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateClass();

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

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex OnlyDigits();

    // A clock time of exactly midnight, with or without seconds and fractions ("T00:00:00.000Z", "T00:00+01:00").
    [GeneratedRegex(@"[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex MidnightTime();
}
