using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Workbook;
using DocReport.Tests.Output.Brief;

namespace DocReport.Tests.Output;

/// <summary>
/// What the brief's heading, the workbook's Summary and dataset.json say of a document's title and site, read back: a title
/// made from a first sentence reads as a headline, and a site name is the site's name, not a template variable, an
/// address, the page's own title or the site's slogan.
/// </summary>
public sealed class HeadingMetadataOutputTests : IDisposable
{
    private readonly BriefFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static DocumentInfo JsonDocument(ArticleDataset dataset)
    {
        return JsonRoundTrip.Of(dataset).Document;
    }

    private static string? SummaryValue(ArticleDataset dataset, string key)
    {
        using var output = new TempFolder();
        new WorkbookWriter().Write(dataset, output.Path);
        using var workbook = new XLWorkbook(new MemoryStream(File.ReadAllBytes(output.File("dataset.xlsx"))));
        var row = workbook.Worksheet("Summary").Tables.Single().DataRange.Rows().Single(r => r.Cell(1).GetString() == key);
        return row.Cell(2).IsEmpty() ? null : row.Cell(2).GetString();
    }

    private static string Page(string siteName, string title = "Harbour trust approves new ferry pier") => $"""
        <html lang="en"><head><title>{title}</title><meta property="og:site_name" content="{siteName}"></head><body><article>
        <h1>{title}</h1>
        <p>The harbour trust approved a new ferry pier on Monday, its chair said, after two years of planning and a public inquiry.</p>
        <p>Work is due to start in the spring and to cost 4.2 million pounds, according to the trust's annual report.</p>
        </article></body></html>
        """;

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

    [Theory]
    [InlineData("{$plugin.tx_news.opengraph.site_name}", null)]
    [InlineData("{{ site.title }}", null)]
    [InlineData("https://www.harbourwire.example", "harbourwire.example")]
    [InlineData("Harbour Wire | News, Weather, Sports | Eastport", "Harbour Wire")]
    [InlineData("Harbour Wire – the paper for the whole coast", "Harbour Wire")]
    [InlineData("Harbour trust approves new ferry pier | Harbour Wire", "Harbour Wire")]
    [InlineData("Harbour Wire - Eastport", "Harbour Wire - Eastport")]
    [InlineData("Harbour Wire", "Harbour Wire")]
    [InlineData("★★★ - Harbour Wire - News from the whole coast", "Harbour Wire")]
    [InlineData("☆☆☆☆☆", null)]
    public void A_site_name_is_the_sites_name_in_the_dataset_the_workbook_and_the_brief(string ogSiteName, string? shown)
    {
        var dataset = BriefFolder.Convert("pier.html", Page(ogSiteName));

        Assert.Equal(shown, JsonDocument(dataset).SiteName);
        Assert.Equal(shown, SummaryValue(dataset, "siteName"));
        using var pdf = folder.Write(dataset);
        var firstPage = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        if (shown is null) Assert.DoesNotContain("Site:", firstPage);
        else Assert.Contains("Site: " + shown, firstPage);
        Assert.DoesNotContain("plugin", firstPage);
    }
}
