using System.Text;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Tests.Output.Brief;
using DocReport.Tests.Reading;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// PDF pages set in three or four columns, pages mixing a full-width part and columns, a table on a page of little prose,
/// and list items and lines that tell a time of day in text and Markdown: read back from dataset.json and the brief.
/// </summary>
public class ColumnsAndTimesOutputTests
{
    // Four made-up paragraphs; each column of the pages below holds whole paragraphs or runs one on into the next column.
    private static readonly string[] Paragraphs =
    [
        "The harbour board agreed on Tuesday to dredge the inner basin before the summer, when the larger ferries begin to call.",
        "Fishing crews have complained for two years that boats touch the bottom at low tide near the old fish quay.",
        "The work will take six weeks and will close the slipway on weekdays, the board said in a statement.",
        "Sailing clubs asked for the slipway to stay open at weekends so that their races can go ahead as planned.",
    ];

    private static ArticleDataset Convert(string name, byte[] bytes)
    {
        using var pipeline = new PipelineBuilder().Build();
        return pipeline.Convert(new SourceFile(name, bytes)).Dataset!;
    }

    // dataset.json written and read back: what a user of the file sees.
    private static ArticleDataset Json(ArticleDataset dataset)
    {
        return JsonRoundTrip.Of(dataset);
    }

