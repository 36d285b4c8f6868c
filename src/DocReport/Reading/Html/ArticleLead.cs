using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Finds the standfirst of an article: the paragraphs between the title heading and the body that the scoring
/// chose ("p.lead", "h2.article-deck", a subtitle in the header). Pages set them apart from the body, so the body's
/// container leaves them out, yet they are the article's first words. Only prose qualifies: links, datelines, share bars
/// and boxes whose class names a byline, caption or promotion stay out.
/// </summary>
internal static class ArticleLead
{
    /// <summary>The tag of the empty element that stands where the title heading was.</summary>
    public const string TitleMark = "docreport-title";

    // A standfirst is a paragraph or two; more text between title and body is something else (a teaser list, a sidebar).
    private const int MaxLeadLength = 1200;
    private const int MinBlockLength = 60;
    private const double MaxLinkDensity = 0.25;
    // Prose is mostly letters; a dateline ("04.05.2015 à 13h36 • Mis à jour ...") is mostly digits and separators.
    private const double MinLetterShare = 0.75;

    private static readonly HashSet<string> TextBlocks = ["p", "h2", "h3", "h4", "h5", "h6", "blockquote"];

    /// <summary>The lead blocks between <paramref name="titleMark"/> and <paramref name="body"/>, in page order; empty when there are none or too many.</summary>
    public static IReadOnlyList<IElement> Find(IElement? titleMark, IElement body, ContentScores scores)
    {
        if (titleMark is null || titleMark.Contains(body) || body.Contains(titleMark)
            || (body.CompareDocumentPosition(titleMark) & DocumentPositions.Preceding) == 0) return [];
        var lead = new List<IElement>();
        for (var node = titleMark.NextElement(); node is not null && node != body;)
        {
            if (node.Contains(body)) { node = node.NextElement(); continue; }
            if (!IsTextBlock(node)) { node = node.NextElement(); continue; }
            if (IsProse(node, body, titleMark, scores)) lead.Add(node);
            node = node.NextElement(skipChildren: true);
        }
        return lead.Sum(e => e.InnerTextLength()) <= MaxLeadLength ? lead : [];
    }

    private static double LetterShare(string text)
    {
        var visible = text.Count(c => !char.IsWhiteSpace(c));
        return visible == 0 ? 0 : (double)text.Count(char.IsLetter) / visible;
    }

    private static bool IsTextBlock(IElement element) =>
        TextBlocks.Contains(element.LocalName) || (element.LocalName is "div" or "section" && !element.HasChildBlockElement() && element.HasText());

    // The box that holds the title heading is the article's own header, whatever furniture word its class holds
    // ("breadcrumbs-area"); Readability's negative class words still rule it out.
    private static bool IsProse(IElement block, IElement body, IElement titleMark, ContentScores scores)
    {
        if (block.InnerTextLength() < MinBlockLength || block.LinkDensity() > MaxLinkDensity || block.HasAncestorTag("a", -1)) return false;
        // A picture's caption set in a paragraph is no standfirst, whatever its box's class; a figure that holds the title
        // heading is the article's header set over its picture, standfirst and all.
        if ((block.ClosestTag("figure") ?? block.ClosestTag("figcaption")) is { } figure && !figure.Contains(titleMark)) return false;
        if (LetterShare(block.InnerText()) < MinLetterShare) return false;
        for (var e = block; e is not null && !e.Contains(body); e = e.ParentElement)
            if (scores.ClassWeight(e) < 0 || (ArticleFurniture.HasFurnitureClass(e) && !e.Contains(titleMark)) || ReadabilityPatterns.Byline().IsMatch(e.ClassAndId()))
                return false;
        return true;
    }
}
