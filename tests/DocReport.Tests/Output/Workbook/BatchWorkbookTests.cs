using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Workbook;

namespace DocReport.Tests.Output.Workbook;

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
        var documents = workbook.Worksheet("Documents").Tables.Single().DataRange.Rows().ToList();
        Assert.Equal(3, documents.Count);
        Assert.Equal(["converted", "failed", "converted"], documents.Select(r => r.Field("status").GetString()));
        Assert.Equal("samples/broken.pdf", documents[1].Field("sourcePath").GetString());
        Assert.Equal("not a PDF: no %PDF header", documents[1].Field("error").GetString());
        Assert.True(documents[1].Field("published").IsEmpty());
        Assert.Equal(5, documents[2].Field("paragraphCount").GetValue<int>());
        Assert.Equal("markdown", documents[2].Field("format").GetString());
    }

    [Fact]
    public void The_documents_sheet_gives_each_document_s_facts_with_its_publication_date_as_an_excel_date()
    {
        using var batch = new BatchWorkbook();
        batch.Add(SampleDataset.Create());
        batch.Add(Second() with { Document = Second().Document with { Published = "2024-11-05T18:30:00-05:00", Authors = ["Ada Byron", "Tom Reed"] } });
        batch.Add(Second() with { Document = Second().Document with { Id = "1111111111111111", Published = "2024-11" } });

        using var workbook = SaveAndOpen(batch);

        var documents = workbook.Worksheet("Documents").Tables.Single().DataRange.Rows().ToList();
        var day = documents[0].Field("published");
        Assert.Equal(XLDataType.DateTime, day.DataType);
        Assert.Equal(new DateTime(2023, 9, 14), day.GetDateTime());
        Assert.Equal("yyyy-mm-dd", day.Style.DateFormat.Format);
        // The time as the page gives it, in its own offset, which follows it: the evening of 5 November, not the small hours of the 6th.
        var stamp = documents[1].Field("published");
        Assert.Equal(new DateTime(2024, 11, 5, 18, 30, 0), stamp.GetDateTime());
        Assert.Equal("yyyy-mm-dd hh:mm \"-05:00\"", stamp.Style.DateFormat.Format);
        Assert.Equal("Ada Byron; Tom Reed", documents[1].Field("authors").GetString());
        // A year and month is no day: it stays text.
        Assert.Equal(XLDataType.Text, documents[2].Field("published").DataType);
        Assert.Equal("2024-11", documents[2].Field("published").GetString());
        Assert.Equal("https://example.org/articles/tricky", documents[0].Field("url").CachedValue);
        Assert.StartsWith("HYPERLINK(", documents[0].Field("url").FormulaA1);
    }

    [Fact]
    public void Combined_sheets_lead_with_the_document_id_and_file_name_and_hold_every_document_s_rows()
    {
        using var batch = new BatchWorkbook();
        batch.Add(SampleDataset.Create());
        batch.Add(Second());

        using var workbook = SaveAndOpen(batch);

        var paragraphs = workbook.Worksheet("Paragraphs");
        Assert.Equal(["documentId", "fileName"], Enumerable.Range(1, 2).Select(c => paragraphs.Cell(1, c).GetString()));
        Assert.Equal(10, paragraphs.Tables.Single().DataRange.RowCount());
        Assert.Equal(["fedcba9876543210", "second.md"], Enumerable.Range(1, 2).Select(c => paragraphs.Cell(11, c).GetString()));
        Assert.Equal("=1+2 is not a formula. Neither is =SUM(A1:A9).", paragraphs.Cell(2, 7).GetString());
        Assert.False(paragraphs.Cell(2, 7).HasFormula);
        var claims = workbook.Worksheet("Claims");
        Assert.Equal(4, claims.Tables.Single().DataRange.RowCount());
        Assert.Equal("tricky.txt", claims.Cell(2, 2).GetString());
        Assert.Equal("https://www.gov.uk/government/organisations/ministry-of-defence", workbook.Worksheet("Sources").Cell(2, 9).CachedValue);
        Assert.StartsWith("HYPERLINK(", workbook.Worksheet("Sources").Cell(2, 9).FormulaA1);
        var attributions = workbook.Worksheet("Attributions");
        Assert.Equal(["documentId", "fileName", "id", "paragraphId", "sentenceId", "sourceId", "sourceName"], Enumerable.Range(1, 7).Select(c => attributions.Cell(1, c).GetString()));
        Assert.Equal(["0123456789abcdef", "tricky.txt", "A1", "P2"], Enumerable.Range(1, 4).Select(c => attributions.Cell(2, c).GetString()));
        Assert.Equal("UK Ministry of Defence", attributions.Cell(2, 7).GetString());
    }

    [Fact]
    public void An_article_read_through_a_shell_s_process_substitution_goes_by_pipe_not_by_its_descriptor_number()
    {
        using var batch = new BatchWorkbook();
        batch.Add(Second() with { Document = Second().Document with { SourcePath = "/dev/fd/63" } }, "pipe");

        using var workbook = SaveAndOpen(batch);

        Assert.Equal("pipe", workbook.Worksheet("Paragraphs").Cell(2, 2).GetString());
        Assert.Equal("pipe", workbook.Worksheet("Claims").Cell(2, 2).GetString());
        // Documents keeps the path the command was given, as for every input.
        Assert.Equal("/dev/fd/63", workbook.Worksheet("Documents").Tables.Single().DataRange.Rows().Single().Field("sourcePath").GetString());
    }

    [Fact]
    public void An_empty_batch_still_saves_a_workbook_with_headers()
    {
        using var batch = new BatchWorkbook();
        using var workbook = SaveAndOpen(batch);

        Assert.Contains("status", workbook.Worksheet("Documents").Row(1).CellsUsed().Select(c => c.GetString()));
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
