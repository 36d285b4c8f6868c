using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace DocReport.Tests.Output.Brief;

/// <summary>Table paragraphs in the outline, read back with PdfPig: cells in columns, rows on one baseline, long tables split with their header.</summary>
public sealed class BriefTableTests : IDisposable
{
    private static readonly string[][] Countries =
    [
        ["Country", "Population", "Growth"],
        ["France", "68,170,000", "0.3%"],
        ["Portugal", "10,470,000", "0.5%"],
        ["Iceland", "387,000", "1.9%"],
    ];

    private readonly BriefFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static List<Word> Words(PdfDocument pdf) => pdf.GetPages().SelectMany(p => p.GetWords()).ToList();

    private static Word Only(List<Word> words, string text) => Assert.Single(words, w => w.Text == text);

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    [Fact]
    public void Cells_sit_in_columns_and_each_row_on_one_baseline()
    {
        using var pdf = folder.Write(TableFixture.With(Countries));
        var words = Words(pdf);
        foreach (var row in Countries)
        {
            var cells = row.Select(text => Only(words, text)).ToList();
            Assert.All(cells, c => Assert.Equal(Baseline(cells[0]), Baseline(c), 0.5));
            Assert.True(cells[0].BoundingBox.Right < cells[1].BoundingBox.Left && cells[1].BoundingBox.Right < cells[2].BoundingBox.Left);
        }
        var names = Countries.Select(r => Only(words, r[0]).BoundingBox.Left).ToList();
        Assert.All(names, x => Assert.Equal(names[0], x, 0.5));
        // Figures are right-aligned: their right edges line up, the shorter one starts further right.
        var figures = Countries.Skip(1).Select(r => Only(words, r[1]).BoundingBox).ToList();
        Assert.All(figures, b => Assert.Equal(figures[0].Right, b.Right, 0.5));
        Assert.True(figures[2].Left > figures[0].Left + 5);
    }

    [Fact]
    public void A_claim_row_is_tagged_with_its_claim_id_on_the_rows_baseline()
    {
        var dataset = TableFixture.With(Countries, claimRows: 2);
        using var pdf = folder.Write(dataset);
        // The claim's text also appears in the key claims table; the outline's table is on the page with the row not claimed.
        var words = pdf.GetPages().Single(p => p.GetWords().Any(w => w.Text == "France")).GetWords().ToList();
        var tag = Only(words, $"[{dataset.Claims[^1].Id}]");
        Assert.Equal(Baseline(Only(words, "Portugal")), Baseline(tag), 0.5);
        Assert.True(tag.BoundingBox.Left > Only(words, "0.5%").BoundingBox.Right);
    }

    [Fact]
    public void A_table_longer_than_a_page_keeps_every_row_and_repeats_its_header()
    {
        string[][] rows = [["Route", "Crossings", "Note"], .. Enumerable.Range(1, 150).Select(i => new[] { $"R{i:000}", $"{i * 7}", "weekday service" })];
        using var pdf = folder.Write(TableFixture.With(rows));
        var words = Words(pdf);
        foreach (var i in Enumerable.Range(1, 150)) Only(words, $"R{i:000}");
        var tablePages = pdf.GetPages().Where(p => p.GetWords().Any(w => w.Text.StartsWith('R') && w.Text.Length == 4 && char.IsDigit(w.Text[1]))).ToList();
        Assert.True(tablePages.Count >= 2);
        Assert.All(tablePages, p => Assert.Contains(p.GetWords(), w => w.Text == "Route"));
    }

    [Fact]
    public void Ragged_rows_keep_their_cells_in_the_columns_they_have()
    {
        string[][] rows = [["heading only"], ["a1", "b1", "c1"], ["a2", "b2"], ["a3"]];
        using var pdf = folder.Write(TableFixture.With(rows));
        var words = Words(pdf);
        Assert.Equal(Only(words, "b1").BoundingBox.Left, Only(words, "b2").BoundingBox.Left, 0.5);
        Assert.Equal(Only(words, "a1").BoundingBox.Left, Only(words, "a3").BoundingBox.Left, 0.5);
        Assert.Equal(Baseline(Only(words, "a2")), Baseline(Only(words, "b2")), 0.5);
        Only(words, "c1");
    }

