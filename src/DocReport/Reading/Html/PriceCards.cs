using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// A shop's card set into an article (a product's name, its price on a line of its own, "Buy now") and a facts box with a
/// cost ("Easy", "25 - 100 €", "1-2 days") are no part of its text: the box around a line that is only a price goes while
/// it stays short and holds no sentence. A price inside a sentence or beside a label on its line ("Adults: 12 €") is the
/// article's, and a table's prices are its data.
/// </summary>
internal static partial class PriceCards
{
    private const int MaxCardLength = 200;

    /// <summary>The outermost such boxes of <paramref name="article"/>, in document order.</summary>
    public static List<IElement> Find(IElement article)
    {
        var cards = new List<IElement>();
        foreach (var line in article.DescendantElements(IsPriceLine))
        {
            if (line.ClosestTag("table") is not null || cards.Any(c => c.Contains(line))) continue;
            var card = line;
            while (card.ParentElement is { } parent && parent != article && IsCardSized(parent)) card = parent;
            if (card != line && card.InnerTextLength() > line.InnerTextLength()) cards.Add(card);
        }
        return cards;
    }

    // An element whose whole text is a price, on a line of its own: no text beside it in its parent.
    private static bool IsPriceLine(IElement element) =>
        element.InnerTextLength() is > 0 and <= 30 && element.InnerText().Trim() is var text && Amount().IsMatch(text) && Currency().IsMatch(text)
        && !(element.IsPhrasingContent() && element.ParentElement is { } parent && parent.InnerTextLength() > element.InnerTextLength());

    private static bool IsCardSized(IElement box) =>
        box.InnerTextLength() <= MaxCardLength && !Sentence().IsMatch(box.InnerText());

    // An amount or a range of amounts with a currency's sign or code before or after it: "24,99 €", "$110.00", "25 - 100 €",
    // "CHF 12.-" (the sign is asked apart: a year alone is no price).
    [GeneratedRegex(@"^(?:(?:[€$£¥₹]|EUR|USD|GBP|CHF)\s?)?\d{1,3}(?:[.,' ]\d{3})*(?:[.,](?:\d{1,2}|-{1,2}))?(?:\s?[-–]\s?\d{1,3}(?:[.,' ]\d{3})*(?:[.,](?:\d{1,2}|-{1,2}))?)?(?:\s?(?:[€$£¥₹]|EUR|USD|GBP|CHF))?$")]
    private static partial Regex Amount();

    // The signs and ISO codes of the common currencies.
    [GeneratedRegex(@"[€$£¥₹]|EUR|USD|GBP|CHF")]
    private static partial Regex Currency();

    // A sentence's end: a full stop, question or exclamation mark after a letter, then a space or the end.
    [GeneratedRegex(@"\p{L}[.!?](?:\s|$)")]
    private static partial Regex Sentence();
}
