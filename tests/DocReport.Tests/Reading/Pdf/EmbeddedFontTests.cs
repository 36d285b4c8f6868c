using DocReport.Reading.Pdf;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;
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
    public void Composite_glyphs_of_ordinary_depth_pass_and_PdfPig_builds_them()
    {
        var font = Doubling(4);

        Assert.Null(Check(font));
        Assert.True(PdfPigBuilds(font));
    }

    [Fact]
    public void Composite_glyphs_doubling_level_after_level_are_refused()
    {
        Assert.Contains("points copied", Check(Doubling(16)));
    }

    [Fact]
    public void A_font_PdfPig_fails_to_parse_is_left_to_it_since_it_never_builds_its_glyphs()
    {
        var font = Doubling(16);
        var magic = font.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x5F, 0x0F, 0x3C, 0xF5]);
        font[magic] = 0;

        Assert.Throws<InvalidOperationException>(() => TrueTypeFontParser.Parse(new TrueTypeDataBytes(font)));
        Assert.Null(Check(font));
    }

    [Fact]
    public void The_budget_is_shared_by_the_fonts_of_one_document()
    {
        var budget = new GlyphBudget();

        Assert.Null(CompositeGlyphs.Check(Doubling(14), budget));
        Assert.Contains("points copied", CompositeGlyphs.Check(Doubling(14), budget));
    }

    [Fact]
    public void Glyphs_holding_more_points_than_the_budget_are_refused()
    {
        var copies = (int)(CompositeGlyphs.MaxPoints / 65_536) + 1;
        var font = Build([new Glyph(65_536), .. Enumerable.Repeat(new Glyph(0, 0), copies)]);

        Assert.Contains("hold more than", Check(font));
    }

    [Fact]
    public void A_cycle_back_to_the_first_composite_entered_is_read_since_PdfPig_breaks_it()
    {
        var font = Build([new Glyph(10), new Glyph(0, 0, 2), new Glyph(0, 3), new Glyph(0, 2)]);

        Assert.Null(Check(font));
        Assert.True(PdfPigBuilds(font));
    }

    [Fact]
    public void A_cycle_PdfPig_would_recurse_through_without_end_is_refused()
    {
        var font = Build([new Glyph(10), new Glyph(0, 2), new Glyph(0, 3), new Glyph(0, 4), new Glyph(0, 3)]);

        Assert.Contains("levels deep", Check(font));
    }

    [Fact]
    public void Components_nested_past_the_depth_limit_are_refused()
    {
        var chain = Enumerable.Range(0, CompositeGlyphs.MaxDepth + 2).Select(n => new Glyph(0, n + 1)).Append(new Glyph(3)).ToList();

        Assert.Contains("levels deep", Check(Build(chain)));
    }

    // Random component graphs (cycles, self references, shared parts): whatever the check lets through, PdfPig
    // builds; a font it should have refused would overflow the stack and stop the test run.
    [Fact]
    public void Every_random_font_the_check_passes_PdfPig_builds()
    {
        var random = new Random(5);
        var passed = 0;
        for (var i = 0; i < 300; i++)
        {
            var count = random.Next(2, 10);
            var glyphs = Enumerable.Range(0, count).Select(_ => random.Next(3) == 0
                ? new Glyph(random.Next(1, 50))
                : new Glyph(0, [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(count))])).ToList();
            var font = Build(glyphs);
            if (Check(font) is not null) continue;
            Assert.True(PdfPigBuilds(font));
            passed++;
        }
        Assert.InRange(passed, 100, 300);
    }

    [Fact]
    public void A_real_font_with_thousands_of_composite_glyphs_passes()
    {
        Assert.Null(Check(File.ReadAllBytes(DejaVuSans)));
    }

    [Fact]
    public void Bytes_that_are_not_a_TrueType_font_are_left_to_PdfPig()
    {
        Assert.Null(Check("OTTO and then anything"u8));
        Assert.Null(Check([0, 1, 0, 0, 0, 9]));
    }

    private static string? Check(ReadOnlySpan<byte> font) => CompositeGlyphs.Check(font, new GlyphBudget());

    private static bool PdfPigBuilds(byte[] font) =>
        TrueTypeFontParser.Parse(new TrueTypeDataBytes(font)).TryGetBoundingBox(0, code => code, out _);

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
