namespace DocReport.Tests.Analysis;

/// <summary>
/// Rounds 45-46 (issue 8): a person named inside what the speaker reports ("said that Governor Ruth Dane is to blame ...") is only
/// spoken of, so a later "she said" goes on with the speaker; one named outside the report, one who acts in it ("that Governor Ruth
/// Dane had cut ..."), or a reply's pronoun, stays unresolved.
/// </summary>
public class OwnReportBetweenTests
{
    private const string Between = "The committee met again on Tuesday.";
    private const string Quote = "“We will not let that stand,” she said.";

    [Fact]
    public void A_woman_in_a_state_in_the_speakers_own_report_leaves_the_pronoun_to_the_speaker()
    {
        var dataset = Analyzed.Of("Senator Marta Quill said on Monday that Governor Ruth Dane is to blame for the school cuts.", Between, Quote);
        Assert.Equal(["Marta Quill"], dataset.SpeakersOf("“We will not let that stand"));
    }

    [Fact]
    public void A_woman_as_the_object_in_the_speakers_own_report_leaves_the_pronoun_to_the_speaker()
    {
        var dataset = Analyzed.Of("Senator Marta Quill said on Monday that the teachers no longer trusted Governor Ruth Dane.", Between, Quote);
        Assert.Equal(["Marta Quill"], dataset.SpeakersOf("“We will not let that stand"));
    }

    [Fact]
    public void A_woman_acting_in_the_speakers_own_report_keeps_the_pronoun_unresolved()
    {
        var dataset = Analyzed.Of("Senator Marta Quill said on Monday that Governor Ruth Dane had cut the school budget twice.", Between, Quote);
        Assert.Empty(dataset.SpeakersOf("“We will not let that stand"));
    }

    [Fact]
    public void A_woman_running_something_in_the_speakers_own_report_keeps_the_pronoun_unresolved()
    {
        var dataset = Analyzed.Of("Senator Marta Quill said on Monday that Governor Ruth Dane was quietly cutting the school budget.", Between, Quote);
        Assert.Empty(dataset.SpeakersOf("“We will not let that stand"));
    }

    [Fact]
    public void A_mans_possessive_in_the_speakers_own_report_leaves_the_pronoun_to_the_speaker()
    {
        var dataset = Analyzed.Of("Tom Reyes said that Mark Hale's plan for the port would fail within a year.", Between,
            "“Nobody has asked the dockworkers,” he said.");
        Assert.Equal(["Tom Reyes"], dataset.SpeakersOf("“Nobody has asked"));
    }

    [Fact]
    public void A_woman_named_outside_the_speakers_report_keeps_the_pronoun_unresolved()
    {
        var dataset = Analyzed.Of("Senator Marta Quill said on Monday that the school budget would not pass.",
            "The committee met again on Tuesday, and Governor Ruth Dane spoke first.", Quote);
        Assert.Empty(dataset.SpeakersOf("“We will not let that stand"));
    }

    [Fact]
    public void A_man_asked_in_the_speakers_question_may_be_the_one_who_answers()
    {
        var dataset = Analyzed.Of("Last month, the reporter Scott Lane asked Senator Tom Reyes whether his age was fair game in the campaign.",
            "“Sure it is. I cannot remember the last day I took off,” he said.");
        Assert.DoesNotContain("Scott Lane", dataset.SpeakersOf("“Sure it is"));
    }

    [Fact]
    public void A_reply_after_the_report_may_be_the_one_spoken_of()
    {
        var dataset = Analyzed.Of("Senator Marta Quill said on Monday that Governor Ruth Dane is to blame for the school cuts.",
            Between, "She responded that the cuts had kept the state solvent.");
        Assert.Empty(dataset.SpeakersOf("She responded"));
    }
}
