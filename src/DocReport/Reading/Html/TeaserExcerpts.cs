using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Excerpts of the site's other stories set in the article's box: a short block whose text breaks off in an ellipsis
/// ("recorded on Wednesday, from...", "hat uns die Meinung diktiert, dass …", "co-presented by [&#8230;]"), in a box that
/// also links to the story apart from any sentence: its linked headline above the excerpt, a "mehr lesen" closing the
/// excerpt, or a short call after it ("READ THE REST", "Link zum Artikel") under the story's own heading. The box goes with
/// its excerpt and its headline. An article's own paragraph that trails off ("Und dann …") has no such link beside it, a
/// section of the article that ends on a linked line (its second part, another page) has no heading that links or that
/// titles a story, and a box as long as an article's part is not a teaser.
/// </summary>
internal static class TeaserExcerpts
{
    private const int MaxExcerptLength = 600;
    private const int MaxBoxLength = 1500;
    // A link of this many words or fewer after the excerpt calls to read on ("mehr lesen", "READ THE REST").
    private const int MaxReadOnWords = 4;
    // Text after the excerpt in its box beyond this much is prose of its own (a reply under a quotation).
    private const int MaxTextAfter = 100;
    private const int MaxLevels = 2;
    private const int MinProse = 100;
    private const double MaxProseLinks = 0.5;

    private static readonly string[] Ellipses = ["...", "…", "[…]", "[...]", "(…)", "(...)"];

    /// <summary>The boxes of such excerpts in <paramref name="article"/>; <paramref name="host"/> is the site's (<see cref="SiteHost"/>).</summary>
    public static List<IElement> Find(IElement article, string? host)
    {
        var boxes = new List<IElement>();
        foreach (var block in article.DescendantElements(e => e.LocalName is "p" or "div" && OwnsText(e)))
        {
            if (boxes.Any(b => b.Contains(block)) || !IsExcerpt(block, host)) continue;
            if (BoxOf(block, article, host) is { } box) boxes.Add(box);
        }
        return boxes;
    }

    /// <summary>Removes <paramref name="boxes"/> from <paramref name="article"/> when a paragraph of prose stands outside them:
    /// a page of excerpts alone is an index of the site's stories.</summary>
    public static void RemoveBesideProse(IElement article, List<IElement> boxes)
    {
        if (article.GetElementsByTagName("p").Any(p => p.InnerTextLength() >= MinProse && p.LinkDensity() < MaxProseLinks && !boxes.Any(b => b.Contains(p))))
            foreach (var box in boxes) box.Remove();
    }

    private static bool OwnsText(IElement element) => element.ChildNodes.OfType<IText>().Any(t => !string.IsNullOrWhiteSpace(t.Data));

    // The block's text, without a closing link that calls to read on, breaks off in an ellipsis.
    private static bool IsExcerpt(IElement block, string? host)
    {
        var length = block.InnerTextLength();
        if (length == 0 || length > MaxExcerptLength || block.ClosestTag("li") is not null || block.ClosestTag("table") is not null
            || block.ClosestTag("blockquote") is not null) return false;
        var text = block.InnerText().TrimEnd();
        if (ReadOnLink(block, host) is { } readOn) text = text[..^Math.Min(text.Length, readOn.InnerText().Length)].TrimEnd();
        return Ellipses.Any(e => text.EndsWith(e, StringComparison.Ordinal)) && text.Length > Ellipses.Max(e => e.Length);
    }

    private static IElement? ReadOnLink(IElement block, string? host) =>
        block.ChildNodes.LastOrDefault(n => n.HasText()) is IElement { LocalName: "a" } link && ArticleFurniture.IsInternal(link, host)
        && link.InnerText().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxReadOnWords
            ? link
            : null;

    // The smallest box around the excerpt, short of the article and at most two levels up, that links to the story;
    // none when the box grows as long as an article's part first. A forum post ending in "..." lies deeper under its
    // author's linked name.
    private static IElement? BoxOf(IElement excerpt, IElement article, string? host)
    {
        var readOn = ReadOnLink(excerpt, host);
        var box = excerpt;
        for (var level = 0; level <= MaxLevels && box is not null && box != article && box.InnerTextLength() <= MaxBoxLength; level++, box = box.ParentElement)
            if (box.GetElementsByTagName("a").Any(a => a == readOn || IsLinkToStory(a, excerpt, box, host)))
                return TextAfter(excerpt, box) <= MaxTextAfter ? box : null;
        return null;
    }

    // A link apart from any sentence that names the story or calls to read it: a heading's link above the excerpt (the
    // story's headline), or a call of a few words after it in a box with a heading above the excerpt (the story's title,
    // "Link zum Artikel" under it). A linked line that closes a part of the article ("Part two: the harbour after the flood")
    // has neither.
    private static bool IsLinkToStory(IElement link, IElement excerpt, IElement box, string? host)
    {
        if (!IsLinkApart(link, host)) return false;
        if (Precedes(link, excerpt)) return InHeading(link, box);
        return link.InnerText().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxReadOnWords
            && box.DescendantElements(e => e.IsHeading() && Precedes(e, excerpt)).Count > 0;
    }

    private static bool InHeading(IElement link, IElement box)
    {
        for (var e = link.ParentElement; e is not null && e != box.ParentElement; e = e.ParentElement)
            if (e.IsHeading()) return true;
        return false;
    }

    private static bool Precedes(IElement node, IElement excerpt) =>
        !node.Contains(excerpt) && (excerpt.CompareDocumentPosition(node) & DocumentPositions.Preceding) != 0;

    // The words of the box after the excerpt outside links: a teaser's date line, not a reply under a quoted post.
    private static int TextAfter(IElement excerpt, IElement box) =>
        box.Descendants<IText>().Where(t => !excerpt.Contains(t) && (excerpt.CompareDocumentPosition(t) & DocumentPositions.Following) != 0
            && t.ParentElement?.ClosestTag("a") is null).Sum(t => t.Data.Trim().Length);

    // A link with words that stands on its own: a heading's, a line's whole text ("Link zum Artikel"), or an inline among
    // blocks; not a link inside a sentence, even one wrapped in a span.
    private static bool IsLinkApart(IElement link, string? host)
    {
        if (!link.HasText() || !ArticleFurniture.IsInternal(link, host) || link.ParentElement is not { } parent
            || !(ArticleFurniture.IsOnlyALink(parent) || (!parent.IsPhrasingContent() && !OwnsText(parent)))) return false;
        var inline = link;
        while (inline.ParentElement is { } outer && outer.IsPhrasingContent()) inline = outer;
        return inline.ParentElement is { } line
            && (ArticleFurniture.IsOnlyALink(line) || !line.ChildNodes.Any(n => n != inline && n.IsPhrasingContent() && n.HasText()));
    }
}
