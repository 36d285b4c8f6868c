namespace DocReport.Layout;

/// <summary>The PDF's document information, and whether to write PDF/A-2b.</summary>
public sealed record PdfMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    public string? Creator { get; init; }
    public string? Producer { get; init; }
    /// <summary>Creation and modification time; null leaves them out, so equal inputs give equal files.</summary>
    public DateTime? Created { get; init; }
    /// <summary>Writes PDF/A-2b (XMP metadata, embedded fonts, no transparency groups Skia cannot express).</summary>
    public bool PdfA { get; init; }
}
