using AngleSharp.Dom;
using DocReport.Model;

namespace DocReport.Reading.Html;

/// <summary>A block read from a page and the innermost block element that holds its text.</summary>
internal sealed record OwnedBlock(Block Block, IElement Owner);
