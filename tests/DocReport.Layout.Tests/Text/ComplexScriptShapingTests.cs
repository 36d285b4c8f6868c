using DocReport.Layout.Text;

namespace DocReport.Layout.Tests.Text;

/// <summary>
/// Scripts DejaVu lacks are drawn with an installed font that has them (Debian's fonts-noto-core and fonts-noto-cjk
/// in CI) and shaped by HarfBuzz; where no font has them, the catalog says so, which the validation warning reports.
/// </summary>
public class ComplexScriptShapingTests
{
    private static Word Shape(string text) =>
        new WordBuilder(FontCatalog.Shared).Build([(new TextSpan(text), text, new TextStyle())]).Single();

    [Theory]
    [InlineData("क्षत्रिय", "Devanagari")]
    [InlineData("สวัสดี", "Thai")]
    [InlineData("한국어", "CJK")]
    public void A_script_dejavu_lacks_is_shaped_with_a_font_named_for_it_or_reported_uncovered(string text, string familyPart)
    {
        var word = Shape(text);
        if (!InstalledFonts.Covers(text[0]))
        {
            Assert.NotEmpty(InstalledFonts.Uncovered(text));
            return;
        }
        var run = Assert.Single(word.Runs);
        Assert.Contains(familyPart, run.Typeface.FamilyName);
        Assert.DoesNotContain((ushort)0, run.Glyphs);
    }

    [Fact]
    public void A_devanagari_conjunct_becomes_fewer_glyphs_than_characters_where_a_devanagari_font_is_installed()
    {
        const string conjunct = "क्षि";
        var glyphs = Shape(conjunct).Runs.Sum(r => r.Glyphs.Length);
        if (InstalledFonts.Covers('क')) Assert.True(glyphs < conjunct.Length, $"{glyphs} glyphs for {conjunct.Length} characters");
        else Assert.Equal("Deva", Assert.Single(InstalledFonts.Uncovered(conjunct)).Script);
    }

    [Fact]
    public void A_combining_mark_is_drawn_with_the_font_of_its_base_letter()
    {
        var word = Shape("e\u0301t\u00E9");
        Assert.Single(word.Runs);
    }
}
