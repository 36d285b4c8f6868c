using DocReport.Tests.Output;
using DocReport.Tests.Reading;

namespace DocReport.Tests.Structure;

/// <summary>
/// A hyphen at a PDF line's end: a hyphenation is joined ("emis-" / "sions"), a compound the text writes with its hyphen
/// elsewhere keeps it ("carbon-" / "emissions"). Read back from dataset.json.
/// </summary>
public class PdfLineEndHyphenOutputTests
{
    [Fact]
    public void A_compound_keeps_its_hyphen_and_a_hyphenation_is_joined()
    {
        var pdf = PdfFixture.Build(p => p.NewPage()
            .Line("The city council said on Monday that its carbon-emissions target for the decade")
            .Line("would stay, although the harbour's own emis-")
            .Line("sions rose by a fifth last year, and that the new carbon-")
            .Line("emissions levy on the harbour would start in March, the council's chair said."));

        var text = JsonRoundTrip.Convert("levy.pdf", pdf).Paragraphs.Single().Text;

        Assert.Contains("harbour's own emissions rose", text);
        Assert.Contains("the new carbon-emissions levy", text);
        Assert.DoesNotContain('\u00AD', text);
    }
}
