using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Inner text lengths and link densities of the elements of a tree that does not change meanwhile, each node read
/// once: scoring every candidate on its own read the page's big containers over and over.
/// </summary>
internal sealed class SubtreeText
{
    private readonly Dictionary<IElement, Summary> summaries = new(ReferenceEqualityComparer.Instance);

    /// <summary>The same as <see cref="Dom.LinkDensity"/>, while the tree stays as it was.</summary>
    public double LinkDensity(IElement element)
    {
        var summary = Of(element);
        return summary.Length == 0 ? 0 : (summary.Linked + summary.InPageLinked * Dom.InPageLinkWeight) / summary.Length;
    }

    // The text of a run of nodes, as InnerTextLength counts it: its length with white space collapsed and trimmed,
    // whether white space opens or closes it (a space between two runs), and the text of links inside it.
    private readonly record struct Summary(bool HasText, int Length, bool OpensWithSpace, bool ClosesWithSpace, int Linked, int InPageLinked)
    {
        public static Summary Of(string data)
        {
            var count = new Dom.SpaceCollapsingCount();
            count.Add(data);
            var hasText = count.Length > 0;
            var opens = data.Length > 0 && char.IsWhiteSpace(data[0]);
            var closes = data.Length > 0 && char.IsWhiteSpace(data[^1]);
            return new Summary(hasText, count.Length, opens || (!hasText && closes), closes || (!hasText && opens), 0, 0);
        }

        public Summary Then(Summary next)
        {
            var linked = Linked + next.Linked;
            var inPage = InPageLinked + next.InPageLinked;
            // A run without text only brings white space, which opens or closes it alike.
            if (!HasText && !next.HasText)
                return new Summary(false, 0, ClosesWithSpace || next.ClosesWithSpace, ClosesWithSpace || next.ClosesWithSpace, linked, inPage);
            if (!HasText) return next with { OpensWithSpace = next.OpensWithSpace || ClosesWithSpace, Linked = linked, InPageLinked = inPage };
            if (!next.HasText) return this with { ClosesWithSpace = ClosesWithSpace || next.ClosesWithSpace, Linked = linked, InPageLinked = inPage };
            var gap = ClosesWithSpace || next.OpensWithSpace ? 1 : 0;
            return new Summary(true, Length + gap + next.Length, OpensWithSpace, next.ClosesWithSpace, linked, inPage);
        }
    }

    private Summary Of(IElement element)
    {
        if (summaries.TryGetValue(element, out var known)) return known;
        var summary = new Summary(false, 0, false, false, 0, 0);
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            summary = children[i] switch
            {
                IText text => summary.Then(Summary.Of(text.Data)),
                IElement child => summary.Then(LinkCounted(child)),
                _ => summary,
            };
        }
        summaries[element] = summary;
        return summary;
    }

    // A link's own text counts towards the links of everything around it.
    private Summary LinkCounted(IElement element)
    {
        var summary = Of(element);
        if (element.LocalName != "a") return summary;
        return Dom.IsInPageLink(element)
            ? summary with { InPageLinked = summary.InPageLinked + summary.Length }
            : summary with { Linked = summary.Linked + summary.Length };
    }
}
