namespace DocReport.Layout;

/// <summary>The PDF's document information, and whether to write PDF/A-2b.</summary>
public sealed record PdfMetadata
{
    /// <summary>The document title shown by PDF readers.</summary>
    public string? Title { get; init; }
    /// <summary>Who wrote the document.</summary>
    public string? Author { get; init; }
    /// <summary>What the document is about.</summary>
    public string? Subject { get; init; }
    /// <summary>Keywords, separated by commas.</summary>
    public string? Keywords { get; init; }
    /// <summary>The application that composed the document.</summary>
    public string? Creator { get; init; }
    /// <summary>The application that wrote the PDF.</summary>
    public string? Producer { get; init; }
    /// <summary>Creation and modification time; null leaves them out, so equal inputs give equal files.</summary>
    public DateTime? Created { get; init; }
    /// <summary>Writes PDF/A-2b (XMP metadata, embedded fonts, no transparency groups Skia cannot express).</summary>
    public bool PdfA { get; init; }
}
