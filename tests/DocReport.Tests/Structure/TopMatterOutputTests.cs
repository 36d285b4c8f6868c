using System.Text;
using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Workbook;
using DocReport.Pipeline;
using DocReport.Tests.Reading;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// The byline and date lines at the top of a text, Markdown, DOCX or PDF article: their names and date go into the
/// document's metadata (names only, a date only when it is written), the lines leave the body; read back from
/// dataset.json and the workbook's Summary sheet.
/// </summary>
public class TopMatterOutputTests
{
    private const string Body = "The county council approved the new bus lanes on Tuesday, the transport chair said.\n\n"
        + "Shop owners on the high street said they feared losing their parking.";

    private static ArticleDataset Convert(string name, byte[] bytes)
    {
        using var pipeline = new PipelineBuilder().Build();
        return pipeline.Convert(new SourceFile(name, bytes)).Dataset!;
    }

    private static ArticleDataset Convert(string name, string text) => Convert(name, Encoding.UTF8.GetBytes(text));

    // dataset.json written and read back: what a user of the file sees.
    private static DocumentInfo JsonDocument(ArticleDataset dataset)
    {
        return JsonRoundTrip.Of(dataset).Document;
    }

    private static (string Authors, string Published) Summary(ArticleDataset dataset)
    {
        using var folder = new Output.TempFolder();
        new WorkbookWriter().Write(dataset, folder.Path);
        using var workbook = new XLWorkbook(new MemoryStream(File.ReadAllBytes(folder.File("dataset.xlsx"))));
        var rows = workbook.Worksheet("Summary").Tables.Single().DataRange.Rows().ToList();
        string Value(string key) => rows.Single(r => r.Field("key").GetString() == key).Field("value").GetFormattedString();
        return (Value("authors"), Value("published"));
    }

    [Theory]
    [InlineData("a.txt", "Bus lanes approved\n\nBy Staff Reporter, 14 March 2026\n\n")]
    [InlineData("a.md", "# Bus lanes approved\n\nBy Staff Reporter, 14 March 2026\n\n")]
    [InlineData("a.txt", "Bus lanes approved\n\nBy Our Correspondent | 14 March 2026\n\n")]
    public void A_newsroom_byline_keeps_its_date_and_names_no_one(string name, string top)
    {
        var dataset = Convert(name, top + Body);
        var document = JsonDocument(dataset);
        Assert.Equal("2026-03-14", document.Published);
        Assert.Empty(document.Authors);
        Assert.DoesNotContain(dataset.Paragraphs, p => p.Text.Contains("Staff Reporter") || p.Text.Contains("Correspondent"));
        Assert.Equal("", Summary(dataset).Authors);
    }

    [Theory]
    [InlineData("a.md", "# Bus lanes approved\n\n*By Ana Ruiz | Updated 3 hours ago*\n\n")]
    [InlineData("a.txt", "Bus lanes approved\nBy Ana Ruiz | Updated 3 hours ago\n\n")]
    [InlineData("a.txt", "Bus lanes approved\n\nBy Ana Ruiz\n5 min read\n\n")]
    public void A_time_relative_to_reading_leaves_the_byline_and_gives_no_date(string name, string top)
    {
        var dataset = Convert(name, top + Body);
        var document = JsonDocument(dataset);
        Assert.Equal(["Ana Ruiz"], document.Authors);
        Assert.Null(document.Published);
        Assert.Equal("Bus lanes approved", document.Title);
        Assert.DoesNotContain(dataset.Paragraphs, p => p.Text.Contains("ago") || p.Text.Contains("Ana Ruiz"));
    }

    [Fact]
    public void Posted_by_a_name_on_a_date_gives_both()
    {
        var document = JsonDocument(Convert("a.txt", "Bus lanes approved\n\nPosted by Ann Lee on March 5, 2026\n\n" + Body));
        Assert.Equal(["Ann Lee"], document.Authors);
        Assert.Equal("2026-03-05", document.Published);
    }

