namespace DocReport.Tests.Analysis;

/// <summary>
/// A "he" or "she" whose own sentence opens with a phrase naming another person who could be meant stays unresolved (round 39,
/// issue 8), rather than going on with the speaker before it.
/// </summary>
public class OpeningPhrasePronounTests
{
    private const string Briefing = "Mayor Ostrun Pell held a briefing on Friday. “The harbour is busier than ever,” Pell said.";

    private const string Race = "During the 2019 race, Quennel Dravik accused Pell of neglecting the docks. He pledged that he would cut the harbour fees, a goal that Pell was able to reach in 2021.";

    [Fact]
    public void A_pronoun_after_an_opening_phrase_naming_another_man_is_given_to_neither()
    {
        var dataset = Analyzed.Of(Briefing, Race, "In a sign of how sensitive Pell is about the docks, he used his budget speech to call out the council members who he accused of stalling the dredging.");
        Assert.Empty(dataset.SpeakersOf("In a sign of how sensitive"));
        Assert.Equal(["Quennel Dravik"], dataset.SpeakersOf("He pledged"));
    }

    [Fact]
    public void An_opening_phrase_naming_the_speaker_himself_keeps_him()
    {
        var dataset = Analyzed.Of(Briefing, Race, "In a sign of how sure Dravik was of the vote, he told reporters that the fees would fall by half.");
        Assert.Equal(["Quennel Dravik"], dataset.SpeakersOf("In a sign of how sure").Distinct());
    }

    [Fact]
    public void An_opening_phrase_naming_only_places_keeps_the_speaker()
    {
        var dataset = Analyzed.Of(Briefing, "After three ferries were stranded near Port Adelaide in June, he admitted that the dredging had come too late.");
        Assert.Equal(["Ostrun Pell"], dataset.SpeakersOf("After three ferries"));
    }
}
