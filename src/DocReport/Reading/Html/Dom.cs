using System.Buffers;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>DOM helpers in the terms Readability uses: inner text, link density, traversal, retagging.</summary>
internal static class Dom
{
    public static string Tag(this INode node) => node is IElement e ? e.LocalName : "";

    /// <summary>The class and id joined by a space, as Readability matches its hints; most elements have neither, and share one string.</summary>
    public static string ClassAndId(this IElement element) =>
        string.IsNullOrEmpty(element.ClassName) && string.IsNullOrEmpty(element.Id) ? " " : (element.ClassName ?? "") + " " + (element.Id ?? "");

    /// <summary>Whether the element is a heading, h1 to h6.</summary>
    public static bool IsHeading(this IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>
    /// The text content; an element holding one text node (a script, a style) gives that node's text as it is, where
    /// AngleSharp would copy it through a string builder: a page's scripts run to hundreds of kilobytes.
    /// </summary>
    public static string Text(this IElement element) =>
        element.ChildNodes is { Length: 1 } children && children[0] is IText text ? text.Data : element.TextContent;

    /// <summary>Text content trimmed, with runs of white space made one space.</summary>
    public static string InnerText(this INode node, bool normalizeSpaces = true)
    {
        var text = node.TextContent.Trim();
        return normalizeSpaces ? ReadabilityPatterns.RunsOfSpace().Replace(text, " ") : text;
    }

    /// <summary>The length <see cref="InnerText"/> would have, counted without building the string.</summary>
    public static int InnerTextLength(this INode node)
    {
        var count = new SpaceCollapsingCount();
        if (node is IText text) count.Add(text.Data);
        else ForEachTextBelow(node, ref count, static (string data, ref SpaceCollapsingCount c) => { c.Add(data); return true; });
        return count.Length;
    }

    // Characters counted as trimmed text with each run of white space made one space.
    internal struct SpaceCollapsingCount
    {
        private bool pendingSpace, seenText;
        public int Length;

        public void Add(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
                if (seenText && pendingSpace) Length++;
                pendingSpace = false;
                seenText = true;
                Length++;
            }
        }
    }

    private delegate bool TextVisitor<TState>(string data, ref TState state);

