using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// A label over furniture ("Mehr zum Thema" over a list of further stories, "About the author" over an author box,
/// "Advertisement:" over an ad) stays when the clean-up removes the furniture, and then reads as a line of the article.
/// Measured before the clean-up, it is a short label that is either all that is left of a box that lost the rest of
/// its text, or a box just before a box that went whole. A section heading over a removed picture heads the prose
/// after it and stays; a short line beside the article's own paragraphs is in a box that kept them, and a paragraph
/// of its own just before removed furniture may be a signature ("See you soon, Anna" over a related-posts list), so both stay.
/// </summary>
internal sealed class OrphanLabels
{
    // The text a box must have lost (letters, digits and signs, not white space) to count as emptied: more than a
    // picture's credit, an empty embed or a share bar's few words.
    private const int MinLost = 100;
    private const int MaxLabelLength = 50;
    private const int MaxLabelWords = 6;

    private readonly Dictionary<IElement, int> before = [];
    private readonly Dictionary<IElement, IElement> previousBefore = [];

    private OrphanLabels() { }

    /// <summary>The text of every box of <paramref name="article"/>, and the box before each, ahead of the clean-up.</summary>
    public static OrphanLabels Measure(IElement article)
    {
        var labels = new OrphanLabels();
        Count(article, labels.before, labels.previousBefore);
        return labels;
    }

    /// <summary>Removes from <paramref name="article"/> the labels left over furniture the clean-up removed.</summary>
    public void Remove(IElement article)
    {
        var after = new Dictionary<IElement, int>();
        Count(article, after);
        var orphans = new HashSet<IElement>();
        AddEmptiedBoxes(article, after, orphans);
        foreach (var (box, length) in before)
            if (!after.ContainsKey(box) && length >= MinLost && previousBefore.TryGetValue(box, out var label)
                && label.LocalName != "p" && after.TryGetValue(label, out var left) && left == before[label] && !IsHeading(label) && IsLabel(label, left))
                orphans.Add(label);
        foreach (var orphan in orphans) orphan.Remove();
    }

    private void AddEmptiedBoxes(IElement element, Dictionary<IElement, int> after, HashSet<IElement> orphans)
    {
        foreach (var child in element.Children)
        {
            if (before.TryGetValue(child, out var length) && length - after[child] >= MinLost && IsLabel(child, after[child])) orphans.Add(child);
            else AddEmptiedBoxes(child, after, orphans);
        }
    }

    private static bool IsLabel(IElement box, int length)
    {
        if (length == 0 || box.DescendantElements(e => e.LocalName == ArticleLead.TitleMark).Count > 0) return false;
        var text = box.InnerText();
        return text.Length <= MaxLabelLength && text.Split(' ').Length <= MaxLabelWords && !ArticleFurniture.EndsSentence(text);
    }

    private static bool IsHeading(IElement box) =>
        box.IsHeading() || box.DescendantElements(e => e.IsHeading()).Count > 0;

    // Letters, digits and signs below each element, counted once bottom-up; with each element's previous element
    // sibling when asked (found on the way: AngleSharp's sibling look-up scans the parent's children every time).
    private static int Count(IElement element, Dictionary<IElement, int> lengths, Dictionary<IElement, IElement>? previous = null)
    {
        var length = 0;
        IElement? last = null;
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                length += Count(child, lengths, previous);
                if (last is not null && previous is not null) previous[child] = last;
                last = child;
            }
            else if (node is IText text) foreach (var c in text.Data) if (!char.IsWhiteSpace(c)) length++;
        }
        lengths[element] = length;
        return length;
    }
}
