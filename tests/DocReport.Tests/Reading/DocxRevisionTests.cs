using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DocReport.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using DocReport.Tests.Output;

namespace DocReport.Tests.Reading;

/// <summary>
/// A Word document as a reviewer leaves it: a sentence moved with tracked changes on is read once, where it went; a table
/// whose heading cell is merged across columns keeps the cells below under their headings. Read back from dataset.json.
/// </summary>
public class DocxRevisionTests
{
    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static ArticleDataset ConvertAndReadBack(byte[] docx)
    {
        return JsonRoundTrip.Convert("review.docx", docx);
    }

    [Fact]
    public void A_moved_sentence_is_read_once_where_it_went_and_deleted_words_not_at_all()
    {
        const string moved = " The survey will be repeated every spring.";
        var docx = DocxFixture.Build(d => d
            .Paragraph("Reed Beds Return to the Estuary", "Title")
            .Element(new Paragraph(Run("Reed cover on the estuary doubled between 2018 and 2024, the survey found."),
                new MoveFromRun(Run(moved)) { Id = "1", Author = "Reviewer" }))
            .Element(new Paragraph(Run("Volunteers counted birds at "),
                new DeletedRun(new Run(new DeletedText("nine") { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "Reviewer" },
                new InsertedRun(Run("eleven")) { Id = "3", Author = "Reviewer" },
                Run(" points along the shore."),
                new MoveToRun(Run(moved)) { Id = "4", Author = "Reviewer" })));

        var paragraphs = ConvertAndReadBack(docx).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal([
            "Reed cover on the estuary doubled between 2018 and 2024, the survey found.",
            "Volunteers counted birds at eleven points along the shore. The survey will be repeated every spring.",
        ], paragraphs);
    }

    [Fact]
    public void A_heading_merged_across_columns_keeps_the_columns_below_in_place()
    {
        static TableCell Cell(string text, int span = 1) => new(
            span > 1 ? new TableCellProperties(new GridSpan { Val = span }) : new TableCellProperties(),
            new Paragraph(Run(text)));
        var table = new Table(
            new TableRow(Cell("Site"), Cell("Birds counted", 2), Cell("Reed cover")),
            new TableRow(Cell(""), Cell("2018"), Cell("2024"), Cell("2024 (%)")),
            new TableRow(Cell("North shore"), Cell("140"), Cell("212"), Cell("38")));
        var docx = DocxFixture.Build(d => d
            .Paragraph("Reed Beds Return to the Estuary", "Title")
            .Paragraph("The counts at each site are set out below, with the share of reed cover.")
            .Element(table));

        var dataset = ConvertAndReadBack(docx);
        var rows = dataset.Paragraphs.Single(p => p.Kind == BlockKind.Table).Text.Split('\n').Select(r => r.Split('\t')).ToList();

        Assert.All(rows, r => Assert.Equal(4, r.Length));
        Assert.Equal(["Site", "Birds counted", "", "Reed cover"], rows[0]);
        Assert.Equal("Reed cover", rows[0][3]);
        Assert.Equal("38", rows[2][3]);
    }
}
