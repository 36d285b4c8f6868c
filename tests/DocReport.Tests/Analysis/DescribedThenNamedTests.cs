using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A person described by a role, whom the text also names: a lede's "a judge" then "Justice Ann Roe", "Lee's lawyer" after "an
/// attorney for Lee, Ana Ruiz". One source, the person named, not an unnamed one beside them. The sentences are made up.
/// </summary>
public class DescribedThenNamedTests
{
    [Fact]
    public void A_role_the_lede_brings_in_is_the_one_holder_the_text_names_by_the_role_s_other_noun()
    {
        var dataset = Analyzed.Of(
            "Court turns down harbour board appeal",
            "A Halden judge has turned down the harbour board's appeal, saying the ferry contract was lawfully awarded.",
            "The board had asked for the contract to be set aside.",
            "County Court Justice Ingrid Solvang rejected that argument in a ruling released on Friday.");
        Assert.Equal("Ingrid Solvang", LedeJudge(dataset).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.StartsWith("unnamed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_the_lede_brings_in_stays_unnamed_when_the_text_names_two_holders()
    {
        var dataset = Analyzed.Of(
            "Court turns down harbour board appeal",
            "A Halden judge has turned down the harbour board's appeal, saying the ferry contract was lawfully awarded.",
            "County Court Justice Ingrid Solvang rejected that argument in a ruling released on Friday.",
            "Judge Peter Aasen, who sits on the appeals bench, wrote that the case may go further.");
        Assert.StartsWith("unnamed", LedeJudge(dataset).Name, StringComparison.Ordinal);
    }

    // "has turned down ..., saying": the lede's sentence holds two attributions of the judge, the saying one cited
    private static Source LedeJudge(ArticleDataset dataset) =>
        dataset.SourceOf(dataset.Attributions.First(a => a.Source.Text == "A Halden judge" && a.SourceId is not null));

    [Fact]
    public void A_role_past_the_lede_is_not_given_to_the_holder_named_later()
    {
        var dataset = Analyzed.Of(
            "Court turns down harbour board appeal",
            "The harbour board lost its appeal over the ferry contract on Friday.",
            "A Halden judge said last year that such contracts were lawfully awarded.",
            "County Court Justice Ingrid Solvang rejected the board's argument in a ruling released on Friday.");
        Assert.StartsWith("unnamed", dataset.SourceOf(dataset.AttributionFrom("A Halden judge")).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Someone_s_lawyer_is_the_person_named_as_their_attorney()
    {
        var dataset = Analyzed.Of(
            "An attorney for Brekke, Maren Lund, said her client would not appear before the committee.",
            "The committee voted to hold Brekke in contempt on Thursday.",
            "Brekke's lawyer has said he will answer no questions in public.");
        Assert.Equal("Maren Lund", dataset.SourceOf(dataset.AttributionFrom("Brekke's lawyer")).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.StartsWith("unnamed", StringComparison.Ordinal));
    }

    [Fact]
    public void Someone_s_lawyer_is_not_another_person_s_attorney()
    {
        var dataset = Analyzed.Of(
            "An attorney for Brekke, Maren Lund, said her client would not appear before the committee.",
            "The committee voted to hold Brekke and Dahl in contempt on Thursday.",
            "Dahl's lawyer has said he will answer no questions in public.");
        Assert.NotEqual("Maren Lund", dataset.SourceOf(dataset.AttributionFrom("Dahl's lawyer")).Name);
    }

    [Fact]
    public void The_lawyer_is_the_person_last_named_as_an_attorney()
    {
        var dataset = Analyzed.Of(
            "Attorney Helen Marsh said her client would not appear before the committee.",
            "The lawyer added that the hearing had been called too late.");
        Assert.Equal("Helen Marsh", dataset.SourceOf(dataset.AttributionFrom("The lawyer")).Name);
        Assert.Single(dataset.Sources);
    }
}
