using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>The main content of a page, its boxes' text before the clean-up, and the byline found while looking for it.</summary>
internal sealed record ExtractedArticle(IElement Content, OrphanLabels Labels, string? Byline);
