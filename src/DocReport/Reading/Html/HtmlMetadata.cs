using System.Net;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using DocReport.Model;

namespace DocReport.Reading.Html;

/// <summary>Document metadata from JSON-LD, meta tags (Dublin Core, OpenGraph, Twitter, Parse.ly), &lt;title&gt;, &lt;time&gt; and the page's byline.</summary>
internal static class HtmlMetadata
{
    private static readonly ISelector Canonical = Selectors.Parse("link[rel='canonical']");
    private static readonly ISelector OpenGraphUrl = Selectors.Parse("meta[property='og:url']");
    private static readonly ISelector ContentLanguage = Selectors.Parse("meta[http-equiv='content-language']");
    private static readonly ISelector OpenGraphLocale = Selectors.Parse("meta[property='og:locale']");

    /// <summary>Title and byline as Readability finds them, before extraction (the title guides it), with the date <see cref="PublishedDate"/> found.</summary>
    public static DocumentMetadata FromHead(IDocument document, JsonLdArticle? jsonLd, string? published)
    {
        var meta = new MetaTags(document);
        var title = jsonLd?.Title
            ?? meta.First("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title")
            ?? ArticleTitle.FromDocument(document);
        var articleAuthor = meta.First("article:author") is { } a && !Uri.IsWellFormedUriString(a, UriKind.Absolute) ? a : null;
        var authors = jsonLd is { Authors.Count: > 0 }
            ? jsonLd.Authors
            : BylineText.SplitNames(Decode(meta.First("dc:creator", "dcterm:creator", "author", "parsely-author") ?? articleAuthor) ?? "");
        var url = CanonicalUrl(document);
        // The site's host names it too: a page filling its author field with "FinanceScout24" or "Kirche und Leben" names no author.
        string?[] siteNames = [Decode(jsonLd?.SiteName), Decode(meta.First("og:site_name")), .. SiteHost.NameLabels(url)];
        return new DocumentMetadata
        {
            Title = Decode(title),
            Authors = BylineText.WithoutSiteName(authors.Select(n => Decode(n)!).ToList(), jsonLd?.Persons ?? [], siteNames),
            Published = published,
            SiteName = Decode(jsonLd?.SiteName ?? meta.First("og:site_name")),
            Url = url,
            Language = Language(document),
        };
    }

    /// <summary>Fills authors and date the head did not give: from the byline element, then from byline and date lines atop the
    /// article. A byline element naming a person also wins over a head that names only organisations (an institute or a paper filling every page's author field), which
    /// <paramref name="persons"/> (the JSON-LD's Person authors) and the names' shape tell.</summary>
    public static DocumentMetadata Complete(DocumentMetadata metadata, IReadOnlyList<string> persons, string? bylineElement, DocumentMetadata bylineLines)
    {
        // The byline the page shows keeps a site account's name ("kj", "c1ph4") and a desk named by its site ("Team example.pl"):
        // it is what the reader sees signed; in the head's author field either is a template's filling.
        var shown = string.IsNullOrWhiteSpace(bylineElement) ? []
            : BylineText.WithoutSiteName(BylineText.SplitNames(WhitespaceCollapsed(bylineElement), asShown: true), [], metadata.SiteName);
        var organisationsOnly = !metadata.Authors.Any(a => persons.Contains(a, StringComparer.OrdinalIgnoreCase) || BylineText.IsPersonName(a));
        var authors = metadata.Authors.Count > 0 && !(organisationsOnly && shown.Any(BylineText.IsPersonName)) ? metadata.Authors
            : shown.Count > 0 ? shown
            : bylineLines.Authors;
        return metadata with { Authors = authors, Published = metadata.Published ?? bylineLines.Published };
    }

    private static string? Decode(string? value) => value is null ? null : WebUtility.HtmlDecode(value);

    private static string WhitespaceCollapsed(string value) => ReadabilityPatterns.RunsOfSpace().Replace(value.Trim(), " ");

    /// <summary>The page's own address, from its canonical link or og:url.</summary>
    public static string? CanonicalUrl(IDocument document) =>
        document.First(Canonical)?.GetAttribute("href") ?? document.First(OpenGraphUrl)?.GetAttribute("content");

    /// <summary>The page's language tag, from its root element, a content-language header or og:locale.</summary>
    public static string? Language(IDocument document)
    {
        var lang = document.DocumentElement?.GetAttribute("lang")
            ?? document.First(ContentLanguage)?.GetAttribute("content")
            ?? document.First(OpenGraphLocale)?.GetAttribute("content")?.Replace('_', '-');
        return string.IsNullOrWhiteSpace(lang) ? null : lang.Trim();
    }

    /// <summary>The page's language tag as <see cref="Language"/> gives it; a tag without a region ("en") takes the region of a
    /// later one of the same language (og:locale "en_US", which WordPress and most CMSs write): the region says how the page
    /// writes its numeric dates.</summary>
    public static string? Locale(IDocument document)
    {
        var tags = new[]
            {
                document.DocumentElement?.GetAttribute("lang"), document.First(ContentLanguage)?.GetAttribute("content"),
                document.First(OpenGraphLocale)?.GetAttribute("content")?.Replace('_', '-'),
            }
            .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList();
        if (tags.Count == 0) return null;
        var lang = tags[0];
        return lang.Contains('-') ? lang
            : tags.Skip(1).FirstOrDefault(t => t.StartsWith(lang + "-", StringComparison.OrdinalIgnoreCase) && t.Length > lang.Length + 1) ?? lang;
    }
}
