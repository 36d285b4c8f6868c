using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Json;
using DocReport.Output.Workbook;
using DocReport.Tests.Output.Brief;

namespace DocReport.Tests.Output;

/// <summary>
/// What the brief's heading, the workbook's Summary and dataset.json say of a document's title, read back: a title made
/// from a first sentence reads as a headline.
/// </summary>
public sealed class HeadingMetadataOutputTests : IDisposable
{
    private readonly BriefFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static DocumentInfo JsonDocument(ArticleDataset dataset)
    {
        using var stream = new MemoryStream();
        new JsonDatasetWriter().Write(dataset, stream);
        stream.Position = 0;
        return JsonDatasetReader.Read(stream).Value!.Document;
    }

    private static string? SummaryValue(ArticleDataset dataset, string key)
    {
        using var output = new TempFolder();
        new WorkbookWriter().Write(dataset, output.Path);
        using var workbook = new XLWorkbook(new MemoryStream(File.ReadAllBytes(output.File("dataset.xlsx"))));
        var row = workbook.Worksheet("Summary").Tables.Single().DataRange.Rows().Single(r => r.Cell(1).GetString() == key);
        return row.Cell(2).IsEmpty() ? null : row.Cell(2).GetString();
    }

    [Fact]
    public void A_title_made_from_a_first_sentence_has_no_full_stop_in_the_dataset_workbook_and_brief()
    {
        var dataset = BriefFolder.Convert("ferry.txt", "The harbour trust approved a new ferry pier on Monday.\n\nWork is due to start in the spring, its chair said.");

        Assert.Equal("The harbour trust approved a new ferry pier on Monday", JsonDocument(dataset).Title);
        Assert.Equal(TitleOrigin.FirstSentence, dataset.Document.TitleOrigin);
        Assert.Equal("The harbour trust approved a new ferry pier on Monday", SummaryValue(dataset, "title"));
        using var pdf = folder.Write(dataset);
        Assert.Equal("The harbour trust approved a new ferry pier on Monday", pdf.Information.Title);
        // the sentence itself keeps its stop in the body
        Assert.Contains(dataset.Paragraphs.SelectMany(p => p.Sentences), s => s.Text == "The harbour trust approved a new ferry pier on Monday.");
    }

    [Fact]
    public void A_first_sentence_ending_in_an_abbreviation_keeps_its_stop_in_the_title()
    {
        var dataset = BriefFolder.Convert("ferry.txt", "The ferry line moved its head office to the U.S.\n\nWork is due to start in the spring, its chair said.");

        Assert.Equal("The ferry line moved its head office to the U.S.", JsonDocument(dataset).Title);
    }
}
