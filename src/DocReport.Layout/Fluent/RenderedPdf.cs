namespace DocReport.Layout;

/// <summary>What writing a document as PDF gave.</summary>
/// <param name="Pages">The number of pages.</param>
/// <param name="CutPages">
/// Pages (from 1) holding content larger than a page even when it starts one, drawn cut at the page's edges with a
/// red zigzag on the cut: what lies beyond the cut is not in the PDF.
/// </param>
public sealed record RenderedPdf(int Pages, IReadOnlyList<int> CutPages);
