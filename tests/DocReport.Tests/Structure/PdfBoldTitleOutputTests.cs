using DocReport.Tests.Output;
using DocReport.Tests.Reading;

namespace DocReport.Tests.Structure;

/// <summary>
/// A PDF's title set in bold a little above the body's size (groff -ms sets .TL two points above an 11-point body) is the
/// title, and the name line under it the authors, not paragraphs 1 and 2. Read back from dataset.json.
/// </summary>
public class PdfBoldTitleOutputTests
{
    private const string Headline = "Council Votes to Close the Harbour Road for the Winter";

    private static byte[] Pdf(double titleSize, bool bold) => PdfFixture.Build(p =>
    {
        p.NewPage();
        if (bold) p.AtBold(Headline + ".", 120, 760, titleSize);
        else p.At(Headline + ".", 120, 760, titleSize);
        p.At("Jane Doe", 260, 735, 11)
            .At("The harbour road will close from November to March, the council decided on Tuesday, after", 72, 700, 11)
            .At("storms broke its sea wall twice last winter and left the road under water for nine days,", 72, 687, 11)
            .At("while the engineers draw up plans for a higher wall, the council's chair said.", 72, 674, 11);
    });

    [Theory]
    [InlineData(13)]
    [InlineData(12.8)]
    public void A_bold_title_two_points_above_the_body_is_the_title_and_its_name_line_the_authors(double size)
    {
        var dataset = JsonRoundTrip.Convert("harbour.pdf", Pdf(size, bold: true));

        Assert.Equal(Headline + ".", dataset.Document.Title);
        Assert.Equal(["Jane Doe"], dataset.Document.Authors);
        Assert.StartsWith("The harbour road will close", dataset.Paragraphs[0].Text);
        Assert.DoesNotContain(dataset.Paragraphs, p => p.Text.Contains("Harbour Road"));
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(12, true)]
    public void A_first_line_not_bold_or_barely_larger_stays_a_paragraph(double size, bool bold)
    {
        var dataset = JsonRoundTrip.Convert("harbour.pdf", Pdf(size, bold));

        Assert.Equal(Headline + ".", dataset.Paragraphs[0].Text);
    }
}
