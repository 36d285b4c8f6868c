namespace DocReport.Tests.Analysis;

/// <summary>The people a poll counted ("Forty percent of voters said", "those surveyed said") speak in the poll's finding, near it.</summary>
public class PollRespondentsTests
{
    [Fact]
    public void Respondents_after_a_poll_are_the_polls()
    {
        var dataset = Analyzed.Of(
            "A new Harbour Ledger poll released Monday found that Ellery leads Marsh by six points.",
            "Forty percent of voters said they had not decided. Those surveyed said the economy mattered most.",
            "About one in five said they would stay home in November.");
        foreach (var finding in new[] { "had not decided", "economy mattered", "stay home" })
            Assert.Contains("Ledger", Assert.Single(dataset.SpeakersOf(finding)), StringComparison.Ordinal);
    }

    [Fact]
    public void Respondents_far_from_any_poll_are_no_ones()
    {
        var dataset = Analyzed.Of(
            "A new Harbour Ledger poll released Monday found that Ellery leads Marsh by six points.",
            "Ellery toured three mill towns on Tuesday.",
            "Marsh spent the week raising money on the coast.",
            "Both will debate in Fairport next month.",
            "Twenty percent said they would stay home in November.");
        Assert.Empty(dataset.SpeakersOf("stay home"));
    }

    [Fact]
    public void Respondents_after_another_poll_is_brought_in_are_not_the_first_polls()
    {
        var dataset = Analyzed.Of(
            "A new Harbour Ledger poll released Monday found that Ellery leads Marsh by six points.",
            "Marsh did better in an earlier Pollwatch survey, where 38 percent of voters said they trusted him.");
        Assert.DoesNotContain(dataset.SpeakersOf("trusted him"), s => s.Contains("Ledger", StringComparison.Ordinal));
    }

    [Fact]
    public void The_poll_is_the_one_last_cited_where_other_makers_polls_are_named()
    {
        var dataset = Analyzed.Of(
            "Ellery trailed in a Pollwatch poll last spring.",
            "A new Harbour Ledger poll released Monday found that Ellery leads Marsh by six points.",
            "The poll showed Marsh losing ground among older voters.");
        Assert.Contains("Ledger", Assert.Single(dataset.SpeakersOf("losing ground")), StringComparison.Ordinal);
    }
}
