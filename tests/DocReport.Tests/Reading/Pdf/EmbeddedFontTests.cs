using DocReport.Reading.Pdf;
using static DocReport.Tests.Reading.Pdf.TrueTypeFixture;

namespace DocReport.Tests.Reading.Pdf;

/// <summary>
/// A TrueType font whose composite glyphs would make PdfPig copy points without end is found before PdfPig draws a
/// letter, and its PDF is refused alone with the reason; real fonts pass.
/// </summary>
public class EmbeddedFontTests
{
    private const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    // Each glyph places the one before it twice: glyph n holds 2^n copies of the 1,000 points of glyph 0.
    private static byte[] Doubling(int levels) =>
        Build([new Glyph(1000), .. Enumerable.Range(0, levels).Select(n => new Glyph(0, n, n))]);

    [Fact]
    public void Composite_glyphs_of_ordinary_depth_pass()
    {
        Assert.Null(CompositeGlyphs.Check(Doubling(4)));
    }

    [Fact]
    public void Composite_glyphs_doubling_level_after_level_are_refused()
    {
        Assert.Contains("points copied", CompositeGlyphs.Check(Doubling(16)));
    }

    [Fact]
    public void A_glyph_that_contains_itself_through_another_is_refused()
    {
        var font = Build([new Glyph(10), new Glyph(0, 0, 2), new Glyph(0, 3), new Glyph(0, 2)]);

        Assert.Contains("contains itself", CompositeGlyphs.Check(font));
    }

    [Fact]
    public void Components_nested_past_the_depth_limit_are_refused()
    {
        var chain = Enumerable.Range(0, CompositeGlyphs.MaxDepth + 2).Select(n => new Glyph(0, n + 1)).Append(new Glyph(3)).ToList();

        Assert.Contains("levels deep", CompositeGlyphs.Check(Build(chain)));
    }

    [Fact]
    public void A_real_font_with_thousands_of_composite_glyphs_passes()
    {
        Assert.Null(CompositeGlyphs.Check(File.ReadAllBytes(DejaVuSans)));
    }

    [Fact]
    public void Bytes_that_are_not_a_TrueType_font_are_left_to_PdfPig()
    {
        Assert.Null(CompositeGlyphs.Check("OTTO and then anything"u8));
        Assert.Null(CompositeGlyphs.Check([0, 1, 0, 0, 0, 9]));
    }

    [Fact]
    public void A_PDF_embedding_a_font_that_cannot_be_built_fails_alone_with_the_reason()
    {
        var result = Reader.Read("bomb.pdf", EmbeddedFontPdf.Build(Doubling(16), "Council budget"));

        Assert.False(result.Succeeded);
        Assert.Contains("embedded font", result.Error);
    }

    [Fact]
    public void A_PDF_embedding_a_real_TrueType_font_is_read()
    {
        var document = Reader.ReadOk("dejavu.pdf", EmbeddedFontPdf.Build(File.ReadAllBytes(DejaVuSans), "The council approved the budget."));

        Assert.Contains("The council approved the budget.", Reader.Texts(document));
    }
}
