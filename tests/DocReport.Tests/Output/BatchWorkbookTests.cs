using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Workbook;

namespace DocReport.Tests.Output;

public sealed class BatchWorkbookTests
{
    private static ArticleDataset Second() => SampleDataset.Create() with
    {
        Document = SampleDataset.Document() with { Id = "fedcba9876543210", Title = "Second", SourcePath = "samples/second.md", Format = InputFormat.Markdown },
    };

    private static XLWorkbook SaveAndOpen(BatchWorkbook batch)
    {
        using var folder = new TempFolder();
        batch.Save(folder.File("batch.xlsx"));
        Assert.Equal(["batch.xlsx"], folder.FileNames());
        return new XLWorkbook(new MemoryStream(File.ReadAllBytes(folder.File("batch.xlsx"))));
    }

    [Fact]
    public void Combines_documents_and_failures_into_one_workbook_of_tables()
    {
        using var batch = new BatchWorkbook();
        batch.Add(SampleDataset.Create());
        batch.AddFailure("samples/broken.pdf", "not a PDF: no %PDF header");
        batch.Add(Second());

        using var workbook = SaveAndOpen(batch);

        Assert.Equal(["Documents", "Paragraphs", "Claims", "Sources", "Attributions"], workbook.Worksheets.Select(w => w.Name));
        foreach (var sheet in workbook.Worksheets)
        {
            Assert.Single(sheet.Tables);
            Assert.Equal(1, sheet.SheetView.SplitRow);
        }
        var documents = workbook.Worksheet("Documents");
        Assert.Equal(3, documents.Tables.Single().DataRange.RowCount());
        Assert.Equal(["converted", "failed", "converted"], Enumerable.Range(2, 3).Select(r => documents.Cell(r, 5).GetString()));
        Assert.Equal("samples/broken.pdf", documents.Cell(3, 3).GetString());
        Assert.Equal("not a PDF: no %PDF header", documents.Cell(3, 6).GetString());
        Assert.Equal(5, documents.Cell(4, 7).GetValue<int>());
        Assert.Equal("markdown", documents.Cell(4, 4).GetString());
    }

    [Fact]
    public void Combined_sheets_have_a_document_column_and_every_document_s_rows()
    {
        using var batch = new BatchWorkbook();
        batch.Add(SampleDataset.Create());
        batch.Add(Second());

        using var workbook = SaveAndOpen(batch);

        var paragraphs = workbook.Worksheet("Paragraphs");
        Assert.Equal("documentId", paragraphs.Cell(1, 1).GetString());
        Assert.Equal(10, paragraphs.Tables.Single().DataRange.RowCount());
        Assert.Equal("fedcba9876543210", paragraphs.Cell(11, 1).GetString());
        Assert.Equal("=1+2 is not a formula. Neither is =SUM(A1:A9).", paragraphs.Cell(2, 6).GetString());
        Assert.False(paragraphs.Cell(2, 6).HasFormula);
        Assert.Equal(4, workbook.Worksheet("Claims").Tables.Single().DataRange.RowCount());
        Assert.Equal("https://www.gov.uk/government/organisations/ministry-of-defence", workbook.Worksheet("Sources").Cell(2, 8).CachedValue);
        Assert.StartsWith("HYPERLINK(", workbook.Worksheet("Sources").Cell(2, 8).FormulaA1);
        var attributions = workbook.Worksheet("Attributions");
        Assert.Equal(["documentId", "id", "paragraphId", "sentenceId", "sourceId", "sourceName"], Enumerable.Range(1, 6).Select(c => attributions.Cell(1, c).GetString()));
        Assert.Equal(["0123456789abcdef", "A1", "P2"], Enumerable.Range(1, 3).Select(c => attributions.Cell(2, c).GetString()));
        Assert.Equal("UK Ministry of Defence", attributions.Cell(2, 6).GetString());
    }

    [Fact]
    public void An_empty_batch_still_saves_a_workbook_with_headers()
    {
        using var batch = new BatchWorkbook();
        using var workbook = SaveAndOpen(batch);

        Assert.Equal("status", workbook.Worksheet("Documents").Cell(1, 5).GetString());
        Assert.Equal("documentId", workbook.Worksheet("Sources").Cell(1, 1).GetString());
    }

    [Fact]
    public void A_sheet_stops_at_its_row_limit_and_says_where_the_other_rows_are()
    {
        using var batch = new BatchWorkbook(rowLimit: 7);
        batch.Add(SampleDataset.Create());
        batch.Add(Second());

        using var workbook = SaveAndOpen(batch);

        var paragraphs = workbook.Worksheet("Paragraphs");
        Assert.Equal(7, paragraphs.Tables.Single().DataRange.RowCount());
        Assert.Equal("fedcba9876543210", paragraphs.Cell(8, 1).GetString());
        Assert.StartsWith("Only the first 7 rows are in this sheet. Every row is in parquet/paragraphs.parquet", paragraphs.Cell(10, 1).GetString());
        Assert.Equal(2, workbook.Worksheet("Documents").Tables.Single().DataRange.RowCount());
        Assert.True(workbook.Worksheet("Documents").Cell(5, 1).IsEmpty());
    }

    [Fact]
    public void Saving_leaves_no_spool_files_behind()
    {
        using var folder = new TempFolder();
        using (var batch = new BatchWorkbook(folder.Path))
        {
            batch.Add(SampleDataset.Create());
            batch.Save(folder.File("batch.xlsx"));
        }
        Assert.Equal(["batch.xlsx"], folder.FileNames());
    }
}
