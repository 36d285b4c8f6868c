using System.Text.RegularExpressions;

namespace DocReport.Reading.Html;

/// <summary>The class/id and text patterns of Mozilla Readability.js 0.6 (Apache-2.0), which the extractor follows.</summary>
internal static partial class ReadabilityPatterns
{
    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", RegexOptions.IgnoreCase)]
    public static partial Regex UnlikelyCandidates();

    [GeneratedRegex("and|article|body|column|content|main|mathjax|shadow", RegexOptions.IgnoreCase)]
    public static partial Regex MaybeCandidate();

    [GeneratedRegex("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase)]
    public static partial Regex Positive();

    // DocReport's change: "hidden" after "label" is Drupal's "field--label-hidden", a field whose label is not shown, often
    // the article's own text.
    [GeneratedRegex("-ad-|(?<!label[-_]{0,2})hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget", RegexOptions.IgnoreCase)]
    public static partial Regex Negative();

    [GeneratedRegex("byline|author|dateline|writtenby|p-author", RegexOptions.IgnoreCase)]
    public static partial Regex Byline();

    [GeneratedRegex(@"(\b|_)(share|sharedaddy)(\b|_)", RegexOptions.IgnoreCase)]
    public static partial Regex ShareElements();

    // DocReport's addition: boxes that sit beside articles and that Readability keeps when they are short sentences.
    [GeneratedRegex(@"(\b|_)(newsletter|subscribe|subscription|signup|sign-up|cookie|cookies|consent|paywall|donate|promo)(\b|_)", RegexOptions.IgnoreCase)]
    public static partial Regex BoilerplateBoxes();

    [GeneratedRegex(@"\s{2,}")]
    public static partial Regex RunsOfSpace();

    [GeneratedRegex(@"\S$")]
    public static partial Regex HasContent();

    [GeneratedRegex(@"^#.+")]
    public static partial Regex HashUrl();

    [GeneratedRegex("[^A-Za-z0-9_]+")]
    public static partial Regex NonWord();

    [GeneratedRegex(@"\.( |$)")]
    public static partial Regex SentenceEnd();

    [GeneratedRegex(@"//(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq|bilibili|live\.bilibili)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)", RegexOptions.IgnoreCase)]
    public static partial Regex Videos();

    [GeneratedRegex(@"^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$", RegexOptions.IgnoreCase)]
    public static partial Regex AdWords();

    [GeneratedRegex(@"^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$", RegexOptions.IgnoreCase)]
    public static partial Regex LoadingWords();

    [GeneratedRegex(@"display\s*:\s*none", RegexOptions.IgnoreCase)]
    public static partial Regex DisplayNone();

    [GeneratedRegex(@"visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    public static partial Regex VisibilityHidden();

    // Readability anchors only the first and last alternative; kept as it is so the same pages qualify.
    [GeneratedRegex("^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicQuestion|BackgroundNewsArticle|BlogPosting|DiscussionForumPosting|LiveBlogPosting|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|TechArticle$")]
    public static partial Regex JsonLdArticleTypes();

    public static readonly HashSet<string> UnlikelyRoles = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];

    public static readonly HashSet<string> TagsToScore = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"];

    public static readonly HashSet<string> DivToParagraphElements = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"];

    public static readonly HashSet<string> KeepTagOnMerge = ["div", "article", "section", "p", "ol", "ul"];

    public static readonly HashSet<string> PhrasingElements =
    [
        "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i", "img",
        "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q", "ruby", "samp",
        "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr",
    ];
}
