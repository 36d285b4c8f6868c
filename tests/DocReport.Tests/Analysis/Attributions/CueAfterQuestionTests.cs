using DocReport.Pipeline;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>
/// A quotation closing with its own question or exclamation mark ends a sentence; the name and cue opening the next sentence are
/// its speaker's (round 38, issue 8), not whoever spoke before it.
/// </summary>
public class CueAfterQuestionTests
{
    [Fact]
    public void A_question_quoted_before_a_new_speaker_s_name_and_cue_is_theirs()
    {
        var dataset = Analyzed.Of("“The council has not even costed the ferry plan,” said Mara Lind, who leads the opposition. “Who is going to pay for all of it?” Tomas Weller asked the committee on Monday.");
        Assert.Equal(["Tomas Weller"], dataset.SpeakersOf("Who is going to pay"));
        Assert.Equal(["Mara Lind"], dataset.SpeakersOf("not even costed"));
    }

    [Fact]
    public void A_quoted_exclamation_after_another_speaker_s_report_goes_to_the_name_after_it()
    {
        var dataset = Analyzed.Of("Councillor Ola Berg criticised the ferry plan in the chamber and suggested that the harbour board would lose the vote if it went ahead. "
            + "“We will not get along with this council, not at all!” Ivo Marsh told a radio station on Monday when asked about the vote.");
        Assert.Equal(["Ivo Marsh"], dataset.SpeakersOf("We will not get along"));
    }

    [Fact]
    public void A_quotation_ending_in_a_full_stop_still_goes_on_with_the_speaker_before_it()
    {
        var dataset = Analyzed.Of("“The council has not even costed the ferry plan,” said Mara Lind, who leads the opposition. “Nobody on the committee has seen any figures for it.” Tomas Weller chairs the committee.");
        Assert.DoesNotContain("Tomas Weller", dataset.SpeakersOf("Nobody on the committee"));
    }
}
