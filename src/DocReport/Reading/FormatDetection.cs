using DocReport.Model;

namespace DocReport.Reading;

/// <summary>The format a file's content shows it to be.</summary>
internal sealed record FormatDetection(InputFormat Format);
