using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>Readability's clean-up of the chosen content: forms, share bars, embeds, negative headings, and blocks that look like boilerplate.</summary>
internal static class ArticleCleaner
{
    private const int ShareElementThreshold = 500;
    private const int MinTextOutsideBoxes = 200;

    private static readonly string[] HeadingTags = ["h1", "h2", "h3", "h4", "h5", "h6"];
    private static readonly HashSet<string> TextishTags = ["span", "li", "td", .. ReadabilityPatterns.DivToParagraphElements];

    public static void Clean(IElement article, ContentScores scores)
    {
        var dataTables = DataTables.Find(article);
        ReplyForms.Remove(article);
        AuthorBoxes.Remove(article);
        CleanConditionally(article, "form", scores, dataTables);
        CleanConditionally(article, "fieldset", scores, dataTables);
        RemoveAll(article, "object", "embed", "footer", "link", "aside");
        foreach (var child in article.Children.ToList()) RemoveShareElements(child);
        RemoveAll(article, "iframe", "input", "textarea", "select", "button");
        foreach (var heading in Elements(article, "h1", "h2").Where(h => scores.ClassWeight(h) < 0).Reverse()) heading.Remove();
        CleanConditionally(article, "table", scores, dataTables);
        CleanConditionally(article, "ul", scores, dataTables);
        CleanConditionally(article, "div", scores, dataTables);
        foreach (var h1 in Elements(article, "h1")) h1.Retag("h2");
        foreach (var p in Elements(article, "p").AsEnumerable().Reverse())
            if (!Elements(p, "img", "embed", "object", "iframe").Any() && p.InnerText(false).Length == 0) p.Remove();
    }

    private static List<IElement> Elements(IElement root, params string[] tags) =>
        root.DescendantElements(e => tags.Contains(e.LocalName));

    // One pass for all the tags: what lies inside an element removed goes with it whichever tag is removed first.
    private static void RemoveAll(IElement root, params string[] tags)
    {
        var found = Elements(root, tags);
        var wrapper = found.Where(e => e.LocalName is "aside" or "footer").ToList() is { Count: > 0 } boxes ? StoryWrapper(root, boxes) : null;
        foreach (var element in found.Where(e => !IsVideoEmbed(e) && e != wrapper)) element.Remove();
    }

    // A template that wraps the whole story in an <aside> or <footer> ("<main><aside class=direct-content><h1>...") has its
    // article there, not a sidebar: when nothing of the article lies outside such boxes, the one holding the title heading stays.
    private static IElement? StoryWrapper(IElement article, List<IElement> boxes)
    {
        var outermost = boxes.Where(b => !boxes.Any(o => o != b && o.Contains(b))).ToList();
        if (article.InnerTextLength() - outermost.Sum(b => b.InnerTextLength()) >= MinTextOutsideBoxes) return null;
        return outermost.FirstOrDefault(b => b.DescendantElements(e => e.LocalName == ArticleLead.TitleMark).Count > 0);
    }

    private static bool IsVideoEmbed(IElement element) =>
        element.LocalName is "object" or "embed" or "iframe"
        && element.Attributes.Any(a => ReadabilityPatterns.Videos().IsMatch(a.Value));

    private static void RemoveShareElements(IElement root)
    {
        var end = root.NextElement(skipChildren: true);
        var node = root.NextElement();
        while (node is not null && node != end)
        {
            node = IsShareOrBoilerplateBox(node)
                ? node.RemoveAndGetNext()
                : node.NextElement();
        }
    }

    /// <summary>A short element whose class or id names a share bar, newsletter box, cookie banner or the like.</summary>
    public static bool IsShareOrBoilerplateBox(IElement node)
    {
        var matchString = node.ClassAndId();
        return (ReadabilityPatterns.ShareElements().IsMatch(matchString) || ReadabilityPatterns.BoilerplateBoxes().IsMatch(matchString))
            && node.TextContent.Length < ShareElementThreshold;
    }

    // Last to first, so a block's descendants are judged before the block itself.
    private static void CleanConditionally(IElement root, string tag, ContentScores scores, HashSet<IElement> dataTables)
    {
        if (!scores.Flags.HasFlag(ExtractionFlags.CleanConditionally)) return;
        foreach (var node in Elements(root, tag).AsEnumerable().Reverse())
            if (node.ParentElement is not null && LooksLikeBoilerplate(node, tag, scores, dataTables)) node.Remove();
    }

    private static bool LooksLikeBoilerplate(IElement node, string tag, ContentScores scores, HashSet<IElement> dataTables)
    {
        var textLength = node.InnerTextLength();
        var isList = tag is "ul" or "ol";
        if (!isList)
        {
            var listLength = Elements(node, "ul", "ol").Sum(l => l.InnerTextLength());
            isList = textLength > 0 && (double)listLength / textLength > 0.9;
        }
        if (tag == "table" && dataTables.Contains(node)) return false;
        if (node.HasAncestorTag("table", -1, dataTables.Contains)) return false;
        if (node.HasAncestorTag("code")) return false;
        if (dataTables.Count > 0 && node.DescendantElements(e => e.LocalName == "table" && dataTables.Contains(e)).Count > 0) return false;
        var weight = scores.ClassWeight(node);
        if (weight < 0) return true;
        if (node.AsciiCommaCount() >= 10) return false;

        var paragraphs = node.CountElements("p");
        var images = node.CountElements("img");
        var listItems = node.CountElements("li") - 100;
        var inputs = node.CountElements("input");
        var headingDensity = node.TextDensity(HeadingTags);
        var embeds = Elements(node, "object", "embed", "iframe");
        if (embeds.Any(IsVideoEmbed)) return false;
        // Both patterns match one short word, so only short texts need building.
        if (textLength <= 20 && node.InnerText() is var text
            && (ReadabilityPatterns.AdWords().IsMatch(text) || ReadabilityPatterns.LoadingWords().IsMatch(text))) return true;
        var linkDensity = node.LinkDensity();
        var textDensity = node.TextDensity(TextishTags);
        var isFigureChild = node.HasAncestorTag("figure");

        var remove = (!isFigureChild && images > 1 && (double)paragraphs / images < 0.5)
            || (!isList && listItems > paragraphs)
            || inputs > paragraphs / 3
            || (!isList && !isFigureChild && headingDensity < 0.9 && textLength < 25 && (images == 0 || images > 2) && linkDensity > 0)
            || (!isList && weight < 25 && linkDensity > 0.2)
            || (weight >= 25 && linkDensity > 0.5)
            || (embeds.Count == 1 && textLength < 75) || embeds.Count > 1
            || (images == 0 && textDensity == 0);
        // A list of images, one per item, stays.
        if (isList && remove && node.Children.All(c => c.ChildElementCount <= 1) && images == node.CountElements("li"))
            return false;
        return remove;
    }
}
