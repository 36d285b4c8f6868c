namespace DocReport.Tests.Analysis.Attributions;

public class SpeechActsTests
{
    // Thanking is done in words: "She thanked the crowd and left the stage" reports her thanks, so it credits her.
    [Theory]
    [InlineData("Mayor Ilse Brandvold thanked the ferry crews and left the stage.", "Ilse Brandvold")]
    [InlineData("Senator Omar Lindqvist has complimented the harbour pilots, but with a distinct edge.", "Omar Lindqvist")]
    [InlineData("Senator Omar Lindqvist is congratulating his rival on a narrow win in the river wards.", "Omar Lindqvist")]
    [InlineData("Senator Omar Lindqvist apologized to the dockworkers for the late wages.", "Omar Lindqvist")]
    [InlineData("Senator Omar Lindqvist exhorted the council to “keep the night crossings running.”", "Omar Lindqvist")]
    [InlineData("Senator Omar Lindqvist expressed deep concern about the ferry budget.", "Omar Lindqvist")]
    [InlineData("Senator Omar Lindqvist has expressed cautious optimism that the ferry budget will pass.", "Omar Lindqvist")]
    [InlineData("Ilse Brandvold, the harbour master, has complimented the pilots on a calm season.", "Ilse Brandvold")]
    [InlineData("Professor Dag Helland likens the new ferry timetable to a game of musical chairs.", "Dag Helland")]
    [InlineData("Ilse Brandvold, the harbour master, emphasizes the need for a second night crossing.", "Ilse Brandvold")]
    public void A_speech_act_credits_its_subject(string sentence, string speaker)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Contains(speaker, dataset.SpeakersOf(sentence[..20]));
    }

    [Theory]
    [InlineData("Senator Omar Lindqvist did not apologize for the late wages.")]
    [InlineData("Senator Omar Lindqvist was thanked by the ferry crews for his help.")]
    [InlineData("Senator Omar Lindqvist expressed anti-harbour sentiment on his own page again.")]
    [InlineData("Senator Omar Lindqvist wants a sandwich.")]
    [InlineData("The poster showed a ferry, the mayor and a star likened to the harbour crest.")]
    [InlineData("Senator Omar Lindqvist joined a board that emphasizes safety at sea.")]
    public void A_speech_act_not_done_or_not_a_speech_act_credits_no_one(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Empty(dataset.SpeakersOf(sentence[..20]));
    }

    [Theory]
    [InlineData("The appeals court ruled on Tuesday that the harbour fees were unlawful.", "ruled")]
    [InlineData("A judge ordered the port authority to release the inspection records.", "ordered")]
    [InlineData("The tribunal held that the dockworkers had been underpaid for years.", "held")]
    public void A_ruling_with_what_was_decided_credits_the_body(string sentence, string verb)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.NotEmpty(dataset.SpeakersOf(verb));
    }

    [Theory]
    [InlineData("The court ruled the room.")]
    [InlineData("Harbour officials have effectively ruled that out.")]
    [InlineData("The appeals court ruled against the harbour fees on Friday.")]
    [InlineData("General Ilse Brandvold ordered the troops to the northern border.")]
    [InlineData("General Ilse Brandvold ordered 300 of them to Norland to guard the bridges.")]
    [InlineData("The harbour board held that title for a decade.")]
    [InlineData("The tribunal held a hearing that lasted until midnight.")]
    public void A_ruling_without_what_was_decided_or_no_ruling_credits_no_one(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Empty(dataset.SpeakersOf(sentence[..12]));
    }

    [Fact]
    public void A_described_court_is_not_another_court_described_before()
    {
        var dataset = Analyzed.Of(
            "The appeals court sent the case back to the district court on Monday.",
            "The appeals court ruled that the harbour fees were unlawful.");
        Assert.DoesNotContain("district court", dataset.SpeakersOf("were unlawful"));
    }
}
