using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// A box that held a label over furniture ("Mehr zum Thema" over a list of further stories, "About the author" over an
/// author box, "Advertisement:" over an ad) loses the furniture to the clean-up and keeps the label, which then reads
/// as a line of the article. Measured before the clean-up, such a box is one that lost most of its text and holds only
/// a short label now; it goes whole. A label beside the article's own paragraphs (a signature over a share bar) is in
/// a box that kept them, so it stays.
/// </summary>
internal sealed class OrphanLabels
{
    // The text a box must have lost (letters and digits, not counting white space) to be an emptied box, not one that
    // lost a picture's credit or an empty embed.
    private const int MinLost = 100;
    private const int MaxLabelLength = 50;
    private const int MaxLabelWords = 6;

    private readonly Dictionary<IElement, int> before = [];

    private OrphanLabels() { }

    /// <summary>The text of every box of <paramref name="article"/> before the clean-up.</summary>
    public static OrphanLabels Measure(IElement article)
    {
        var labels = new OrphanLabels();
        Count(article, labels.before);
        return labels;
    }

    /// <summary>Removes from <paramref name="article"/> the boxes emptied of everything but a label.</summary>
    public void Remove(IElement article)
    {
        var after = new Dictionary<IElement, int>();
        Count(article, after);
        var emptied = new List<IElement>();
        Find(article, after, emptied);
        foreach (var box in emptied) box.Remove();
    }

    private void Find(IElement element, Dictionary<IElement, int> after, List<IElement> emptied)
    {
        foreach (var child in element.Children)
        {
            if (IsEmptiedBox(child, after)) emptied.Add(child);
            else Find(child, after, emptied);
        }
    }

    private bool IsEmptiedBox(IElement box, Dictionary<IElement, int> after) =>
        after[box] > 0 && before.TryGetValue(box, out var length) && length - after[box] >= MinLost
        && box.DescendantElements(e => e.LocalName == ArticleLead.TitleMark).Count == 0
        && IsLabel(box.InnerText());

    private static bool IsLabel(string text) =>
        text.Length <= MaxLabelLength && text.Split(' ').Length <= MaxLabelWords && text[^1] is not ('.' or '!' or '?' or '…' or '"' or '”' or '»' or '。');

    // Letters, digits and punctuation below each element, counted once bottom-up.
    private static int Count(IElement element, Dictionary<IElement, int> lengths)
    {
        var length = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child) length += Count(child, lengths);
            else if (node is IText text) foreach (var c in text.Data) if (!char.IsWhiteSpace(c)) length++;
        }
        lengths[element] = length;
        return length;
    }
}
