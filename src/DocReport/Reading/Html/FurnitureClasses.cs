using DocReport.Resources;

namespace DocReport.Reading.Html;

/// <summary>
/// Words that page templates put in the class or id of furniture inside an article's container. Gathered for
/// DocReport from the markup of common CMS themes (WordPress, Drupal, Ghost, news-site design systems); a class
/// or id is split into words at every non-letter, so "wp-caption-text" and "ArticleBody-related-coverage" match. The
/// same words in German, French, Spanish, Italian, Portuguese, Dutch and Polish (and the Latin spellings of Russian and
/// Chinese ones) are in Data/furniture_classes.txt.
/// </summary>
internal static class FurnitureClasses
{
    /// <summary>Picture captions and credits.</summary>
    public static readonly HashSet<string> Caption = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "caption", "captions", "figcaption", "credit", "credits", "copyright", "legend", "dida", "bildunterschrift",
        "photocredit", "imagecredit", "imgcaption",
    }.With(OtherLanguages("caption"));

    /// <summary>Author boxes, bylines and the date and reading-time lines beside them.</summary>
    public static readonly HashSet<string> Byline = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "byline", "author", "authors", "autor", "bio", "dateline", "postmetadata", "saboxplugin", "readtime", "timestamp",
    }.With(OtherLanguages("byline"));

    /// <summary>Links to other articles (a post's tag list among them), newsletter and subscription boxes, disclaimers, calls
    /// to action ("cta": donate, book a consultation), readers' ratings, download links, placeholders
    /// standing for embedded content not loaded (a consent gate before a social-media post), cookie and consent notices,
    /// and navigation bars and boxes ("navbar", "subnav", MediaWiki's "navbox").</summary>
    public static readonly HashSet<string> Promotion = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "related", "relatedposts", "recommended", "recommendations", "promo", "newsletter", "subscribe", "subscription",
        "paywall", "nextstory", "share", "sharing", "social", "tags", "disclaimer", "disclosure",
        "cta", "rating", "download", "placeholder",
        "breadcrumb", "breadcrumbs", "pagination", "pager", "advert", "advertisement", "sponsored", "outbrain", "taboola", "trending", "popular", "mostread",
        "cookie", "consent", "navbar", "subnav", "navbox",
    }.With(OtherLanguages("promotion"));

    /// <summary>Names of an author box, a box of further links, a share bar or a newsletter box in two or three words, none of
    /// which is furniture alone ("author-box", "en-savoir-plus", "post-navigation"); each is matched with its words apart and,
    /// when two, run together ("AuthorBox", "seealso"). "read more" is left out: a class "readmore" also marks text folded
    /// under a "read more" button, which is the article's.</summary>
    public static readonly HashSet<string> SeveralWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "see also", "read also", "also read", "further reading", "more stories",
        "author box", "about author", "author bio", "author info",
        "next post", "prev post", "previous post", "post navigation",
        "share buttons", "share bar", "social links", "social icons", "newsletter signup", "newsletter box",
        "en savoir plus", "savoir plus", "lire aussi", "leer mas", "leer más", "leggi anche", "lesen sie auch",
        "mehr zum thema", "weitere artikel", "lees ook", "leia tambem", "leia também", "czytaj takze", "czytaj także", "chitaite takzhe",
    };

    /// <summary>The same names with their words run together ("authorbox", "seealso").</summary>
    public static readonly HashSet<string> SeveralWordsJoined = SeveralWords.Select(n => n.Replace(" ", "")).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> With(this HashSet<string> words, IEnumerable<string> more)
    {
        words.UnionWith(more);
        return words;
    }

    private static IEnumerable<string> OtherLanguages(string kind) =>
        WordList.Load("Reading/Html/Data/furniture_classes.txt")
            .Select(l => l.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2 && p[0] == kind)
            .Select(p => p[1]);
}
