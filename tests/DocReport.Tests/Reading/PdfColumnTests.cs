namespace DocReport.Tests.Reading;

/// <summary>Two-column pages that do not show their gutter plainly: centred lines across it, a short last page, a table wider than its column.</summary>
public class PdfColumnTests
{
    private static readonly string[] Left =
    [
        "The council met on Monday to discuss the",
        "harbour budget, which has grown by a third",
        "since the storms of last winter damaged",
        "the northern quay and the ferry ramp.",
        "Repairs to the quay will take the spring",
        "and most of the summer, the engineer said.",
    ];

    private static readonly string[] Right =
    [
        "Skippers asked for a new breakwater before",
        "the next storm season, and the council said",
        "it would ask the regional authority to pay",
        "for half of the work on the outer wall.",
    ];

    private const double RightColumn = 320;

    private static string Read(byte[] pdf) => string.Join("\n", Reader.Texts(Reader.ReadOk("columns.pdf", pdf)));

    // Left column at 72, right column at 320, from baseline 700 down; what <paramref name="page"/> adds sits around it.
    private static void Columns(PdfFixture pdf, string[] left, string[] right)
    {
        for (var i = 0; i < left.Length; i++) pdf.At(left[i], 72, 700 - i * 14, size: 10);
        for (var i = 0; i < right.Length; i++) pdf.At(right[i], RightColumn, 700 - i * 14, size: 10);
    }

    private static double TextMiddle(PdfFixture pdf) => (72 + RightColumn + Right.Max(l => pdf.Width(l, 10))) / 2;

    [Fact]
    public void A_one_page_article_whose_centred_headline_byline_and_page_number_cross_the_gutter_is_read_column_by_column()
    {
        var text = Read(PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            var middle = TextMiddle(pdf);
            pdf.AtCentre("Harbour budget grows", middle, 770, size: 16);
            pdf.AtCentre("after the winter storms", middle, 750, size: 16);
            pdf.AtCentre("Maria Lopez", middle, 725);
            Columns(pdf, Left, Right);
            pdf.AtCentre("Page 1", middle, 60);
        }));
        Assert.Contains(string.Join("\n", Left), text);
        Assert.Contains(string.Join("\n", Right), text);
        Assert.True(text.IndexOf("the engineer said.", StringComparison.Ordinal) < text.IndexOf("Skippers asked", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Centred_lines_over_one_column_are_read_line_by_line()
    {
        string[] lines = [.. Left, .. Right];
        var text = Read(PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            for (var i = 0; i < lines.Length; i++) pdf.AtCentre(lines[i], 290, 700 - i * 14, size: 10);
        }));
        Assert.Equal(string.Join(" ", lines), text.Replace("\n", " "));
    }

    [Fact]
    public void A_last_page_whose_second_column_holds_one_line_keeps_the_columns_of_the_page_before()
    {
        var text = Read(PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            Columns(pdf, Left, Right);
            pdf.NewPage();
            Columns(pdf, Left, Right[..1]);
        }));
        Assert.Equal(2, text.Split(string.Join("\n", Left)).Length - 1);
        Assert.EndsWith("the engineer said.\nSkippers asked for a new breakwater before", text);
    }

    [Fact]
    public void A_page_in_one_column_after_a_page_in_two_is_read_line_by_line()
    {
        string[] wide = [.. Left.Zip(Right, (l, r) => l + " " + r)];
        var text = Read(PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            Columns(pdf, Left, Right);
            pdf.NewPage();
            for (var i = 0; i < wide.Length; i++) pdf.At(wide[i], 72, 700 - i * 14, size: 10);
        }));
        Assert.EndsWith(string.Join(" ", wide), text.Replace("\n", " "));
    }

    [Fact]
    public void A_table_row_wider_than_its_column_stays_in_the_column()
    {
        const string row = "Harbour office  2016-03-01  Spyridon Mitsotakis";
        var text = Read(PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            Columns(pdf, Left[..3], Right);
            // the row ends a few points past the gutter's middle, short of the right column
            var gutterMiddle = (72 + Left.Max(l => pdf.Width(l, 10)) + RightColumn) / 2;
            pdf.At(row, gutterMiddle + 6 - pdf.Width(row, 10), 700 - 6 * 14, size: 10);
            for (var i = 3; i < Left.Length; i++) pdf.At(Left[i], 72, 700 - (i + 4) * 14, size: 10);
        }));
        Assert.True(text.IndexOf("Mitsotakis", StringComparison.Ordinal) < text.IndexOf("the ferry ramp.", StringComparison.Ordinal), text);
        Assert.True(text.IndexOf("the engineer said.", StringComparison.Ordinal) < text.IndexOf("Skippers asked", StringComparison.Ordinal), text);
    }
}
