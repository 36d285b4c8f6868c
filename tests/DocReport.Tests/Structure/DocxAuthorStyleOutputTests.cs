using DocReport.Tests.Output;
using DocReport.Tests.Reading;

namespace DocReport.Tests.Structure;

/// <summary>
/// The Author-styled lines pandoc writes under a DOCX's title are its byline: out of the body, and the authors when the file's
/// core properties name none. Read back from dataset.json.
/// </summary>
public class DocxAuthorStyleOutputTests
{
    private const string Headline = "Reservoir Levels Fall to a Ten-Year Low";
    private const string First = "The water board said on Monday that the three reservoirs held 41% of their capacity.";
    private const string Second = "Farmers in the valleys have been asked to cut their use by a fifth until the autumn.";

    [Theory]
    [InlineData(null)]
    [InlineData("KIM PARK, OLA BERG")]
    public void Author_lines_under_the_title_are_the_byline(string? creator)
    {
        var docx = DocxFixture.Build(d => d.Paragraph(Headline, "Title").Paragraph("KIM PARK and OLA BERG", "Author")
            .Paragraph(First).Paragraph(Second), creator: creator);

        var dataset = JsonRoundTrip.Convert("reservoirs.docx", docx);

        Assert.Equal(Headline, dataset.Document.Title);
        Assert.Equal(["KIM PARK", "OLA BERG"], dataset.Document.Authors);
        Assert.Equal([First, Second], dataset.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void An_author_styled_line_in_the_body_stays_there()
    {
        var docx = DocxFixture.Build(d => d.Paragraph(Headline, "Title").Paragraph(First).Paragraph("Kim Park", "Author").Paragraph(Second));

        var dataset = JsonRoundTrip.Convert("reservoirs.docx", docx);

        Assert.Equal([First, "Kim Park", Second], dataset.Paragraphs.Select(p => p.Text));
    }
}
