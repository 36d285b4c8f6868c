namespace DocReport.Layout;

/// <summary>
/// A page laid out, told to the callback of <see cref="Document.Render(Stream, Action{PageRendered})"/>. A document is laid
/// out twice: a first pass counts its pages (<see cref="Pages"/> is 0 then), a second draws them with the count known.
/// </summary>
/// <param name="Page">The pages laid out so far in this pass, from 1.</param>
/// <param name="Pages">In the drawing pass, the document's pages; 0 in the counting pass.</param>
public readonly record struct PageRendered(int Page, int Pages)
{
    /// <summary>True in the second pass, which draws the pages and writes them out.</summary>
    public bool Drawing => Pages > 0;
}
