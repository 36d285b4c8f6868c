using UglyToad.PdfPig.Content;

namespace DocReport.Layout.Tests.Rendering;

public class RightToLeftRenderingTests
{
    private static List<Letter> Visible(Page page) => page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

    [Fact]
    public void A_hebrew_paragraph_reads_from_the_right_margin()
    {
        using var pdf = Pdf.Render(p => p.Content().Text("שלום עולם גדול"));
        var letters = Visible(pdf.GetPage(1));
        var rightmost = letters.MaxBy(l => l.BoundingBox.Right)!;
        Assert.Equal("ש", rightmost.Value);
        Assert.InRange(rightmost.BoundingBox.Right, pdf.GetPage(1).Width - Pdf.Margin - 2, pdf.GetPage(1).Width - Pdf.Margin + 0.5);
        Assert.Equal("ל", letters.MinBy(l => l.BoundingBox.Left)!.Value);
    }

    [Fact]
    public void Digits_inside_right_to_left_text_keep_their_left_to_right_order()
    {
        using var pdf = Pdf.Render(p => p.Content().Text("בשנת 2018 היה"));
        var digits = Visible(pdf.GetPage(1)).Where(l => char.IsDigit(l.Value[0])).OrderBy(l => l.BoundingBox.Left).Select(l => l.Value);
        Assert.Equal("2018", string.Concat(digits));
        var year = Visible(pdf.GetPage(1)).Where(l => char.IsDigit(l.Value[0])).Min(l => l.BoundingBox.Left);
        Assert.True(Visible(pdf.GetPage(1)).Single(l => l.Value == "ב").BoundingBox.Left > year, "the first word must be right of the year");
    }

    [Fact]
    public void A_long_right_to_left_paragraph_starts_its_first_line_at_the_right_and_aligns_every_line_right()
    {
        var text = string.Join(" ", Enumerable.Repeat("אבג דהו זחט יכל", 30)).Insert(0, "מ ");
        using var pdf = Pdf.Render(p => p.Content().Text(text));
        var page = pdf.GetPage(1);
        var lines = Visible(page).GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key).ToList();
        Assert.True(lines.Count > 2);
        Assert.Equal("מ", lines[0].MaxBy(l => l.BoundingBox.Right)!.Value);
        foreach (var line in lines)
            Assert.InRange(line.Max(l => l.BoundingBox.Right), page.Width - Pdf.Margin - 2, page.Width - Pdf.Margin + 0.5);
    }

    [Fact]
    public void A_hebrew_phrase_in_an_english_sentence_stays_between_its_neighbours_reversed()
    {
        using var pdf = Pdf.Render(p => p.Content().Text("said שלום עם today"));
        var letters = Visible(pdf.GetPage(1));
        float X(string value) => (float)letters.First(l => l.Value == value).BoundingBox.Left;
        Assert.True(X("d") < X("ם") && X("ם") < X("ש") && X("ש") < X("t"), "expected: said, the Hebrew phrase read from its right, today");
        Assert.True(X("ע") < X("ש"), "the phrase's second word lies left of its first");
    }

    [Fact]
    public void Arabic_letters_are_shaped_joined()
    {
        var builder = new Layout.Text.WordBuilder(Layout.Text.FontCatalog.Shared);
        var joined = builder.Build([(new Layout.Text.TextSpan("سلام"), "سلام", new TextStyle())]).Single();
        var isolated = "سلام".Select(c => builder.Build([(new Layout.Text.TextSpan(c.ToString()), c.ToString(), new TextStyle())]).Single())
            .SelectMany(w => w.Runs.SelectMany(r => r.Glyphs)).ToList();
        var glyphs = joined.Runs.SelectMany(r => r.Glyphs).ToList();
        Assert.Equal(1, joined.Runs.Single().Level);
        Assert.NotEqual(isolated.Order(), glyphs.Order());
    }
}
