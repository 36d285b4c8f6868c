using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Checks the TrueType fonts a PDF embeds before PdfPig lays out a single letter, since PdfPig cannot be stopped once
/// it expands a glyph: a document whose fonts would overrun the glyph budget fails alone, with the reason.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly string[] FontFileKeys = ["FontFile2", "FontFile3"];

    /// <summary>Null when every embedded TrueType font is safe to expand, else the reason to refuse the PDF.</summary>
    public static string? Check(PdfDocument pdf)
    {
        var structure = pdf.Structure;
        var budget = new GlyphBudget();
        foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (Descriptor(pdf, reference) is not { } descriptor) continue;
            foreach (var key in FontFileKeys)
            {
                if (!descriptor.Data.TryGetValue(key, out var token) || Resolve(pdf, token) is not StreamToken stream) continue;
                if (CompositeGlyphs.Check(stream.Decode(structure.FilterProvider, structure.TokenScanner).Span, budget) is { } reason)
                    return $"damaged PDF: an embedded font cannot be drawn ({reason})";
            }
        }
        return null;
    }

    // An object PdfPig cannot parse is left to the page reader, which may never need it.
    private static DictionaryToken? Descriptor(PdfDocument pdf, UglyToad.PdfPig.Core.IndirectReference reference)
    {
        try
        {
            return pdf.Structure.GetObject(reference).Data as DictionaryToken;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static IToken? Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;
}
