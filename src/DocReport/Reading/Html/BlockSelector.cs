using AngleSharp.Dom;
using DocReport.Model;

namespace DocReport.Reading.Html;

/// <summary>
/// Chooses which blocks of a page's content the HTML reader gives, from the blocks (each with the element that holds it), the
/// content element and the page's title: the seam through which bench/TrafilaturaEval measures a learned block filter.
/// </summary>
internal delegate IEnumerable<Block> BlockSelector(IReadOnlyList<OwnedBlock> blocks, IElement content, string? title);
