using System.Text.Json;
using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Tests.Output.Brief;
using DocReport.Validation;
using UglyToad.PdfPig;

namespace DocReport.Tests.Pipeline;

/// <summary>A brief that shows less than the dataset says so in every other output, not only in itself.</summary>
public sealed class BriefCutWarningTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("docreport-briefcut-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(ArticleDataset dataset, int maxPages) =>
        new PipelineBuilder().UseOptions(new PipelineOptions { MaxBriefPages = maxPages }).Build()
            .Write(dataset, folder, ["pdf", "xlsx", "json", "csv"]);

    private List<(string Code, string Message, string Location)> JsonWarnings()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "dataset.json")));
        return json.RootElement.GetProperty("validation").EnumerateArray()
            .Select(v => (v.GetProperty("code").GetString()!, v.GetProperty("message").GetString()!, v.GetProperty("location").GetString()!)).ToList();
    }

    [Fact]
    public void A_brief_cut_at_its_page_limit_puts_a_warning_in_the_dataset_json_csv_and_workbook()
    {
        Write(BriefFixture.Create(400) with { Claims = [], Sources = [] }, maxPages: 6);

        var warning = Assert.Single(JsonWarnings(), w => w.Code == ValidationCodes.BriefTruncated);
        Assert.Matches(@"shows the first \d+ of 400 paragraphs", warning.Message);
        Assert.Contains("6-page limit", warning.Message);
        using (var pdf = PdfDocument.Open(Path.Combine(folder, "brief.pdf")))
            Assert.Contains("The outline is cut", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        Assert.Contains(ValidationCodes.BriefTruncated, File.ReadAllText(Path.Combine(folder, "validation.csv")));
        using var workbook = new XLWorkbook(Path.Combine(folder, "dataset.xlsx"));
        Assert.Contains(workbook.Worksheet("Validation").CellsUsed(), c => c.GetString() == ValidationCodes.BriefTruncated);
    }

    [Fact]
    public void A_brief_that_shows_everything_adds_no_warning()
    {
        Write(BriefFixture.Create(12), maxPages: 500);

        Assert.DoesNotContain(JsonWarnings(), w => w.Code is ValidationCodes.BriefTruncated or ValidationCodes.BriefClipped);
    }

    [Fact]
    public void Without_a_brief_nothing_is_cut_and_nothing_is_said()
    {
        new PipelineBuilder().UseOptions(new PipelineOptions { MaxBriefPages = 6 }).Build()
            .Write(BriefFixture.Create(400) with { Claims = [], Sources = [] }, folder, ["json"]);

        Assert.DoesNotContain(JsonWarnings(), w => w.Code == ValidationCodes.BriefTruncated);
        Assert.False(File.Exists(Path.Combine(folder, "brief.pdf")));
    }
}
