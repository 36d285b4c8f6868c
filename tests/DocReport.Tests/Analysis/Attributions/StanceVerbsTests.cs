namespace DocReport.Tests.Analysis.Attributions;

public class StanceVerbsTests
{
    [Theory]
    [InlineData("Senator Ilse Brandvold took aim at the harbour plan, calling it a gift to developers.", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold mocked the harbour plan, saying it would sink the ferry budget.", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold lambasted the harbour plan as a gift to developers.", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold derided the harbour plan as “a postcard with a price tag.”", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold fired back: “The harbour plan is a gift to developers.”", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold praised the pilots for showing “real nerve in a storm.”", "Ilse Brandvold")]
    [InlineData("In a statement on Friday, Senator Ilse Brandvold assailed the harbour plan.", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold attacked the harbour plan in an interview with a local radio station.", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold ridiculed the harbour plan on Twitter.", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold hit back at the harbour board in a statement.", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold hit out at the harbour board in an interview.", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold is questioning whether the harbour plan was ever costed.", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold dismissed the idea that the harbour plan would pay for itself.", "Ilse Brandvold")]
    [InlineData("Senator Ilse Brandvold attacked her rival by reminding voters that the ferry fares had doubled.", "Ilse Brandvold")]
    [InlineData("Ilse Brandvold, the harbour master, compared the new ferry to “a bathtub with a motor.”", "Ilse Brandvold")]
    [InlineData("In a statement on Friday, the transport minister, Ilse Brandvold, proposed a toll on the night crossings.", "Ilse Brandvold")]
    public void A_stance_verb_with_evidence_of_speech_credits_its_subject(string sentence, string speaker)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Contains(speaker, dataset.SpeakersOf(sentence[..20]));
    }

    [Theory]
    [InlineData("The senator blasted through the doors of the committee room.")]
    [InlineData("Republicans slammed the door on the harbour deal.")]
    [InlineData("She defended her title at the regional championship.")]
    [InlineData("Senator Ilse Brandvold attacked the harbour plan.")]
    [InlineData("Senator Ilse Brandvold has been attacked from all sides over the harbour plan.")]
    [InlineData("Senator Ilse Brandvold did not apologize for the harbour plan in the interview.")]
    [InlineData("Senator Ilse Brandvold defended her record as a harbour commissioner.")]
    [InlineData("The harbour engineers compared the two ferry routes over a decade.")]
    [InlineData("Senator Ilse Brandvold proposed a toll on the night crossings in 2019.")]
    [InlineData("Senator Ilse Brandvold, who is challenging the mayor in the spring, raised money in an email to donors.")]
    public void A_stance_verb_without_evidence_of_speech_or_telling_a_deed_credits_no_one(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Empty(dataset.SpeakersOf(sentence[..20]));
    }

    [Fact]
    public void A_noun_of_criticism_is_no_verb_of_its_possessor()
    {
        var dataset = Analyzed.Of("Brandvold’s attacks on the harbour plan drew “loud cheers” from the dockworkers.");
        Assert.Empty(dataset.SpeakersOf("attacks"));
    }

    [Fact]
    public void A_next_sentence_quoting_the_same_source_shows_the_stance_was_speech()
    {
        var dataset = Analyzed.Of("Senator Ilse Brandvold attacked the harbour plan. “It is a gift to developers and nothing else,” Brandvold said.");
        Assert.Contains("Ilse Brandvold", dataset.SpeakersOf("attacked"));
    }

    [Fact]
    public void A_next_sentence_quoting_someone_else_leaves_a_deed_unlinked()
    {
        var dataset = Analyzed.Of("The mayor, Ilse Brandvold, blasted through the doors. “Stop the vote right now,” shouted Omar Lindqvist, a clerk.");
        Assert.DoesNotContain("Ilse Brandvold", dataset.SpeakersOf("blasted"));
    }

    [Fact]
    public void A_report_of_the_same_source_just_before_shows_the_stance_was_speech()
    {
        var dataset = Analyzed.Of("Senator Ilse Brandvold admitted that the ferry budget was short. However, she defended her decision to keep the night crossings.");
        Assert.Contains("Ilse Brandvold", dataset.SpeakersOf("defended"));
    }

    [Fact]
    public void A_stance_inside_what_another_reports_stays_theirs()
    {
        var dataset = Analyzed.Of("Her neighbours have mocked the harbour plan, calling it “a postcard,” Ilse Brandvold said as she left. “But we still love the ferry!”");
        Assert.Contains("Ilse Brandvold", dataset.SpeakersOf("we still love"));
    }
}
