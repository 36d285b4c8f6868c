using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A name that owns a company's role ("Wells Fargo CEO John Stumpf", "Hollis's chief executive") is a body's, though a given name
/// opens it; "the bank" or "the company" with no body of its kind cited within reach is the one body the text names so.
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
}
