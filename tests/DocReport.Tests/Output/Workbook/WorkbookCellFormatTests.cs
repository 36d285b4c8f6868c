using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Brief;
using DocReport.Output.Workbook;

namespace DocReport.Tests.Output.Workbook;

/// <summary>Cells a person reads in Excel as they read them in the brief: scores with two decimals, dates as dates with their time zone, counts as numbers.</summary>
public sealed class WorkbookCellFormatTests
{
    private static XLWorkbook WriteAndOpen(ArticleDataset dataset)
    {
        using var folder = new TempFolder();
        new WorkbookWriter().Write(dataset, folder.Path);
        return new XLWorkbook(new MemoryStream(File.ReadAllBytes(folder.File("dataset.xlsx"))));
    }

    private static IXLCell Field(IXLWorksheet sheet, int row, string header)
    {
        var table = sheet.Tables.Single();
        return table.DataRange.Rows().ElementAt(row).Field(header);
    }

    private static IXLCell SummaryValue(XLWorkbook workbook, string key) =>
        workbook.Worksheet("Summary").Tables.Single().DataRange.Rows().Single(r => r.Field("key").GetString() == key).Field("value");

    [Theory]
    [InlineData(0.876549, 0.8765, "0.88")]
    [InlineData(0.99587, 0.9959, "0.99")]
    [InlineData(1.0, 1.0, "1.00")]
    [InlineData(0.333333, 0.3333, "0.33")]
    public void Scores_are_numbers_with_every_decimal_shown_with_two_as_in_the_brief(double score, double stored, string shown)
    {
        var sample = SampleDataset.Create();
        var dataset = sample with { Claims = [sample.Claims[0] with { Score = score }, .. sample.Claims.Skip(1)] };
        using var workbook = WriteAndOpen(dataset);

        var cell = Field(workbook.Worksheet("Claims"), 0, "score");
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(stored, cell.GetDouble());
        // Excel shows two decimals, rounded, except 0.99 from 0.995 to 1 (ClosedXML 0.95 cannot apply a format with conditions, so it is read as written).
        Assert.Equal("[>=1]0.00;[>=0.995]\"0.99\";0.00", cell.Style.NumberFormat.Format);
        Assert.Equal(shown, ReaderText.Score(score));
        var sentence = Field(workbook.Worksheet("Sentences"), 0, "score");
        Assert.Equal(cell.Style.NumberFormat.Format, sentence.Style.NumberFormat.Format);
    }

    [Theory]
    [InlineData("2023-09-14", "yyyy-mm-dd", 0)]
    [InlineData("2024-11-05T18:30:00-05:00", "yyyy-mm-dd hh:mm \"-05:00\"", 18)]
    [InlineData("2024-11-05T18:30:00+0530", "yyyy-mm-dd hh:mm \"+05:30\"", 18)]
    [InlineData("2024-11-05T18:30:00.000Z", "yyyy-mm-dd hh:mm \"UTC\"", 18)]
    [InlineData("2024-11-05T18:30:00", "yyyy-mm-dd hh:mm", 18)]
    public void The_summary_s_publication_date_is_an_excel_date_at_the_page_s_time_with_its_offset_shown(string published, string format, int hour)
    {
        var sample = SampleDataset.Create();
        using var workbook = WriteAndOpen(sample with { Document = sample.Document with { Published = published } });

        var cell = SummaryValue(workbook, "published");
        Assert.Equal(XLDataType.DateTime, cell.DataType);
        Assert.Equal(new DateTime(int.Parse(published[..4]), int.Parse(published[5..7]), int.Parse(published[8..10]), hour, hour == 0 ? 0 : 30, 0), cell.GetDateTime());
        Assert.Equal(format, cell.Style.NumberFormat.Format);
    }

    [Fact]
    public void A_publication_date_that_is_no_day_stays_text_and_counts_are_numbers()
    {
        var sample = SampleDataset.Create();
        using var workbook = WriteAndOpen(sample with { Document = sample.Document with { Published = "2024-11" } });

        Assert.Equal(XLDataType.Text, SummaryValue(workbook, "published").DataType);
        Assert.Equal("2024-11", SummaryValue(workbook, "published").GetString());
        foreach (var key in new[] { "characterCount", "paragraphCount", "sentenceCount", "claimCount", "sourceCount", "warningCount" })
            Assert.Equal(XLDataType.Number, SummaryValue(workbook, key).DataType);
    }
}
