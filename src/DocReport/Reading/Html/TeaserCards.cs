using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Cards teasing the site's further stories: boxes side by side that each hold one heading linking to another page of the
/// site (or open with such a link as long as a headline) over a short summary ("Quay works run late" with its author, date
/// and first lines). They go with their summaries, which the linked heading's own rule leaves behind when the summary runs
/// long enough to look like a section's prose; a card whose only words beside its heading are its link's ("Link to the
/// story") is one too. A run of such cards goes even when an odd box sits among them (a box of
/// readers' comments, an advert): the cards go, the odd box is left to the other rules. A listicle's items link elsewhere
/// or run longer.
/// </summary>
internal static class TeaserCards
{
    private const int MinCards = 3;
    private const int MaxCardLength = 600;
    private const int MinHeadlineLength = 25;

    /// <summary>The cards of every run in <paramref name="article"/>: at least three cards among the children of one box, and
    /// at least half of those children; <paramref name="host"/> is the site's (<see cref="SiteHost"/>).</summary>
    public static List<IElement> Find(IElement article, string? host)
    {
        var cards = new List<IElement>();
        var found = new HashSet<IElement>();
        foreach (var box in article.DescendantElements(e => e.ChildElementCount >= MinCards))
        {
            if (found.Count > 0 && box.Ancestors<IElement>().Any(found.Contains)) continue;
            var run = box.Children.Where(c => IsCard(c, host)).ToList();
            if (run.Count < MinCards || run.Count * 2 < box.Children.Count(c => c.InnerTextLength() > 0)) continue;
            cards.AddRange(run);
            found.UnionWith(run);
        }
        return cards;
    }

    private static bool IsCard(IElement item, string? host)
    {
        if (item.InnerTextLength() > MaxCardLength) return false;
        var headings = item.DescendantElements(e => e.IsHeading());
        if (headings.Count == 0) return OpensWithHeadlineLink(item, host);
        if (headings.Count != 1) return false;
        if (ArticleFurniture.IsOnlyALink(headings[0])) return headings[0].GetElementsByTagName("a").All(a => ArticleFurniture.IsInternal(a, host));
        return item.InnerTextLength() > headings[0].InnerTextLength() && IsLinkedBeside(item, headings[0])
            && item.GetElementsByTagName("a").All(a => ArticleFurniture.IsInternal(a, host));
    }

    // A card whose heading is not linked is a teaser still when all its words but the heading's are a link's ("Link to the
    // story" over the whole card; a count of comments beside it has no words): a listicle's item has prose of its own.
    private static bool IsLinkedBeside(IElement item, IElement heading) =>
        item.GetElementsByTagName("a").Length > 0
        && item.Descendants<IText>().All(t => heading.Contains(t) || !t.Data.Any(char.IsLetter) || t.ParentElement?.ClosestTag("a") is not null);

    // A card without a heading element whose text opens with a link to another page of the site as long as a headline,
    // with more text after it: "Quay works run late" over its first lines, as a related-posts box sets its items.
    private static bool OpensWithHeadlineLink(IElement item, string? host)
    {
        var first = item.Descendants<IText>().FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Data));
        return first?.ParentElement?.ClosestTag("a") is { } link && item.Contains(link) && ArticleFurniture.IsInternal(link, host)
            && link.InnerTextLength() >= MinHeadlineLength && item.InnerTextLength() > link.InnerTextLength();
    }
}
