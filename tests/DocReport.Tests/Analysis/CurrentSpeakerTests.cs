namespace DocReport.Tests.Analysis;

/// <summary>
/// "he" and "she" go on with the current speaker (the subject of the last cue) past people only spoken of since: named as an
/// object ("she told Oprah") or inside a quotation; a person of the gender who does something in between still leaves them unresolved.
/// </summary>
public class CurrentSpeakerTests
{
    [Fact]
    public void She_goes_on_with_the_speaker_past_women_she_spoke_to()
    {
        var dataset = Analyzed.Of(
            "The actress Marla Vennick said on Monday that she had lost weight again.",
            "In 2004 she told Joanna Pell, “I was never comfortable on the red carpet.”",
            "In 2009 she told Dana Orrin about the diet she had tried.",
            "“It was the hardest year of my life,” she added.");
        Assert.Equal(["Marla Vennick"], dataset.SourceNamesOf(dataset.ClaimContaining("hardest year")));
    }

    [Fact]
    public void He_goes_on_with_the_speaker_past_a_man_named_inside_his_quotation()
    {
        var dataset = Analyzed.Of(
            "“Peter Hallam has never built a bridge in his life,” Senator Tomas Ridell said on Tuesday.",
            "The vote on the bridge is set for May.",
            "He said the new budget would be voted on within a month.");
        Assert.Equal(["Tomas Ridell"], dataset.SourceNamesOf(dataset.ClaimContaining("voted on within a month")));
    }

    [Fact]
    public void He_after_another_man_who_acts_in_between_stays_unresolved()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Ridell said on Tuesday that the budget was late.",
            "Peter Hallam, the finance minister, left the meeting early.",
            "The vote on the bridge is set for May.",
            "He said the new budget would be voted on within a month.");
        Assert.Null(dataset.AttributionFrom("He").SourceId);
    }

    [Fact]
    public void He_goes_on_with_the_speaker_past_a_man_he_criticized()
    {
        var dataset = Analyzed.Of(
            "Senator Tomas Ridell said on Tuesday that the budget was late, and he criticized Peter Hallam for the delay.",
            "He said the new budget would be voted on within a month.");
        Assert.Equal(["Tomas Ridell"], dataset.SourceNamesOf(dataset.ClaimContaining("voted on within a month")));
    }
}
