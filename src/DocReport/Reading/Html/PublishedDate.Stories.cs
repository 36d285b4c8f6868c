using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>The article's title heading, and the dates of further stories around it: a source's candidates nearest the title first, a date inside another story's card passed over.</summary>
internal static partial class PublishedDate
{
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
            // a link to the previous or next post names that post ("« Whiskydinner 14.12.2019, 19 Uhr"), often with its day
            if (box.LocalName == "a" && box.GetAttribute("rel")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { } rel && rel.Any(r => r is "prev" or "next")) return true;
            if (RelatedStoriesClass().IsMatch(box.ClassAndId())) return true;
            // a quotation's date is the quoted text's: an embedded post ("<blockquote class='instagram-media'>... <time>Apr 21, 2019</time>")
            if (box.LocalName == "blockquote") return true;
            if (depth >= MaxStoryItemDepth) continue;
            if (box.LocalName == "li" && box.ParentElement is { } list
                && list.Children.Count(item => item.LocalName == "li" && item.QuerySelector("a[href]") is not null) >= 2
                && (box.QuerySelectorAll("a[href]").Any(a => !a.Contains(element) && WordCount(a.TextContent) >= MinHeadlineWords && !AuthorOrTopicLink().IsMatch($"{a.GetAttribute("href")} {a.GetAttribute("rel")} {a.ClassName}"))
                    || box.QuerySelectorAll("a[href]").Any(a => !a.Contains(element)) && DatedLinkItems(list) >= 2))
                return true;
            if (IsArticleBox(box) && box.ChildNodes.QuerySelector(LinkedHeading) is { } heading && !LinksToPage(heading, document)
                && !IsPageArticle(box)) return true;
            if (IsTeaserCard(box, element, document)) return true;
        }
        return false;
    }

    // An article element, or a box marked as one for assistive technology (`<li role="article" class="teaser">`).
    private static bool IsArticleBox(IElement box) => box.LocalName == "article" || string.Equals(box.GetAttribute("role"), "article", StringComparison.OrdinalIgnoreCase);

    // A teaser card built of boxes with no list or article element (`<div class="card"><a>Forest history in the Black Forest</a>
    // <p>...</p><div>01.09.2004</div></div>`): a short box holding, besides the date, a link of four words or more to another page
    // of the site (a headline; not an author's or a topic's page, an action, nor an account elsewhere: "Twitter Account von Claudio
    // Kummerfeld"). The page's own line of details sits in a box with its title heading, or in the page's own article.
    private static bool IsTeaserCard(IElement box, IElement element, IDocument document) =>
        box.TextContent.Length <= MaxTeaserCard && !IsPageArticle(box) && box.QuerySelectorAll("a[href]").Any(a => !a.Contains(element) && WordCount(a.TextContent) >= MinHeadlineWords
            && !AuthorOrTopicLink().IsMatch($"{a.GetAttribute("href")} {a.GetAttribute("rel")} {a.ClassName}") && !IsNofollow(a)
            && ToOtherPageOfSite(a.GetAttribute("href")!, document) && !LinksToPage(a, document));

    // A link the site asks search engines not to follow is an action (print, send by e-mail, share: "Diese Seite per Email
    // verschicken.") or a reader's, not a headline of one of its stories.
    private static bool IsNofollow(IElement link) =>
        link.GetAttribute("rel")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("nofollow", StringComparer.OrdinalIgnoreCase) == true;

    // A link to another page of the page's own site: a relative address, or an absolute one on the site's host (www. or not).
    private static bool ToOtherPageOfSite(string href, IDocument document)
    {
        href = href.Trim();
        if (href.StartsWith('#') || UriScheme().Match(href) is { Success: true } scheme && !scheme.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return false;
        if (!href.StartsWith("//", StringComparison.Ordinal) && !UriScheme().IsMatch(href)) return true;
        var site = SiteHosts.GetValue(document, d => new(SiteHost.Of(d))).Value;
        return site is not null && Uri.TryCreate(href.StartsWith("//", StringComparison.Ordinal) ? "http:" + href : href, UriKind.Absolute, out var target)
            && WithoutWww(target.Host).Equals(WithoutWww(site), StringComparison.OrdinalIgnoreCase);
    }

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IDocument, System.Runtime.CompilerServices.StrongBox<string?>> SiteHosts = new();

    // A list whose items each hold a link and a date is a list of posts ("<li><a>Verallgemeinerung vs. Anekdote</a> <span
    // class='post-date'>31 März, 2014</span></li>", a widget of recent posts, whatever its headlines' length): the page's own
    // line of details holds one date.
    private static int DatedLinkItems(IElement list) =>
        list.Children.Count(item => item.LocalName == "li" && item.TextContent.Length <= MaxDatedItem && item.QuerySelector("a[href]") is not null
            && DateText.Find(item.TextContent) is not null);

    // A heading linked to the page's own address (its canonical link or og:url) is the page's title set as a link, as a blog
    // template sets every post's, not another story's.
    private static bool LinksToPage(IElement heading, IDocument document) =>
        LinksToPage((heading.LocalName == "a" ? heading : heading.Closest("a"))?.GetAttribute("href"), document);

    private static bool LinksToPage(string? href, IDocument document)
    {
        return href is not null && HtmlMetadata.CanonicalUrl(document) is { } own && Uri.TryCreate(own, UriKind.Absolute, out var page)
            && Uri.TryCreate(page, href, out var target) && target.Host == page.Host
            && target.AbsolutePath.TrimEnd('/') == page.AbsolutePath.TrimEnd('/');
    }

    // The page's own article element: a site may set the title heading outside it (in a breadcrumb, or a header section before
    // the text), and the article then holds linked headings of its own (related links, a box of further reading) like a story
    // card does. A card is a teaser; the article element with the most paragraphs of prose, three or more, is the story itself.
    private static bool IsPageArticle(IElement article) => article.Owner is { } document && PageArticles.GetValue(document, d => new(FindPageArticle(d))).Value == article;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IDocument, System.Runtime.CompilerServices.StrongBox<IElement?>> PageArticles = new();

    private static IElement? FindPageArticle(IDocument document) =>
        document.GetElementsByTagName("article").Select(a => (Article: a, Prose: ProseParagraphs(a))).Where(a => a.Prose >= MinArticleParagraphs)
            .OrderByDescending(a => a.Prose).Select(a => a.Article).FirstOrDefault();

    private static int ProseParagraphs(IElement element) => element.GetElementsByTagName("p").Count(p => p.TextContent.Trim().Length >= MinProseParagraph);

    private const int MinArticleParagraphs = 3;
    private const int MinProseParagraph = 100;
    private const int MaxStoryItemDepth = 6;
    private const int MaxDatedItem = 300;
    private const int MinHeadlineWords = 4;
    private const int MaxTeaserCard = 600;

    // English, German, French, Spanish, Portuguese, Italian and Polish names of boxes of further stories, as themes and CMSs
    // name them: related, recommended, most read or viewed, trending, popular, more stories, read also.
    [GeneratedRegex(@"related|recommend|most-?read|most-?viewed|most-?popular|popular-?posts|trending|more-?stories|(?:also|more)-?read|read-?(?:also|more-?stories)|verwandt|empfehlung|aehnlich|ähnlich|weitere-?artikel|lire-?aussi|articles-?lies|relacionad|recomendad|mas-?leid|correlat|leggi-?anche|piu-?lett|polecane|zobacz-?tez|powiazane", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedStoriesClass();

    [GeneratedRegex(@"author|autor|auteur|\btag\b|/tags?/|categor|/topics?/|/themen/|/people/|/profile", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorOrTopicLink();

    // An address's scheme ("https:", "mailto:", "javascript:"); a relative address has none.
    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex UriScheme();

    private static readonly ISelector LinkedHeading = Selectors.Parse("h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4");

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
