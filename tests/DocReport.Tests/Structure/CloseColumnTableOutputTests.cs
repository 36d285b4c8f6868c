using DocReport.Model;
using DocReport.Tests.Output;
using DocReport.Tests.Reading;

namespace DocReport.Tests.Structure;

/// <summary>
/// A PDF table whose columns stand 1.5 em apart, as groff's tbl sets them: the header row, whose headings are their
/// columns' widest entries, and the rows under it come out as one table of three columns (read back from dataset.json);
/// prose with a wide word space here and there stays prose.
/// </summary>
public class CloseColumnTableOutputTests
{
    private static readonly string[][] Rows =
    [
        ["Route", "Last year", "This year"],
        ["Northport", "41,200", "46,900"],
        ["Southbay", "38,100", "40,300"],
        ["Eastholm", "12,500", "15,800"],
    ];

    // Helvetica at 11 pt: "Northport" ends near 118, "Last year" near 183; the columns stand 17 to 20 points (1.5 to 1.8
    // em) from the widest entry before them, under the 2 em that parts cells.
    private static byte[] Table(double[] columns) => PdfFixture.Build(pdf =>
    {
        pdf.NewPage().Line("Ferry passengers by route", 18).Gap();
        pdf.Line("Passenger numbers rose on every route last year, the harbour board said on Tuesday.").Gap();
        var y = 640.0;
        foreach (var row in Rows)
        {
            for (var c = 0; c < row.Length; c++) pdf.At(row[c], columns[c], y);
            y -= 14;
        }
        pdf.At("The board expects the numbers to rise again when the new timetable starts.", 72, y - 20);
    });

    [Fact]
    public void A_header_row_of_close_columns_is_the_first_row_of_its_table()
    {
        var dataset = JsonRoundTrip.Convert("ferries.pdf", Table([72, 138, 200]));

        var table = Assert.Single(dataset.Paragraphs, p => p.Kind == BlockKind.Table);
        Assert.Equal(["Route\tLast year\tThis year", "Northport\t41,200\t46,900", "Southbay\t38,100\t40,300", "Eastholm\t12,500\t15,800"],
            table.Text.Split('\n'));
        Assert.Equal(4, table.Sentences.Count);
        Assert.DoesNotContain(dataset.Paragraphs, p => p.Kind != BlockKind.Table && p.Text.Contains("Last year"));
    }

    [Fact]
    public void Columns_set_wide_apart_still_read_as_before()
    {
        var dataset = JsonRoundTrip.Convert("ferries.pdf", Table([72, 250, 380]));

        var table = Assert.Single(dataset.Paragraphs, p => p.Kind == BlockKind.Table);
        Assert.Equal("Route\tLast year\tThis year", table.Text.Split('\n')[0]);
        Assert.Equal(4, table.Text.Split('\n').Length);
    }

    [Fact]
    public void Lines_of_prose_with_a_wide_space_in_one_place_stay_a_paragraph()
    {
        // Three lines with a wide space at the same place, each side a run of many words: prose, not a table.
        var bytes = PdfFixture.Build(pdf =>
        {
            pdf.NewPage().Line("Harbour works", 18).Gap();
            string[][] lines =
            [
                ["The harbour board agreed on Tuesday", "to dredge the inner basin before the summer"],
                ["when the larger ferries begin to call", "at the quay for the first time in years"],
                ["and the fishing crews have asked for", "the work to finish before the season opens."],
            ];
            var y = 680.0;
            foreach (var line in lines)
            {
                pdf.At(line[0], 72, y).At(line[1], 72 + 200 + 18, y);
                y -= 14;
            }
        });

        var dataset = JsonRoundTrip.Convert("prose.pdf", bytes);

        Assert.DoesNotContain(dataset.Paragraphs, p => p.Kind == BlockKind.Table);
    }
}
