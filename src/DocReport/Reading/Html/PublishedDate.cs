using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// A page's publication date, from the most to the least explicit evidence: JSON-LD, meta tags, marked-up
/// &lt;time&gt; elements, date and byline elements of the page, a publication date in a script's own data, a date in the canonical URL's path, the first short line of
/// the page that is mostly a date, a line that says in words when the post was published, then a paragraph that opens with a date and a dash, then a date in the page's title, then a
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

    private const int MaxTextUnderTitle = 400;
    private const int MaxDateLineUnderTitle = 60;

    /// <summary>The date as ISO 8601 (a timestamp keeps its zone), or null when the page gives none; read before scripts are removed.
    /// <paramref name="leftOut"/> names sources not asked (the bench's ablation of the sources a page lacks); the corrections
    /// do not read their evidence either.</summary>
    public static string? Find(IDocument document, string? jsonLdDate, IReadOnlySet<string>? leftOut = null)
    {
        var evidence = EvidenceOf(document, jsonLdDate, leftOut);
        // each source asked once at most: the day's choice and its time of day read the same sources
        var dates = Asked(leftOut).Select(source => (source.Kind, Date: new Lazy<string?>(() => Read(source.Read, evidence)))).ToList();
        var date = dates.Select(d => d.Date.Value).FirstOrDefault(d => d is not null);
        var zoned = InPageZone(document, date);
        date = zoned != date ? zoned : ShownDayOfUtcInstant(document, evidence.JsonLdDate, date, evidence.Meta, evidence.JsonLdAnywhere, evidence.Order) ?? date;
        return WithTimeOfDay(ShownUnderTitle(document, date, evidence.Order) ?? date, document, dates);
    }

    // The sources that carry a machine-readable timestamp of the publication itself.
    private static readonly string[] TimestampSources = ["json-ld", "json-ld in a script", "meta", "script data", "marked element"];

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
            if (text.Length <= MaxDateLineUnderTitle && IsShownDateLine(text) && !DateText.IsSpan(text, order)
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
        ("script data", e => ScriptData(e.Document)),
        ("url", e => FromUrl(HtmlMetadata.CanonicalUrl(e.Document))),
        ("short text", e => ShortTexts(e.Document, e.Order)),
        ("publication line", e => PublicationLine(e.Document, e.Order)),
        ("opening dateline", e => OpeningDateline(e.Document, e.Order)),
        ("title", e => InTitle(e.Document, e.Order)),
        ("json-ld upload date", e => DateText.Find(JsonLdValue(e.Document, JsonLdUploadDate()))),
        ("marked update", e => Marked(e, updates: true)),
        ("shown update", e => ShownUpdate(e.Document, e.Order)),
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

    /// <summary>Every source's date (null where it gives none), in the order they are asked, those left out omitted: the bench's
    /// table of which source is right how often, and its ablation. Read before scripts are removed.</summary>
    public static IReadOnlyList<(string Kind, string? Date)> BySource(IDocument document, string? jsonLdDate, IReadOnlySet<string>? leftOut = null)
    {
        var evidence = EvidenceOf(document, jsonLdDate, leftOut);
        return Asked(leftOut).Select(source => (source.Kind, Read(source.Read, evidence))).ToList();
    }

    private static IEnumerable<(string Kind, Func<Evidence, string?> Read)> Asked(IReadOnlySet<string>? leftOut) =>
        Sources.Where(source => leftOut?.Contains(source.Kind) != true);

    // Read once: the sources, the zone corrections and the time of day all look at the page's meta tags and scripts; a source
    // left out leaves out its evidence (the JSON-LD date, the publication's meta tags, the JSON-LD date in a script).
    private static Evidence EvidenceOf(IDocument document, string? jsonLdDate, IReadOnlySet<string>? leftOut)
    {
        bool LeftOut(string kind) => leftOut?.Contains(kind) == true;
        var meta = MetaValues(document);
        if (LeftOut("meta")) foreach (var key in MetaKeys) meta.Remove(key);
        return new(document, LeftOut("json-ld") ? null : jsonLdDate, meta, new Lazy<string?>(() => LeftOut("json-ld in a script") ? null : JsonLdAnywhere(document)),
            OrderOf(document), new Lazy<IHtmlCollection<IElement>>(() => document.All(MarkedDates)));
    }

    // How the page writes a numeric date: by its language, else by the country its address names.
    private static NumericDateOrder OrderOf(IDocument document) => NumericDateOrders.Of(HtmlMetadata.Locale(document), HtmlMetadata.CanonicalUrl(document));

    // A clock time of exactly midnight, with or without seconds and fractions ("T00:00:00.000Z", "T00:00+01:00").
    [GeneratedRegex(@"[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex MidnightTime();
}