    [Theory]
    [InlineData("a.txt", "Bus lanes approved\n\nBy JANE ROE, Political Correspondent\n\n", "JANE ROE")]
    [InlineData("a.txt", "Bus lanes approved\n\nBy Samuel Osei, Environment Editor | March 2, 2026\n\n", "Samuel Osei")]
    [InlineData("a.md", "---\ntitle: Bus lanes approved\nauthor: \"Mei Tanaka, Senior Reporter\"\n---\n\n", "Mei Tanaka")]
    [InlineData("a.md", "---\ntitle: Bus lanes approved\nauthor: Karin Holm (Editor)\n---\n\n", "Karin Holm")]
    public void Authors_are_names_without_their_roles(string name, string top, string author)
    {
        var dataset = Convert(name, top + Body);
        Assert.Equal([author], JsonDocument(dataset).Authors);
        Assert.Equal(author, Summary(dataset).Authors);
    }

    [Theory]
    [InlineData("By Nora Vance, Associated Press", new[] { "Nora Vance" })]
    [InlineData("By Nora Vance and Ed Pilsen, The Associated Press", new[] { "Nora Vance", "Ed Pilsen" })]
    [InlineData("By Reuters", new[] { "Reuters" })]
    public void A_wire_service_beside_a_person_is_not_an_author(string byline, string[] authors)
    {
        var dataset = Convert("a.txt", "Bus lanes approved\n\n" + byline + "\n\n" + Body);
        Assert.Equal(authors, JsonDocument(dataset).Authors);
    }

    [Theory]
    [InlineData("Published: 12/03/2026", null)]
    [InlineData("Published: 25/03/2026", "2026-03-25")]
    [InlineData("Published: 03/25/2026", "2026-03-25")]
    public void A_numeric_date_that_could_be_either_order_is_not_guessed(string line, string? published)
    {
        var dataset = Convert("a.txt", $"Bus lanes approved\n\n{line}\n\n{Body}");
        Assert.Equal(published, JsonDocument(dataset).Published);
        Assert.Equal(published is null, Summary(dataset).Published.Length == 0);
    }

    [Fact]
    public void A_docx_byline_and_date_paragraph_win_over_an_account_name_and_the_file_date()
    {
        var docx = DocxFixture.Build(d => d
                .Paragraph("Bus lanes approved", "Title")
                .Paragraph("By Ann Lee, Transport Correspondent")
                .Paragraph("10 March 2026")
                .Paragraph("The county council approved the new bus lanes on Tuesday, the transport chair said.")
                .Paragraph("Shop owners on the high street said they feared losing their parking."),
            title: "Bus lanes approved", creator: "jsmith", created: new DateTime(2025, 11, 2, 9, 0, 0, DateTimeKind.Utc));
        var dataset = Convert("a.docx", docx);
        var document = JsonDocument(dataset);
        Assert.Equal(["Ann Lee"], document.Authors);
        Assert.Equal("2026-03-10", document.Published);
        Assert.StartsWith("The county council", dataset.Paragraphs[0].Text);
    }

    [Fact]
    public void A_docx_without_a_byline_names_no_account_as_its_author()
    {
        var docx = DocxFixture.Build(d => d
            .Paragraph("Bus lanes approved", "Title")
            .Paragraph("The county council approved the new bus lanes on Tuesday, the transport chair said."), creator: "o.grant");
        Assert.Empty(JsonDocument(Convert("a.docx", docx)).Authors);
    }

    [Fact]
    public void A_pdf_of_one_line_paragraphs_keeps_them_apart_and_gives_its_byline_and_date()
    {
        string[] paragraphs =
        [
            "The county council approved the new bus lanes on Tuesday, the transport chair said.",
            "Shop owners on the high street said they feared losing their parking.",
            "The lanes will open in September.",
            "Cyclists' groups welcomed the plan but asked for wider lanes.",
        ];
        var pdf = PdfFixture.Build(p =>
        {
            p.NewPage().Line("Bus lanes approved", 18).Line("By Ann Lee").Line("Published: March 18, 2026 2:00 PM EDT");
            var baseline = 660.0;
            // One paragraph of two lines, the rest of one line each, a wider gap between paragraphs.
            p.At("Councillors voted nine to two for the plan after a long debate that ran", 72, baseline).At("late into the evening.", 72, baseline - 13);
            baseline -= 36;
            foreach (var paragraph in paragraphs) { p.At(paragraph, 72, baseline); baseline -= 23; }
        });
        var dataset = Convert("a.pdf", pdf);
        var document = JsonDocument(dataset);
        Assert.Equal(["Ann Lee"], document.Authors);
        Assert.Equal("2026-03-18", document.Published);
        Assert.Equal(["Councillors voted nine to two for the plan after a long debate that ran late into the evening.", .. paragraphs],
            dataset.Paragraphs.Select(p => p.Text));
    }
}
