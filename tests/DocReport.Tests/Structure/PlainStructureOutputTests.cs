using System.Text;
using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Workbook;
using DocReport.Pipeline;
using DocReport.Tests.Output.Brief;
using DocReport.Tests.Reading;
using UglyToad.PdfPig;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// Lists and tables in plain text and PDF, wrapped PDF lines and file-name titles, read back from what a user gets:
/// dataset.json's paragraphs, the workbook's Paragraphs sheet and the brief drawn as a PDF.
/// </summary>
public sealed class PlainStructureOutputTests : IDisposable
{
    private readonly BriefFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static ArticleDataset Convert(string name, byte[] bytes)
    {
        using var pipeline = new PipelineBuilder().Build();
        return pipeline.Convert(new SourceFile(name, bytes)).Dataset!;
    }

    private static ArticleDataset Convert(string name, string text) => Convert(name, Encoding.UTF8.GetBytes(text));

    // dataset.json written and read back.
    private static IReadOnlyList<Paragraph> JsonParagraphs(ArticleDataset dataset)
    {
        return JsonRoundTrip.Of(dataset).Paragraphs;
    }

    private static List<(string Kind, string Text)> WorkbookParagraphs(ArticleDataset dataset)
    {
        using var output = new Output.TempFolder();
        new WorkbookWriter().Write(dataset, output.Path);
        using var workbook = new XLWorkbook(new MemoryStream(File.ReadAllBytes(output.File("dataset.xlsx"))));
        return workbook.Worksheet("Paragraphs").Tables.Single().DataRange.Rows().Select(r => (r.Cell(4).GetString(), r.Cell(5).GetString())).ToList();
    }

    private const string Lead = "Harbour repairs to start\n\nThe harbour trust said on Monday that it would spend three years repairing the north quay.\n\n";

