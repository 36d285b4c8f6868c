using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// "The company" with no company cited before is the one body the text set beside the noun ("her own company: Organic Liaison",
/// "Voltaris, a software company"), cited or not; a person so set, or two bodies, leave it an unnamed company.
/// </summary>
public class BodySetWithNounTests
{
    [Fact]
    public void The_company_s_release_is_the_body_set_after_the_noun_by_a_colon()
    {
        var dataset = Analyzed.Of(
            "Some of that, she claimed, was down to her own weight-loss company: Verdant Liaison.",
            "The company’s release continued, “The program works.”",
            "The firm’s statement asserted, “We will defend ourselves.”");
        var source = dataset.SourceOf(dataset.AttributionFrom("The company’s release"));
        Assert.Equal(("Verdant Liaison", SourceKind.Organization), (source.Name, source.Kind));
        Assert.Equal(source.Id, dataset.AttributionFrom("The firm’s statement").SourceId);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.StartsWith("unnamed ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_company_is_the_body_the_text_describes_after_a_comma()
    {
        var dataset = Analyzed.Of(
            "Voltaris, a software company in Leeds, lost two contracts last year.",
            "The company said its new product would ship in May.");
        Assert.Equal("Voltaris", dataset.SourceOf(dataset.AttributionFrom("The company")).Name);
    }

    [Fact]
    public void A_person_set_beside_the_noun_is_no_company()
    {
        var dataset = Analyzed.Of(
            "Ann Lee, a company founder, left the board last year.",
            "The company said its new product would ship in May.");
        Assert.DoesNotContain("Lee", dataset.SourceOf(dataset.AttributionFrom("The company")).Name);
    }

    [Fact]
    public void Two_bodies_set_beside_the_noun_leave_the_company_unnamed()
    {
        var dataset = Analyzed.Of(
            "Voltaris, a software company, and Brennan Packaging, a packaging company, signed the deal.",
            "The company said its new product would ship in May.");
        Assert.StartsWith("unnamed ", dataset.SourceOf(dataset.AttributionFrom("The company")).Name);
    }
}