    // The text nodes below a node in document order, walked by child index: AngleSharp's Descendants keeps a stack per
    // call and its sibling links scan the parent's children, which made text counting the extractor's main cost.
    // Stops when the visitor returns false.
    private static bool ForEachTextBelow<TState>(INode node, ref TState state, TextVisitor<TState> visit)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text ? !visit(text.Data, ref state) : !ForEachTextBelow(child, ref state, visit)) return false;
        }
        return true;
    }

    /// <summary>The elements below <paramref name="node"/> in document order that <paramref name="match"/> accepts (all without it).</summary>
    public static List<IElement> DescendantElements(this INode node, Func<IElement, bool>? match = null)
    {
        var found = new List<IElement>();
        AddDescendantElements(node, match, found);
        return found;
    }

    /// <summary>The number of elements of tag <paramref name="tag"/> below <paramref name="node"/>.</summary>
    public static int CountElements(this INode node, string tag)
    {
        var count = 0;
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            if (children[i] is IElement element) count += (element.LocalName == tag ? 1 : 0) + element.CountElements(tag);
        return count;
    }

    /// <summary>The element below <paramref name="node"/> with the most child elements, and their number (0 without any).</summary>
    public static (IElement? Parent, int Children) MostChildElements(this INode node)
    {
        (IElement? Parent, int Children) most = (null, 0);
        var children = node.ChildNodes;
        var count = 0;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement element) continue;
            count++;
            if (element.MostChildElements() is var below && below.Children > most.Children) most = below;
        }
        return node is IElement self && count > most.Children ? (self, count) : most;
    }

    private static void AddDescendantElements(INode node, Func<IElement, bool>? match, List<IElement> found)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement element) continue;
            if (match is null || match(element)) found.Add(element);
            AddDescendantElements(element, match, found);
        }
    }

    /// <summary>How much the text of a link to a place on the same page counts towards link density.</summary>
    public const double InPageLinkWeight = 0.3;

    /// <summary>Share of the text inside links; in-page anchors count less.</summary>
    public static double LinkDensity(this IElement element)
    {
        var textLength = element.InnerTextLength();
        if (textLength == 0) return 0;
        int linked = 0, inPage = 0;
        foreach (var link in element.DescendantElements(e => e.LocalName == "a"))
        {
            if (IsInPageLink(link)) inPage += link.InnerTextLength();
            else linked += link.InnerTextLength();
        }
        return (linked + inPage * InPageLinkWeight) / textLength;
    }

    /// <summary>Whether a link points to a place on the same page ("#comments").</summary>
    public static bool IsInPageLink(IElement link) =>
        link.GetAttribute("href") is { } href && ReadabilityPatterns.HashUrl().IsMatch(href);

    /// <summary>The next element in document order; with <paramref name="skipChildren"/>, past this element's subtree.</summary>
    public static IElement? NextElement(this IElement node, bool skipChildren = false)
    {
        if (!skipChildren && node.FirstElementChild is { } child) return child;
        for (IElement? current = node; current is not null; current = current.ParentElement)
            if (Siblings.NextElement(current) is { } sibling) return sibling;
        return null;
    }

    public static IElement? RemoveAndGetNext(this IElement node)
    {
        var next = node.NextElement(skipChildren: true);
        node.Remove();
        return next;
    }

    /// <summary>The element itself or its nearest ancestor of tag <paramref name="tag"/>; no selector is parsed, as Closest does on every call.</summary>
    public static IElement? ClosestTag(this IElement element, string tag)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
            if (e.LocalName == tag) return e;
        return null;
    }

    public static bool HasAncestorTag(this INode node, string tag, int maxDepth = 3, Func<IElement, bool>? filter = null)
    {
        var depth = 0;
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement, depth++)
        {
            if (maxDepth > 0 && depth > maxDepth) return false;
            if (parent.LocalName == tag && (filter is null || filter(parent))) return true;
        }
        return false;
    }

    public static List<IElement> Ancestors(this IElement node, int maxDepth = 0)
    {
        var result = new List<IElement>();
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            result.Add(parent);
            if (maxDepth > 0 && result.Count == maxDepth) break;
        }
        return result;
    }

    /// <summary>Replaces an element by one of another tag holding the same attributes and children.</summary>
    public static IElement Retag(this IElement node, string tag)
    {
        var replacement = node.Owner!.CreateElement(tag);
        foreach (var attribute in node.Attributes) TrySetAttribute(replacement, attribute.Name, attribute.Value);
        while (node.FirstChild is { } child) replacement.AppendChild(child);
        node.Parent?.ReplaceChild(replacement, node);
        return replacement;
    }

    // The parser keeps attribute names the DOM refuses to set (not XML names: a quote, '<', a stray symbol); the reader uses none of them.
    private static void TrySetAttribute(IElement element, string name, string value)
    {
        try { element.SetAttribute(name, value); }
        catch (DomException) { }
    }

    public static bool IsWhitespace(this INode node) =>
        (node.NodeType == NodeType.Text && node.TextContent.Trim().Length == 0) || node.Tag() == "br";

    public static bool IsPhrasingContent(this INode node) =>
        node.NodeType == NodeType.Text
        || ReadabilityPatterns.PhrasingElements.Contains(node.Tag())
        || (node.Tag() is "a" or "del" or "ins" && node.ChildNodes.All(IsPhrasingContent));

    public static bool IsProbablyVisible(this IElement node)
    {
        var style = node.GetAttribute("style");
        if (style is not null && (ReadabilityPatterns.DisplayNone().IsMatch(style) || ReadabilityPatterns.VisibilityHidden().IsMatch(style))) return false;
        if (node.HasAttribute("hidden")) return false;
        return node.GetAttribute("aria-hidden") != "true" || (node.ClassName ?? "").Contains("fallback-image");
    }

    /// <summary>Whether any text inside is more than white space; stops at the first such character.</summary>
    public static bool HasText(this INode node)
    {
        var found = false;
        ForEachTextBelow(node, ref found, static (string data, ref bool f) => !(f = !string.IsNullOrWhiteSpace(data)));
        return found;
    }

    private static readonly SearchValues<char> CommaChars = SearchValues.Create("\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C");

    /// <summary>The number of commas of any script in the text inside (Readability's comma pattern), counted without building the text.</summary>
    public static int CommaCount(this INode node)
    {
        var commas = 0;
        ForEachTextBelow(node, ref commas, static (string data, ref int n) =>
        {
            var rest = data.AsSpan();
            for (int at; (at = rest.IndexOfAny(CommaChars)) >= 0; rest = rest[(at + 1)..]) n++;
            return true;
        });
        return commas;
    }

    /// <summary>The number of ASCII commas in the text inside.</summary>
    public static int AsciiCommaCount(this INode node)
    {
        var commas = 0;
        ForEachTextBelow(node, ref commas, static (string data, ref int n) => { n += data.AsSpan().Count(','); return true; });
        return commas;
    }

    public static bool IsElementWithoutContent(this IElement node) =>
        !node.HasText()
        && (node.ChildElementCount == 0
            || node.ChildElementCount == node.CountElements("br") + node.CountElements("hr"));

    public static bool HasSingleTagInside(this IElement element, string tag) =>
        element.ChildElementCount == 1 && element.FirstElementChild!.LocalName == tag
        && !element.ChildNodes.Any(n => n.NodeType == NodeType.Text && ReadabilityPatterns.HasContent().IsMatch(n.TextContent));

    public static bool HasChildBlockElement(this INode element) =>
        element.ChildNodes.Any(n => ReadabilityPatterns.DivToParagraphElements.Contains(n.Tag()) || HasChildBlockElement(n));

    /// <summary>The next sibling that is an element or holds non-space text.</summary>
    public static INode? SkipWhitespaceText(INode? node)
    {
        while (node is not null && node.NodeType != NodeType.Element && node.TextContent.Trim().Length == 0) node = Siblings.Next(node);
        return node;
    }

    /// <summary>Share of the text that lies inside elements of the given tags.</summary>
    public static double TextDensity(this IElement element, IReadOnlyCollection<string> tags)
    {
        var textLength = element.InnerTextLength();
        if (textLength == 0) return 0;
        var inside = element.DescendantElements(e => tags.Contains(e.LocalName)).Sum(e => e.InnerTextLength());
        return (double)inside / textLength;
    }

    /// <summary>Readability's word-overlap similarity of <paramref name="b"/> to <paramref name="a"/>, in [0,1].</summary>
    public static double TextSimilarity(string a, string b)
    {
        var tokensA = Tokens(a);
        var tokensB = Tokens(b);
        if (tokensA.Length == 0 || tokensB.Length == 0) return 0;
        var uniqueB = tokensB.Where(t => !tokensA.Contains(t));
        return 1 - (double)string.Join(' ', uniqueB).Length / string.Join(' ', tokensB).Length;
    }

    private static string[] Tokens(string s) =>
        ReadabilityPatterns.NonWord().Split(s.ToLowerInvariant()).Where(t => t.Length > 0).ToArray();
}
