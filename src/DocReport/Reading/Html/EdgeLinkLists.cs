using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Lists of links at the edges of the article's box: before its first heading and first paragraph of prose, a run of category
/// or breadcrumb links ("Blog", "Tiere in der Ernährungsindustrie"), wherever they link; after its last, a list of the publisher's social
/// accounts ("Facebook: Folgen Sie uns auf Facebook"). Between the two, a list of links to other sites is the article's own
/// (its sources, further reading), and <see cref="ArticleFurniture"/> judges lists of the site's own pages.
/// </summary>
internal static class EdgeLinkLists
{
    // A paragraph this long is the article's prose; a shorter one may be a label or a teaser's line.
    private const int MinProse = 100;
    private const int MinItems = 2;

    /// <summary>Such lists of <paramref name="article"/>, in document order.</summary>
    public static IEnumerable<IElement> Find(IElement article)
    {
        var prose = article.GetElementsByTagName("p").Where(p => p.InnerTextLength() >= MinProse && p.ClosestTag("li") is null).ToList();
        if (prose.Count == 0) yield break;
        // A list under a heading is that section's ("Mac Apps" over the apps an about page names), however short its prose.
        var opening = article.DescendantElements(e => e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && e.HasText()).FirstOrDefault() is { } heading
            && (heading.CompareDocumentPosition(prose[0]) & DocumentPositions.Following) != 0 ? heading : prose[0];
        foreach (var list in article.DescendantElements(e => e.LocalName is "ul" or "ol"))
        {
            if (!IsListOfLinks(list)) continue;
            if ((list.CompareDocumentPosition(opening) & DocumentPositions.Following) != 0
                || ((list.CompareDocumentPosition(prose[^1]) & DocumentPositions.Preceding) != 0 && LinksToAccounts(list)))
                yield return list;
        }
    }

    // Every item a link and no sentence; in-page anchors make a table of contents, which the article's headings answer.
    private static bool IsListOfLinks(IElement list)
    {
        var items = list.Children;
        return items.Length >= MinItems && items.All(i => i.LocalName == "li" && ArticleFurniture.IsOnlyALink(i) && !ArticleFurniture.EndsSentence(i.InnerText()))
            && list.GetElementsByTagName("a").All(a => a.GetAttribute("href")?.TrimStart().StartsWith('#') != true);
    }

    private static bool LinksToAccounts(IElement list) =>
        list.GetElementsByTagName("a").All(a => Uri.TryCreate(a.GetAttribute("href"), UriKind.Absolute, out var uri) && SocialAccounts.IsAccountOrApp(uri));
}
