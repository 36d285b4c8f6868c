using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// A template that sets one article's text in repeated boxes (a page builder's sections, a row per text block between
/// teasers) puts the page's best-scoring blocks in the same slot of each box. Readability's common ancestor asks for three
/// near-best alternatives; the same slot, named by tag and class three levels deep, says the boxes are one article's.
/// </summary>
internal static class RepeatedSlots
{
    private const int SlotDepth = 3;

    /// <summary>The box holding <paramref name="topCandidate"/> and the other top candidates set in its slot, or null.</summary>
    public static IElement? CommonAncestor(IElement topCandidate, IReadOnlyList<IElement> top)
    {
        if (Slot(topCandidate) is not { } slot) return null;
        var repeats = top.Where(c => c != topCandidate && !c.Contains(topCandidate) && !topCandidate.Contains(c) && Slot(c) == slot).ToList();
        if (repeats.Count == 0) return null;
        for (var parent = topCandidate.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (!repeats.All(parent.Contains)) continue;
            // Another story's box (its own headline) is the next article of a page that loads more, not a part of this one.
            return repeats.Any(r => BoxIn(parent, r).DescendantElements(e => e.LocalName is "h1" or ArticleLead.TitleMark).Count > 0) ? null : parent;
        }
        return null;
    }

    // Tag and classes of the element and its parents; null when one of them has no class (an unnamed box is no template's slot).
    private static string? Slot(IElement element)
    {
        var parts = new List<string>();
        for (var e = element; e is not null && parts.Count < SlotDepth; e = e.ParentElement)
        {
            if (string.IsNullOrWhiteSpace(e.ClassName)) return null;
            parts.Add(e.LocalName + "." + e.ClassName);
        }
        return parts.Count == SlotDepth ? string.Join(">", parts) : null;
    }

    private static IElement BoxIn(IElement ancestor, IElement element)
    {
        var box = element;
        while (box.ParentElement is { } parent && parent != ancestor) box = parent;
        return box;
    }
}
