namespace DocReport.Layout.Tests.Rendering;

public class ScriptRenderingTests
{
    [Theory]
    [InlineData("Ελληνικά: η γρήγορη καφέ αλεπού")]
    [InlineData("Кириллица: съешь же ещё этих мягких булок")]
    [InlineData("Diacritics: Zoë, Ångström, façade, naïve, Łódź, Ærø")]
    public void Text_in_greek_cyrillic_and_latin_with_diacritics_renders_and_extracts(string text)
    {
        using var pdf = Pdf.Render(p => p.Content().Text(text));
        Assert.Equal(text, Pdf.Words(pdf.GetPage(1)));
    }

    [Fact]
    public void Control_characters_are_dropped_not_drawn()
    {
        using var pdf = Pdf.Render(p => p.Content().Text("bell\u0007 and\u0000 null\u000B"));
        Assert.Equal("bell and null", Pdf.Words(pdf.GetPage(1)));
    }

    [Fact]
    public void Documents_render_the_same_from_several_threads()
    {
        var text = Pdf.Paragraphs(10);
        var expected = Pdf.Bytes(p => p.Content().Text(text));
        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = Pdf.Bytes(p => p.Content().Text(text)));
        Assert.All(results, bytes => Assert.Equal(expected, bytes));
    }

    [Fact]
    public void Ligatures_are_not_formed_so_words_extract_letter_by_letter()
    {
        using var pdf = Pdf.Render(p => p.Content().Text("findings official fluent"));
        Assert.Equal("findings official fluent", Pdf.Words(pdf.GetPage(1)));
    }

    [Fact]
    public void A_character_missing_from_the_font_is_drawn_with_a_font_that_has_it()
    {
        const string script = "\U0001D49C";
        Assert.False(SkiaSharp.SKTypeface.FromFamilyName("DejaVu Sans").ContainsGlyph(char.ConvertToUtf32(script, 0)));
        using var pdf = Pdf.Render(p => p.Content().Text("Set " + script));
        var letter = pdf.GetPage(1).Letters.Single(l => l.Value == script);
        Assert.Equal("DejaVuSans", pdf.GetPage(1).Letters.First().FontName!.Split('+')[^1]);
        Assert.NotEqual("DejaVuSans", letter.FontName!.Split('+')[^1]);
    }

    [Fact]
    public void Justified_lines_reach_the_right_edge_except_the_last()
    {
        using var pdf = Pdf.Render(p => p.Content().Text(t => t.Justify().Span(Pdf.Paragraphs(1))));
        var page = pdf.GetPage(1);
        var lines = page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key).ToList();
        Assert.True(lines.Count > 3);
        var right = page.Width - Pdf.Margin;
        foreach (var line in lines.SkipLast(1))
            Assert.InRange(line.Max(w => w.BoundingBox.Right), right - 2, right + 0.5);
        var last = lines[^1].OrderBy(w => w.BoundingBox.Left).ToList();
        var gaps = last.Zip(last.Skip(1), (a, b) => b.BoundingBox.Left - a.BoundingBox.Right);
        Assert.All(gaps, gap => Assert.InRange(gap, 0, 4));
    }
}
