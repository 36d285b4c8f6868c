namespace DocReport.Reading.Pdf;

/// <summary>What PdfPig may spend building the glyphs of one document's embedded fonts, since it keeps every font it loads.</summary>
internal sealed class GlyphBudget
{
    /// <summary>Points, contour ends and components copied or read so far.</summary>
    public long Steps { get; set; }

    /// <summary>Points kept in built glyphs so far.</summary>
    public long Points { get; set; }

    /// <summary>Null while within <see cref="CompositeGlyphs.MaxSteps"/> and <see cref="CompositeGlyphs.MaxPoints"/>, else which is overrun.</summary>
    public string? Overrun => Steps > CompositeGlyphs.MaxSteps
        ? $"building its glyphs needs more than {CompositeGlyphs.MaxSteps:N0} points copied"
        : Points > CompositeGlyphs.MaxPoints ? $"its glyphs hold more than {CompositeGlyphs.MaxPoints:N0} points" : null;
}
