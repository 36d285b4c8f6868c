using DocReport.Model;

namespace DocReport.Reading;

/// <summary>The format a file's content shows it to be, and its decoded text for a text format (null for PDF and DOCX).</summary>
internal sealed record FormatDetection(InputFormat Format, string? Text = null);
