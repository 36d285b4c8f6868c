using DocReport.Analysis.Claims;
using DocReport.Bench.ClaimTraining;

namespace DocReport.Tests.Bench;

// Round 28's candidate features of bench/ClaimTraining (tried, not kept): a person's belief, feeling or wish, and a frame around
// words with nothing checkable; and the candidate rule that joins them.
public class ReportedStanceTests
{
    [Theory]
    [InlineData("Marsh believes the new ferry timetable is a mistake.")]
    [InlineData("The caretaker said he hoped the repairs would bring the tenants back.")]
    [InlineData("She felt the committee had ignored the families on the estate.")]
    [InlineData("Some fear the orchard will not survive another dry summer.")]
    [InlineData("Pharmacist Ann Lowe still thinks the queue outside is the council’s fault.")]
    [InlineData("The farmers, who did not want a second mast on the hill, wrote to the paper.")]
    public void A_person_s_belief_feeling_or_wish_is_a_stance(string sentence)
    {
        Assert.Contains(ReportedStance.BeliefFeature, ReportedStance.Features(SentenceSignals.Read(sentence), inArticle: false));
    }

    [Theory]
    [InlineData("The first thought of the rescuers was the weather.")]
    [InlineData("Their fear of floods grew as the river rose.")]
    [InlineData("It seems the ferry will run late again.")]
    [InlineData("The wants of the tenants were ignored for years.")]
    [InlineData("The bakery closed in March after the rent doubled.")]
    public void A_belief_word_without_a_person_before_it_is_no_stance(string sentence)
    {
        Assert.DoesNotContain(ReportedStance.BeliefFeature, ReportedStance.Features(SentenceSignals.Read(sentence), inArticle: false));
    }

    [Theory]
    [InlineData("The coach said the squad looks sharp and confident.")]
    [InlineData("Marsh told the meeting that the plan is a mistake.")]
    [InlineData("Residents fear that the new road will spoil the village.")]
    public void A_frame_around_words_with_nothing_checkable_is_bare(string sentence)
    {
        Assert.Contains(ReportedStance.BareFeature, ReportedStance.Features(SentenceSignals.Read(sentence), inArticle: false));
    }

    [Theory]
    [InlineData("The coach said the squad lost four of its last six games.")]
    [InlineData("Marsh told the meeting that the council closed the depot in May.")]
    [InlineData("The squad looks stronger than ever.")]
    public void A_frame_around_a_figure_a_time_or_an_event_or_no_frame_is_not_bare(string sentence)
    {
        Assert.DoesNotContain(ReportedStance.BareFeature, ReportedStance.Features(SentenceSignals.Read(sentence), inArticle: false));
    }
}

public class ReportedStanceRuleTests
{
    [Theory]
    [InlineData("The caretaker said he hoped the repairs would bring the tenants back.", true)]
    [InlineData("The caretaker said he hoped the council repaired 40 flats in May.", false)]
    [InlineData("Marsh believes the ferry was cancelled.", false)]
    [InlineData("The ferry timetable is a mistake.", false)]
    public void Only_a_stance_with_nothing_checkable_beside_it_holds(string sentence, bool holds)
    {
        Assert.Equal(holds, ReportedStance.IsOnlyStance(SentenceSignals.Read(sentence)));
    }
}

// `judgements --rule` (round 37): the bare rule also fires on a report that only frames words with nothing checkable, the library's
// judgement rule and the stance rule do not; a name the bench does not know is refused.
public class JudgementRuleNamesTests
{
    [Theory]
    [InlineData("judgement", false)]
    [InlineData("stance", false)]
    [InlineData("bare", true)]
    public void Only_the_bare_rule_fires_on_a_frame_around_a_plain_statement(string rule, bool fires)
    {
        Assert.Equal(fires, ReportedStance.Rule(rule)(SentenceSignals.Read("The tenants said the landlord owns the whole street.")));
    }

    [Theory]
    [InlineData("judgement")]
    [InlineData("stance")]
    [InlineData("bare")]
    public void No_rule_fires_on_a_report_of_a_dated_figure(string rule)
    {
        Assert.False(ReportedStance.Rule(rule)(SentenceSignals.Read("The tenants said the landlord raised the rent by 40 pounds in May.")));
    }

    [Fact]
    public void An_unknown_rule_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ReportedStance.Rule("stances"));
    }
}
