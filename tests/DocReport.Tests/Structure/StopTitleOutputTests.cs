using System.Text;
using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Workbook;
using DocReport.Tests.Output;
using DocReport.Tests.Reading;

namespace DocReport.Tests.Structure;

/// <summary>
/// A document whose top heading (Markdown "#", Word's Title or Heading 1) is written as a sentence, ending in a full stop:
/// it is still the title, and leaves the body; a lower heading or a plain first line ending so is not taken. Read back from
/// dataset.json and the workbook's Summary sheet.
/// </summary>
public class StopTitleOutputTests
{
    private const string Headline = "Ferry fares rise in May.";
    private const string First = "The island ferry company will raise its fares by five per cent from the first of May, it said on Monday.";
    private const string Second = "Residents with a season ticket will pay the old price until their ticket runs out.";

    private static string SummaryTitle(ArticleDataset dataset)
    {
        using var folder = new TempFolder();
        new WorkbookWriter().Write(dataset, folder.Path);
        using var workbook = new XLWorkbook(new MemoryStream(File.ReadAllBytes(folder.File("dataset.xlsx"))));
        var rows = workbook.Worksheet("Summary").Tables.Single().DataRange.Rows().ToList();
        return rows.Single(r => r.Field("key").GetString() == "title").Field("value").GetString();
    }

    public static TheoryData<string, byte[]> TopHeadings() => new()
    {
        { "fares.md", Encoding.UTF8.GetBytes($"# {Headline}\n\n{First}\n\n{Second}\n") },
        { "fares.docx", DocxFixture.Build(d => d.Paragraph(Headline, "Title").Paragraph(First).Paragraph(Second)) },
        { "heading.docx", DocxFixture.Build(d => d.Paragraph(Headline, "Heading1").Paragraph(First).Paragraph(Second)) },
    };

    [Theory]
    [MemberData(nameof(TopHeadings))]
    public void A_top_heading_ending_in_a_full_stop_is_the_title_and_leaves_the_body(string name, byte[] bytes)
    {
        var dataset = JsonRoundTrip.Convert(name, bytes);

        Assert.Equal(Headline, dataset.Document.Title);
        Assert.Equal([First, Second], dataset.Paragraphs.Select(p => p.Text));
        Assert.All(dataset.Paragraphs, p => Assert.Null(p.Section));
        Assert.Equal(Headline, SummaryTitle(dataset));
    }

    [Theory]
    [InlineData("lower.md", "## Ferry fares rise in May.\n\n")]
    [InlineData("plain.md", "Ferry fares rise in May.\n\n")]
    public void A_lower_heading_or_a_first_line_ending_in_a_full_stop_is_no_title(string name, string top)
    {
        var dataset = JsonRoundTrip.Convert(name, Encoding.UTF8.GetBytes($"{top}{First}\n\n{Second}\n"));

        // The line stays in the body, as a section's heading or a paragraph; the title is made from the text.
        Assert.NotEqual(Headline, dataset.Document.Title);
        Assert.Contains(dataset.Paragraphs, p => p.Section == Headline || p.Text == Headline);
        Assert.Contains(dataset.Paragraphs, p => p.Text == First);
    }
}
