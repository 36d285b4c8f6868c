using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;
using static DocReport.Tests.Analysis.Attributions.TaggedAttributionsTests;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>Sources and contents the tagger left out that assembly reads from the sentence: SharedSubject and ClosingReport.</summary>
public class SharedSubjectTests
{
    [Fact]
    public void A_reporting_participle_or_coordinated_verb_after_the_main_clause_takes_its_subject()
    {
        var article = ArticleFixture.Build("Hours later, Tom Reyes returned the favour to the mayor, telling reporters that the budget was sound.",
            "The senator paused and recalled that the vote had been close.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "telling"), (SpanRole.Content, "that the budget was sound"),
            (SpanRole.Cue, "recalled"), (SpanRole.Content, "that the vote had been close")));
        Assert.Equal([("Tom Reyes", "telling"), ("The senator", "recalled")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void A_reporting_cue_right_after_an_aside_takes_the_subject_before_the_aside()
    {
        var article = ArticleFixture.Build("Ward Benning, 58, who lives outside Leeds and has voted for the party since 1990, says the council has ignored the town.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "says"), (SpanRole.Content, "the council has ignored the town")));
        Assert.Equal("Ward Benning", Assert.Single(found).Source.Text);
    }

    [Fact]
    public void No_subject_is_shared_with_a_passive_a_verb_that_reports_nothing_or_a_cue_with_a_source_before_it()
    {
        var article = ArticleFixture.Build("The mayor met the board and has been mentioned as a candidate.",
            "The mayor toured the port, smiling at the crowd.",
            "Ana Ruiz said the plan failed, and Tom Hale argued that it worked.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "has been mentioned as"), (SpanRole.Content, "a candidate"),
            (SpanRole.Cue, "smiling at"), (SpanRole.Content, "the crowd"),
            (SpanRole.Source, "Ana Ruiz"), (SpanRole.Cue, "said"), (SpanRole.Content, "the plan failed"), (SpanRole.Cue, "argued"), (SpanRole.Content, "that it worked")));
        Assert.Equal([("Ana Ruiz", "said")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void A_single_capitalised_word_opening_a_headline_is_no_subject_unless_named_before()
    {
        var article = ArticleFixture.Build("Repeats old claims and says the vote was rigged.",
            "Senator Ana Ruiz spoke at the hall.",
            "Ruiz thanked the crowd and said the vote was fair.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "says"), (SpanRole.Content, "the vote was rigged"),
            (SpanRole.Cue, "said"), (SpanRole.Content, "the vote was fair")));
        Assert.Equal([("Ruiz", "said")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void A_report_closing_its_sentence_reports_the_clause_before_its_comma()
    {
        var article = ArticleFixture.Build("Turnout in the northern wards rose sharply, a new survey indicates.",
            "The fees were a scare tactic, as Dana Price noted in the Courier.",
            "Earlier this week, the council announced new fees.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "a new survey"), (SpanRole.Cue, "indicates"),
            (SpanRole.Source, "Dana Price"), (SpanRole.Cue, "noted"), (SpanRole.Source, "the council"), (SpanRole.Cue, "announced")));
        Assert.Equal([("a new survey", "Turnout in the northern wards rose sharply"), ("Dana Price", "The fees were a scare tactic")], found.Select(f => (f.Source.Text, f.Content.Text)));
    }

    [Fact]
    public void A_report_closing_a_sentence_that_holds_another_report_leaves_it_to_that_report()
    {
        var article = ArticleFixture.Build("Ana Ruiz said in a memo that stores would close, the Courier reported.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "Ana Ruiz"), (SpanRole.Cue, "said"), (SpanRole.Content, "that stores would close"),
            (SpanRole.Source, "the Courier"), (SpanRole.Cue, "reported")));
        Assert.Equal(["Ana Ruiz"], found.Select(f => f.Source.Text));
    }

    [Fact]
    public void According_to_a_source_opening_its_sentence_reports_the_rest()
    {
        var article = ArticleFixture.Build("According to an audit office summary of its review, the agency spent too much on consultants.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "According to"), (SpanRole.Source, "an audit office summary of its review")));
        Assert.Equal("the agency spent too much on consultants", Assert.Single(found).Content.Text);
    }
}
