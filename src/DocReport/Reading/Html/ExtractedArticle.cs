using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>The main content of a page and the byline found while looking for it.</summary>
internal sealed record ExtractedArticle(IElement Content, string? Byline);