    [Fact]
    public void A_long_cell_wraps_within_the_page_and_its_neighbour_keeps_its_column()
    {
        var story = string.Join(" ", Enumerable.Range(1, 90).Select(i => $"w{i}"));
        string[][] rows = [["Item", "Detail"], ["first", story], ["second", "short"]];
        using var pdf = folder.Write(TableFixture.With(rows));
        var page = pdf.GetPages().First(p => p.GetWords().Any(w => w.Text == "w1"));
        var detail = page.GetWords().Where(w => w.Text.StartsWith('w') && char.IsDigit(w.Text[^1])).ToList();
        Assert.Equal(90, detail.Count);
        Assert.True(detail.Select(Baseline).Distinct().Count() >= 3);
        Assert.All(detail, w => Assert.True(w.BoundingBox.Right <= page.Width - 40));
        var words = Words(pdf);
        Assert.Equal(Only(words, "first").BoundingBox.Left, Only(words, "second").BoundingBox.Left, 0.5);
        Assert.Equal(Only(words, "w1").BoundingBox.Left, Only(words, "short").BoundingBox.Left, 0.5);
    }

    [Fact]
    public void A_one_column_table_sets_each_row_on_its_own_line()
    {
        string[][] rows = [["Harbours"], ["Saint-Gilles"], ["Saint-Pierre"], ["Sainte-Marie"]];
        using var pdf = folder.Write(TableFixture.With(rows));
        var words = Words(pdf);
        var lines = rows.Select(r => Only(words, r[0])).Select(Baseline).ToList();
        Assert.Equal(lines.Count, lines.Distinct().Count());
        Assert.True(lines.Zip(lines.Skip(1)).All(p => p.First > p.Second));
    }

    [Fact]
    public void One_long_token_does_not_crush_the_other_columns()
    {
        var token = "https://data.example.org/" + new string('x', 300);
        string[][] rows = [["Name", "Link", "Year"], ["Ferry report", token, "1987"], ["Port survey", "none", "1986"]];
        using var pdf = folder.Write(TableFixture.With(rows));
        var words = Words(pdf);
        var (name, year) = (Only(words, "Ferry"), Only(words, "1987"));
        Assert.Equal(Baseline(name), Baseline(year), 0.5);
        Assert.True(Only(words, "Year").BoundingBox.Right <= pdf.GetPage(1).Width - 40);
    }

    [Fact]
    public void A_table_wider_than_the_page_can_hold_is_set_as_text_with_every_cell()
    {
        var header = Enumerable.Range(1, 40).Select(i => $"h{i}").ToArray();
        var values = Enumerable.Range(1, 40).Select(i => $"v{i}").ToArray();
        using var pdf = folder.Write(TableFixture.With([header, values]));
        var words = string.Join(" ", Words(pdf).Select(w => w.Text));
        Assert.All(header.Concat(values), cell => Assert.Contains(cell, words));
    }

    [Fact]
    public void A_right_to_left_table_puts_its_first_column_on_the_right()
    {
        string[][] rows = [["עיר", "אוכלוסייה"], ["חיפה", "285,000"], ["אילת", "52,000"]];
        using var pdf = folder.Write(TableFixture.With(rows));
        var page = pdf.GetPages().Single(p => p.GetWords().Any(w => w.Text == "285,000"));
        var figure = Assert.Single(page.GetWords(), w => w.Text == "285,000");
        var city = Assert.Single(page.GetWords(), w => w.Text.Contains('ח') && w.Text.Contains('פ'));
        Assert.Equal(Baseline(figure), Baseline(city), 0.5);
        Assert.True(city.BoundingBox.Left > figure.BoundingBox.Right);
    }
}
