using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// Sibling steps that cost one look a step. AngleSharp finds a node's place by scanning its parent's children from the
/// first, so each of its sibling steps costs the node's position, and a walk over a flat page of n paragraphs costs n²
/// (407,000 sibling paragraphs: minutes). Here a wide parent remembers where the last look-up found a child, and the
/// next one searches outwards from there: a walk forwards, even one removing what it passes, finds each node at once.
/// </summary>
internal static class Siblings
{
    // Below this many children, AngleSharp's own scan is as cheap as a remembered place.
    private const int WideParent = 32;

    private static readonly ConditionalWeakTable<INode, StrongBox<int>> LastPlace = new();

    [ThreadStatic] private static long looks;

    /// <summary>Children this thread has looked at to find a node's place (a test's count of the walk's cost).</summary>
    public static long Looks => looks;

    public static INode? Next(INode node) =>
        node.Parent is { } parent && PlaceOf(node, parent) is var (children, at) && at + 1 < children.Length ? children[at + 1] : null;

    public static IElement? NextElement(IElement node)
    {
        if (node.Parent is not { } parent) return null;
        var (children, at) = PlaceOf(node, parent);
        for (var i = at + 1; i < children.Length; i++)
        {
            looks++;
            if (children[i] is IElement element) { Remember(parent, children, i); return element; }
        }
        return null;
    }

    // The node's index among its parent's children, searched outwards from the remembered place of a wide parent.
    private static (INodeList Children, int At) PlaceOf(INode node, INode parent)
    {
        var children = parent.ChildNodes;
        var n = children.Length;
        var hint = n >= WideParent && LastPlace.TryGetValue(parent, out var box) ? Math.Min(box.Value, n - 1) : 0;
        for (var distance = 0; distance < n; distance++)
        {
            int after = hint + distance, before = hint - distance;
            if (after >= n && before < 0) break;
            looks++;
            if (after < n && children[after] == node) return (children, Remember(parent, children, after));
            if (distance > 0 && before >= 0 && children[before] == node) return (children, Remember(parent, children, before));
        }
        throw new InvalidOperationException("a node is not among its parent's children");
    }

    private static int Remember(INode parent, INodeList children, int at)
    {
        if (children.Length >= WideParent) LastPlace.GetOrCreateValue(parent).Value = at;
        return at;
    }
}