    [Fact]
    public void A_dash_list_under_its_lead_line_is_list_items_in_the_dataset_and_the_workbook()
    {
        var dataset = Convert("a.txt", Lead + "The work includes:\n- rebuilding the sea wall\n- dredging the channel\n- a new fuel pontoon\n\nFishermen said the plan came too late.");
        var paragraphs = JsonParagraphs(dataset);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph],
            paragraphs.Select(p => p.Kind));
        Assert.Equal(["rebuilding the sea wall", "dredging the channel", "a new fuel pontoon"], paragraphs.Where(p => p.Kind == BlockKind.ListItem).Select(p => p.Text));
        Assert.Equal("The work includes:", paragraphs[1].Text);
        Assert.Equal(3, WorkbookParagraphs(dataset).Count(r => r.Kind == "list_item"));
    }

    [Fact]
    public void Numbered_items_wrapped_onto_indented_lines_are_one_item_each_and_nested_bullets_keep_their_depth()
    {
        var paragraphs = JsonParagraphs(Convert("a.txt", Lead
            + "1. Fewer than twenty people a day came in before ten o'clock\n   in the last year.\n2. Staff hours can move to the evening.\n\n"
            + "* Northern route\n  * two sailings a day\n* Southern route"));
        var items = paragraphs.Where(p => p.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["Fewer than twenty people a day came in before ten o'clock in the last year.", "Staff hours can move to the evening.",
            "Northern route", "two sailings a day", "Southern route"], items.Select(p => p.Text));
        Assert.Equal([1, 1, 1, 2, 1], items.Select(p => p.Level));
    }

    [Fact]
    public void Numbered_blocks_in_sequence_are_a_loose_list_but_a_dash_line_alone_or_numbers_out_of_turn_are_not()
    {
        var listed = JsonParagraphs(Convert("a.txt", Lead + "1. Trains to the coast run every half hour.\n\n2. Sunday services start an hour earlier.\n\nFares will not change."));
        Assert.Equal(2, listed.Count(p => p.Kind == BlockKind.ListItem));
        Assert.Equal("Trains to the coast run every half hour.", listed.First(p => p.Kind == BlockKind.ListItem).Text);

        var alone = JsonParagraphs(Convert("a.txt", Lead + "- the sea wall comes first, the trust said.\n\n4. The chair said more money was needed.\n\n9. Work stops in winter storms."));
        Assert.DoesNotContain(alone, p => p.Kind == BlockKind.ListItem);
    }

    [Theory]
    [InlineData("Reservoir\tJuly\tAugust\nKelby\t78%\t71%\nHollin Moss\t69%\t60%", "Reservoir\tJuly\tAugust\nKelby\t78%\t71%\nHollin Moss\t69%\t60%")]
    // Comma-separated rows as a CSV file writes them: a cell in double quotes keeps its comma.
    [InlineData("Route,Fare,Change\nNorth quay,3.20,+0.10\n\"Ferry, night\",4.10,\"+0.25\"\nSouth quay,2.90,0", "Route\tFare\tChange\nNorth quay\t3.20\t+0.10\nFerry, night\t4.10\t+0.25\nSouth quay\t2.90\t0")]
    // Cells set apart by a comma and a space: a number's thousands separator splits no cell.
    [InlineData("Quay, May, June\nNorth quay, 1,204, 12,310,000\nSouth quay, 980, 1,015\nEast quay, 2,310, 875", "Quay\tMay\tJune\nNorth quay\t1,204\t12,310,000\nSouth quay\t980\t1,015\nEast quay\t2,310\t875")]
    public void Tab_or_comma_separated_rows_are_one_table_paragraph_with_its_rows_and_cells(string rows, string cells)
    {
        var dataset = Convert("a.txt", Lead + rows + "\n\nThe company asked customers to save water.");
        var table = Assert.Single(JsonParagraphs(dataset), p => p.Kind == BlockKind.Table);
        Assert.Equal(cells, table.Text);
        Assert.Equal(cells.Split('\n').Length, table.Sentences.Count);
        Assert.Contains(WorkbookParagraphs(dataset), r => r.Kind == "table" && r.Text == table.Text);
    }

    [Fact]
    public void Prose_with_commas_stays_a_paragraph_whether_wrapped_or_a_line_each()
    {
        var wrapped = "The trust said on Monday, after a long meeting,\nthat the quay would close in May, and that the\nferry, which runs every hour, would stop at the\nsouth quay instead, for at least three years.";
        var lines = "Ann Lee, who chairs the harbour trust since 2019\nBen Roe, the engineer in charge of the repairs\nCara Diaz, who speaks for the ferry company";
        foreach (var text in new[] { wrapped, lines, "Kelby, 78%\nHollin Moss, 69%" })
            Assert.DoesNotContain(JsonParagraphs(Convert("a.txt", Lead + text)), p => p.Kind == BlockKind.Table);
    }

    [Fact]
    public void Pipe_rows_are_a_table_without_their_rule_row_but_a_byline_or_two_menu_lines_are_not()
    {
        var table = Assert.Single(JsonParagraphs(Convert("a.txt", Lead + "Band | This year | Next year\n--- | --- | ---\nA | 1,204 | 1,239\nB | 1,405 | 1,446")),
            p => p.Kind == BlockKind.Table);
        Assert.Equal("Band\tThis year\tNext year\nA\t1,204\t1,239\nB\t1,405\t1,446", table.Text);

        var none = JsonParagraphs(Convert("a.txt", Lead + "The chair said the repairs would take three years | more or less.\n\nCouncillors | Officers\nMinutes | Agendas"));
        Assert.DoesNotContain(none, p => p.Kind == BlockKind.Table);
    }

    [Fact]
    public void The_brief_draws_a_text_table_in_columns_and_list_items_with_bullets()
    {
        var dataset = Convert("a.txt", Lead + "Reservoir\tJuly\tAugust\nKelby\t78%\t71%\nMarston\t82%\t77%\n\nThe work includes:\n- rebuilding the sea wall\n- dredging the channel");
        using var pdf = folder.Write(dataset);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        var row = new[] { "Kelby", "78%", "71%" }.Select(t => words.Last(w => w.Text == t)).ToList();
        Assert.All(row, w => Assert.Equal(row[0].Letters[0].StartBaseLine.Y, w.Letters[0].StartBaseLine.Y, 0.5));
        Assert.True(row[0].BoundingBox.Right < row[1].BoundingBox.Left && row[1].BoundingBox.Right < row[2].BoundingBox.Left);
        var rebuilding = words.Last(w => w.Text == "rebuilding");
        Assert.Contains(words, w => w.Text == "\u2022" && Math.Abs(w.BoundingBox.Bottom - rebuilding.BoundingBox.Bottom) < 3 && w.BoundingBox.Right < rebuilding.BoundingBox.Left);
    }

    [Fact]
    public void A_pdf_table_of_cells_set_apart_is_a_table_paragraph()
    {
        var bytes = PdfFixture.Build(p =>
        {
            // Prose over the table, as on a page of an article: a table alone on a page is read as two columns (ColumnLayout).
            p.NewPage().Line("Recycling rates rise", 18).Gap()
                .Line("Every district in the county recycled more of its household waste last year than the year")
                .Line("before, according to figures published by the waste authority on Thursday, and the two")
                .Line("districts with the lowest rates two years ago made the largest gains, the authority said.").Gap();
            string[][] rows = [["District", "Last year", "This year"], ["Ashby", "41%", "46%"], ["Brookfield", "38%", "40%"], ["Colton", "45%", "51%"]];
            var baseline = 600.0;
            foreach (var row in rows)
            {
                p.At(row[0], 72, baseline).At(row[1], 250, baseline).At(row[2], 380, baseline);
                baseline -= 16;
            }
            p.At("The authority said food waste collections made the largest difference.", 72, baseline - 14);
        });
        var paragraphs = JsonParagraphs(Convert("a.pdf", bytes));
        var table = Assert.Single(paragraphs, p => p.Kind == BlockKind.Table);
        Assert.Equal("District\tLast year\tThis year\nAshby\t41%\t46%\nBrookfield\t38%\t40%\nColton\t45%\t51%", table.Text);
        Assert.Equal("The authority said food waste collections made the largest difference.", paragraphs[^1].Text);
    }

    [Fact]
    public void A_pdf_line_wrapped_around_a_date_stays_in_its_paragraph()
    {
        var bytes = PdfFixture.Build(p => p.NewPage().Line("Budget talks stall", 18).Gap()
            .Line("Talks on the county budget broke up without agreement on Wednesday.")
            .Line("Councillors will meet again on 14 April to")
            .Line("agree targets for the next two years."));
        var paragraph = Assert.Single(JsonParagraphs(Convert("a.pdf", bytes)));
        Assert.Equal("Talks on the county budget broke up without agreement on Wednesday. Councillors will meet again on 14 April to agree targets for the next two years.", paragraph.Text);
    }

    [Theory]
    [InlineData("report_final_v2")]
    [InlineData("Microsoft Word - draft3")]
    [InlineData("untitled")]
    public void A_file_name_title_gives_way_to_the_first_heading_and_a_header_above_it_is_not_paragraph_1(string infoTitle)
    {
        var bytes = PdfFixture.Build(p =>
        {
            p.Info(infoTitle, "", "D:20260301090000");
            p.NewPage().At("Westbridge Gazette - Local news", 72, 806, 10).Line("Bridge closure extended to June", 18).Gap()
                .Line("The old road bridge will stay closed until June while engineers replace corroded steel.")
                .Gap().Line("Drivers face a diversion of about six miles.");
            p.NewPage().Line("Shop owners near the bridge said trade had fallen by a third.");
        });
        var dataset = Convert("a.pdf", bytes);
        Assert.Equal("Bridge closure extended to June", dataset.Document.Title);
        Assert.StartsWith("The old road bridge", JsonParagraphs(dataset)[0].Text);
        Assert.DoesNotContain(dataset.Paragraphs, p => p.Text.Contains("Gazette"));
    }
}
