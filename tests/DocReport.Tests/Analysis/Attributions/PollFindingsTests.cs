namespace DocReport.Tests.Analysis.Attributions;

/// <summary>A finding told as standing "in" one poll is that poll's; the polls in general, a speaker's sentence and the next sentence are not.</summary>
public class PollFindingsTests
{
    [Theory]
    [InlineData("In a new Harbour Ledger poll released Monday, 48 percent of likely voters backed Ellery.", "48 percent of likely voters")]
    [InlineData("Ellery led Marsh by six points in the latest Harbour Ledger poll.", "Ellery led Marsh")]
    [InlineData("But in the Harbour Ledger survey, Marsh trailed among women, 41 percent to 52 percent.", "Marsh trailed among women")]
    public void Figures_told_in_one_poll_are_the_polls_finding(string text, string finding)
    {
        var dataset = Analyzed.Of(text);
        var poll = Assert.Single(dataset.SourceNamesOf(dataset.ClaimContaining(finding)));
        Assert.Contains("Ledger", poll, StringComparison.Ordinal);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("voters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ellery has risen in the polls since March, and now leads by six points.")]
    [InlineData("Marsh trailed by 12 points in national polls all summer.")]
    public void The_polls_in_general_are_the_writers_summary(string text)
    {
        var dataset = Analyzed.Of(text);
        Assert.Empty(dataset.Claims.SelectMany(c => c.SourceIds));
    }

    [Fact]
    public void A_speakers_sentence_stays_the_speakers()
    {
        var dataset = Analyzed.Of("Rena Ellery said she led Marsh by six points in the latest Harbour Ledger poll.");
        Assert.Equal(["Rena Ellery"], dataset.SourceNamesOf(dataset.ClaimContaining("six points")));
    }

    [Fact]
    public void The_next_sentence_with_no_cue_is_not_the_polls()
    {
        var dataset = Analyzed.Of("In a new Harbour Ledger poll released Monday, Ellery led Marsh by six points. Marsh plans three rallies in the north this week.");
        Assert.Single(dataset.SourceNamesOf(dataset.ClaimContaining("six points")));
        Assert.Empty(dataset.SourceNamesOf(dataset.ClaimContaining("three rallies")));
    }
}