    private static string BriefWords(ArticleDataset dataset)
    {
        using var folder = new BriefFolder();
        using var pdf = folder.Write(dataset);
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line.ToString()); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    // The paragraphs set in `count` columns between x 50 and 545 from `top` down, a paragraph to a column or more; the
    // lowest baseline used.
    private static double Columns(PdfFixture pdf, int count, double top, IReadOnlyList<string> paragraphs, double size = 9)
    {
        const double left = 50, right = 545, gutter = 14;
        var width = (right - left - gutter * (count - 1)) / count;
        var lowest = top;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var y = top;
            foreach (var line in Wrap(paragraphs[i], (int)(width / (size * 0.5))))
            {
                pdf.At(line, left + (i % count) * (width + gutter), y, size);
                y -= size * 1.3;
            }
            lowest = Math.Min(lowest, y);
        }
        return lowest;
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void A_page_of_three_or_four_columns_is_read_column_by_column_under_its_title(int count)
    {
        var bytes = PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            pdf.At("Harbour basin to be dredged before summer", 50, 780, size: 20);
            Columns(pdf, count, 740, Paragraphs.Take(count).ToList());
        });
        var dataset = Json(Convert("columns.pdf", bytes));
        Assert.Equal("Harbour basin to be dredged before summer", dataset.Document.Title);
        Assert.Equal(Paragraphs.Take(count), dataset.Paragraphs.Select(p => Squeezed(p.Text)));
        Assert.Contains("larger ferries begin to call.", BriefWords(dataset));
    }

    [Fact]
    public void A_page_mixing_a_full_width_part_and_columns_is_read_in_order()
    {
        const string standfirst = "The inner basin of the harbour will be dredged for the first time in twenty years, and the slipway will close on weekdays while the work goes on.";
        const string note = "The board meets again in May to choose the firm that will carry out the work.";
        var bytes = PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            pdf.At("Harbour basin to be dredged before summer", 50, 780, size: 20);
            var y = 750.0;
            // The standfirst is set under 1.2 times the body type, which the reader would take for heading lines (a known limit).
            foreach (var line in Wrap(standfirst, 88)) { pdf.At(line, 50, y, size: 10); y -= 13; }
            var bottom = Columns(pdf, 3, y - 14, Paragraphs.Take(3).ToList());
            pdf.At(note, 50, bottom - 20, size: 9);
        });
        var texts = Json(Convert("mixed.pdf", bytes)).Paragraphs.Select(p => Squeezed(p.Text)).ToList();
        Assert.Equal([standfirst, .. Paragraphs.Take(3), note], texts);
    }

    [Fact]
    public void A_table_of_short_cells_on_a_page_of_little_prose_is_a_table_not_columns()
    {
        var bytes = PdfFixture.Build(pdf =>
        {
            pdf.NewPage();
            pdf.At("Mooring fees for the new season", 72, 780, size: 18);
            pdf.At("The harbour board has set its fees.", 72, 750);
            string[][] rows = [["Boat", "Month", "Year"], ["Dinghy", "18.00", "150.00"], ["Under 8 m", "45.00", "420.00"], ["8 to 12 m", "70.00", "650.00"], ["Over 12 m", "95.00", "900.00"]];
            for (var i = 0; i < rows.Length; i++)
                pdf.At(rows[i][0], 72, 720 - i * 16).At(rows[i][1], 250, 720 - i * 16).At(rows[i][2], 380, 720 - i * 16);
        });
        var dataset = Json(Convert("fees.pdf", bytes));
        var table = Assert.Single(dataset.Paragraphs, p => p.Kind == BlockKind.Table);
        Assert.Equal(["Boat\tMonth\tYear", "Dinghy\t18.00\t150.00"], table.Text.Split('\n').Take(2));
        Assert.Equal(5, table.Text.Split('\n').Length);
        Assert.Contains("The harbour board has set its fees.", dataset.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("hours.txt", "Library hours change\n\nThe library changes its hours from next month, the council said on Monday.\n\nThe new hours:\n\n* Monday to Thursday: 10:00 to 19:00\n* Saturday: 9:00 to 13:00\n* Late bus: leaves the square at 19:20\n\nThe council said no jobs would be lost.\n")]
    [InlineData("hours.md", "# Library hours change\n\nThe library changes its hours from next month, the council said on Monday.\n\nThe new hours:\n\n- Monday to Thursday: 10:00 to 19:00\n- Saturday: 9:00 to 13:00\n- Late bus: leaves the square at 19:20\n\nThe council said no jobs would be lost.\n")]
    public void List_items_that_tell_a_time_of_day_are_kept_in_text_and_markdown(string name, string text)
    {
        var dataset = Json(Convert(name, Encoding.UTF8.GetBytes(text)));
        var items = dataset.Paragraphs.Where(p => p.Kind == BlockKind.ListItem).Select(p => p.Text).ToList();
        Assert.Equal(["Monday to Thursday: 10:00 to 19:00", "Saturday: 9:00 to 13:00", "Late bus: leaves the square at 19:20"], items);
        Assert.DoesNotContain(dataset.Validation, i => i.Code == DocReport.Validation.ValidationCodes.FurnitureLeftover);
        Assert.Contains("19:20", BriefWords(dataset));
    }

    [Theory]
    [InlineData("a.txt", "Library hours change\nMarch 3, 2026 10:41 AM\n\n")]
    [InlineData("a.md", "# Library hours change\n\nMarch 3, 2026 10:41 AM\n\n")]
    public void A_date_line_with_a_time_still_gives_the_date_and_leaves_the_body(string name, string top)
    {
        var dataset = Json(Convert(name, Encoding.UTF8.GetBytes(top + "The library changes its hours from next month, the council said on Monday.\n\nOpening hours:\nMonday to Friday: 9:00 to 17:30\n")));
        Assert.Equal("2026-03-03", dataset.Document.Published);
        Assert.DoesNotContain(dataset.Paragraphs, p => p.Text.Contains("10:41"));
        Assert.Contains(dataset.Paragraphs, p => p.Text.Contains("Monday to Friday: 9:00 to 17:30"));
    }

    [Theory]
    [InlineData("- 8:20 p.m.")]
    [InlineData("- Updated 3:59 PM")]
    [InlineData("- Posted at 10:41 by the newsroom")]
    public void A_bare_time_or_a_time_of_publishing_in_a_list_is_still_dropped(string item)
    {
        var dataset = Json(Convert("a.md", Encoding.UTF8.GetBytes($"# Library hours change\n\nThe library changes its hours from next month, the council said on Monday.\n\n{item}\n- The cafe stays open later on Fridays.\n")));
        Assert.DoesNotContain(dataset.Paragraphs, p => p.Text.Contains(':') && p.Text.Any(char.IsDigit));
    }
}
