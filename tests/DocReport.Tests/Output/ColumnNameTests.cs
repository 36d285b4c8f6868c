using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocReport.Output.Csv;
using DocReport.Output.Workbook;

namespace DocReport.Tests.Output;

/// <summary>One column-name convention: a sheet and the CSV file of the same table have the same camelCase headers.</summary>
public sealed class ColumnNameTests
{
    [Theory]
    [InlineData("Paragraphs")]
    [InlineData("Sentences")]
    [InlineData("Claims")]
    [InlineData("Sources")]
    [InlineData("Attributions")]
    [InlineData("Validation")]
    public void A_sheet_and_its_csv_file_have_the_same_headers(string table)
    {
        using var folder = new TempFolder();
        new CsvDatasetWriter().Write(SampleDataset.Create(), folder.Path);
        new WorkbookWriter().Write(SampleDataset.Create(), folder.Path);
        var csv = File.ReadAllText(folder.File(table.ToLowerInvariant() + ".csv"), Encoding.UTF8);
        using var workbook = new XLWorkbook(folder.File(WorkbookWriter.FileName));

        var sheetHeaders = workbook.Worksheet(table).Tables.Single().HeadersRow().Cells().Select(c => c.GetString()).ToList();

        Assert.Equal(Rfc4180.Parse(csv)[0], sheetHeaders);
    }

    [Fact]
    public void Every_header_of_every_sheet_is_camel_case()
    {
        using var folder = new TempFolder();
        new WorkbookWriter().Write(SampleDataset.Create(), folder.Path);
        var batch = new BatchWorkbook();
        batch.Add(SampleDataset.Create());
        batch.Save(folder.File("batch.xlsx"));

        foreach (var file in new[] { WorkbookWriter.FileName, "batch.xlsx" })
        {
            using var workbook = new XLWorkbook(folder.File(file));
            var headers = workbook.Worksheets.SelectMany(s => s.Tables.Single().HeadersRow().Cells().Select(c => c.GetString()));
            Assert.All(headers, h => Assert.Matches(new Regex("^[a-z][a-zA-Z0-9]*$"), h));
        }
    }
}
