using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A name that owns a company's role ("Wells Fargo CEO John Stumpf", "Hollis's chief executive") is a body's, though a given name
/// opens it; "the bank" or "the company" with no body of its kind cited within reach is the one body the text names so. A name
/// something is published on ("a comparison done on Zero Hedge") is a site.
/// </summary>
public class BodyRoleOwnerTests
{
    [Fact]
    public void A_name_with_a_ceo_after_it_is_a_company_and_the_bank_is_that_company()
    {
        var dataset = Analyzed.Of(
            "Senator Ann Ruiz grilled Wells Fargo CEO John Stumpf on Tuesday over the scheme.",
            "The bank said that it had fired the employees.",
            "Wells Fargo announced it would end the incentives.");
        var bank = dataset.SourceOf(dataset.AttributionFrom("The bank"));
        Assert.Equal(("Wells Fargo", SourceKind.Organization), (bank.Name, bank.Kind));
        Assert.Equal(bank.Id, dataset.AttributionFrom("Wells Fargo").SourceId);
    }

    [Fact]
    public void A_possessive_chief_executive_names_the_company_the_company_said_means()
    {
        var dataset = Analyzed.Of(
            "Hollis Partners' chief executive, Mia Ford, left in March after a dispute with Megan Hale.",
            "The company said the dispute had been settled.");
        Assert.Equal("Hollis Partners", dataset.SourceOf(dataset.AttributionFrom("The company")).Name);
    }

    [Fact]
    public void A_spokesman_or_a_campaign_chairman_makes_no_body_of_a_person()
    {
        var dataset = Analyzed.Of(
            "Donald Trump said the figures were wrong.",
            "Trump spokesman Jason Miller said the campaign would respond, and Donald Trump's campaign chairman agreed.");
        Assert.Equal(SourceKind.Person, dataset.SourceOf(dataset.AttributionFrom("Donald Trump")).Kind);
    }

    [Fact]
    public void Two_companies_with_a_chief_executive_leave_the_bank_unnamed()
    {
        var dataset = Analyzed.Of(
            "Regulators questioned Wells Fargo CEO John Stumpf and Acme Lending CEO Ana Ruiz on Tuesday.",
            "The bank said that it had fired the employees.");
        Assert.StartsWith("unnamed ", dataset.SourceOf(dataset.AttributionFrom("The bank")).Name);
    }

    [Fact]
    public void A_role_in_a_headline_line_names_no_company()
    {
        var dataset = Analyzed.Of(
            "Warren Hammers Wells Fargo CEO",
            "The bank said that it had fired the employees.");
        Assert.StartsWith("unnamed ", dataset.SourceOf(dataset.AttributionFrom("The bank")).Name);
    }

    [Fact]
    public void A_name_something_is_published_on_is_a_site()
    {
        var dataset = Analyzed.Of(
            "In a comparison done on Zero Hedge, the two statements were treated differently.",
            "“On this basis,” Zero Hedge said, “the true rate is higher.”");
        Assert.Equal(SourceKind.Media, dataset.SourceOf(dataset.AttributionFrom("Zero Hedge")).Kind);
    }

    [Fact]
    public void A_person_named_with_a_given_name_stays_a_person_when_something_is_published_on_the_name()
    {
        var dataset = Analyzed.Of(
            "The letter was published on Anna Ruiz's blog last week.",
            "Anna Ruiz said the letter was genuine.");
        Assert.Equal(SourceKind.Person, dataset.SourceOf(dataset.AttributionFrom("Anna Ruiz")).Kind);
    }

    [Fact]
    public void Two_name_words_with_no_site_use_are_read_as_before()
    {
        var dataset = Analyzed.Of(
            "Critics focused on Zero Hedge after the vote.",
            "“On this basis,” Zero Hedge said, “the true rate is higher.”");
        Assert.Equal(SourceKind.Person, dataset.SourceOf(dataset.AttributionFrom("Zero Hedge")).Kind);
    }
}
