using DocReport.Tests.Output;
using DocReport.Tests.Reading;

namespace DocReport.Tests.Structure;

/// <summary>
/// The name line under a PDF's title set in capitals ("ASHLEY PARKER and MAGGIE HABERMAN") or giving the writer's social
/// handle ("Ana Roe, @anaroe, USA TODAY") is the authors, not paragraph 1. Read back from dataset.json.
/// </summary>
public class PdfNameLineOutputTests
{
    private const string Headline = "Council Votes to Close the Harbour Road for the Winter.";

    private static byte[] Pdf(string nameLine) => PdfFixture.Build(p =>
    {
        p.NewPage();
        p.AtBold(Headline, 120, 760, 13);
        p.At(nameLine, 220, 735, 11)
            .At("The harbour road will close from November to March, the council decided on Tuesday, after", 72, 700, 11)
            .At("storms broke its sea wall twice last winter and left the road under water for nine days,", 72, 687, 11)
            .At("while the engineers draw up plans for a higher wall, the council's chair said.", 72, 674, 11);
    });

    [Theory]
    [InlineData("JANE DOE", new[] { "Jane Doe" })]
    [InlineData("ASHLEY PARKER and MAGGIE HABERMAN", new[] { "Ashley Parker", "Maggie Haberman" })]
    [InlineData("Heidi M. Przybyla, @HeidiPrzybyla, USA TODAY", new[] { "Heidi M. Przybyla" })]
    [InlineData("JANE DOE, @janedoe", new[] { "Jane Doe" })]
    public void A_name_line_in_capitals_or_with_a_handle_is_the_authors(string nameLine, string[] authors)
    {
        var dataset = JsonRoundTrip.Convert("harbour.pdf", Pdf(nameLine));

        Assert.Equal(authors, dataset.Document.Authors);
        Assert.StartsWith("The harbour road will close", dataset.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("HARBOUR ROAD CLOSED")]
    [InlineData("@harbourdesk, USA TODAY")]
    [InlineData("ANALYSIS")]
    public void A_line_in_capitals_or_a_handle_that_names_no_one_stays_a_paragraph(string line)
    {
        var dataset = JsonRoundTrip.Convert("harbour.pdf", Pdf(line));

        Assert.Empty(dataset.Document.Authors);
        Assert.Equal(line, dataset.Paragraphs[0].Text);
    }
}
