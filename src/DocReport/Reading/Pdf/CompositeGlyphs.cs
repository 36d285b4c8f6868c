using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Replays, without copying a point, how PdfPig 0.1.16 builds a TrueType font's glyphs (GlyphDataTable.ReadGlyphs), as
/// soon as it needs one letter's bounds, and refuses only a font whose build would overrun the document's budget.
/// PdfPig builds a composite glyph by copying all the points merged so far once per component and reads its component
/// list on until a flag says stop, past the glyph's own bytes if need be: a damaged font asks for billions of point
/// copies (54 KB of font took 15 s of CPU and 2.6 GB), and a cycle its recursion does not break overflows the stack,
/// which no catch stops.
/// </summary>
internal static class CompositeGlyphs
{
    /// <summary>
    /// PdfPig's recursion depth allowed: a real font nests a handful of levels, and a cycle PdfPig does not break
    /// recurses without end; a thousand frames fit in any thread's stack.
    /// </summary>
    public const int MaxDepth = 1_000;

    /// <summary>
    /// Points, contour ends and components PdfPig may copy or read, for all the fonts of one document: about 3 s of
    /// CPU here (47 million took PdfPig 1.6 s); the largest real font seen needs 1.3 million.
    /// </summary>
    public const long MaxSteps = 100_000_000;

    /// <summary>Points PdfPig keeps in the glyphs it built, for all the fonts of one document: 40 million peaked at 570 MiB.</summary>
    public const long MaxPoints = 40_000_000;

    /// <summary>
    /// Null when PdfPig can build the font's glyphs within what is left of the budget, or would not build them at all
    /// (bytes that are not a TrueType font with outlines, or a font PdfPig fails to parse); else why not.
    /// </summary>
    public static string? Check(ReadOnlySpan<byte> font, GlyphBudget budget) =>
        GlyfTables.Read(font) is { } tables && Parses(font) ? new GlyphBuild(tables, budget).Run() : null;

    private static bool Parses(ReadOnlySpan<byte> font)
    {
        try
        {
            TrueTypeFontParser.Parse(new TrueTypeDataBytes(font.ToArray()));
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }
}
