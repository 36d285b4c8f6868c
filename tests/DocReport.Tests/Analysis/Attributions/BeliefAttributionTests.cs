using DocReport.Analysis.Attributions;
using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

public class BeliefAttributionTests
{
    [Theory]
    [InlineData("Senator Ana Ruiz wants the border rules changed before the vote.", "Senator Ana Ruiz", "wants", "the border rules changed before the vote")]
    [InlineData("The Vermont senator decided to stay in the race until the convention.", "The Vermont senator", "decided", "to stay in the race until the convention")]
    [InlineData("Mayor Tom Pell is seeking a second term, and the council opposes him.", "Mayor Tom Pell", "seeking", "a second term")]
    public void A_verb_of_belief_intention_or_stance_after_its_subject_is_a_belief_that_reports_nothing(string sentence, string source, string cue, string content)
    {
        var article = ArticleFixture.Build(sentence);
        var found = Assert.Single(AttributionRules.Extract(article, QuotationFinder.Find(article)), f => f.Source.Text == source).Classified(true);
        Assert.Equal((cue, content, AttributionKind.Belief, false), (found.Cue.Text, found.Content.Text, found.Kind, found.Reports));
    }

    [Theory]
    [InlineData("In defending himself, the governor spoke for an hour.")]
    [InlineData("The senator was viewed as a moderate.")]
    [InlineData("Trump's plans would cost $150 billion.")]
    [InlineData("The bank backed out of the deal last week.")]
    [InlineData("Many voters who want lower taxes stayed home.")]
    [InlineData("The mayor said areas where the governor wants cuts would suffer.")]
    [InlineData("Turnout fell because the union decided to stay home.")]
    [InlineData("The governor would oppose the plan.")]
    public void A_form_that_is_no_finite_verb_after_its_subject_or_a_view_told_inside_a_report_makes_no_belief(string sentence)
    {
        var article = ArticleFixture.Build(sentence);
        Assert.DoesNotContain(AttributionRules.Extract(article, QuotationFinder.Find(article)), f => f.Classified(true).Kind == AttributionKind.Belief);
    }

    [Fact]
    public void A_belief_lists_no_source_and_links_no_claim_but_its_holder_stays_a_source_where_cited()
    {
        var dataset = Analyzed.Of("Ana Ruiz wants the plan dropped.", "Tom Pell wants a recount.", "“We lost,” Tom Pell said on Monday.");
        Assert.All(dataset.Attributions.Where(a => a.Source.Text is "Ana Ruiz" or "Tom Pell" && a.Cue.Text is not "said"),
            a => Assert.Equal((AttributionKind.Belief, (string?)null), (a.Kind, a.SourceId)));
        Assert.Equal(["Tom Pell"], dataset.Sources.Select(s => s.Name));
        Assert.Empty(dataset.ClaimContaining("the plan dropped").SourceIds);
        Assert.Empty(dataset.ClaimContaining("a recount").SourceIds);
        Assert.Equal(["Tom Pell"], dataset.SourceNamesOf(dataset.ClaimContaining("We lost")));
    }

    [Fact]
    public void A_report_is_speech_or_a_document_by_its_source()
    {
        var dataset = Analyzed.Of("A study by the university found that rents rose.", "Ana Ruiz said the plan failed.");
        Assert.Equal(AttributionKind.Document, Assert.Single(dataset.Attributions, a => a.Cue.Text == "found").Kind);
        Assert.Equal(AttributionKind.Speech, dataset.AttributionFrom("Ana Ruiz").Kind);
    }

    [Theory]
    [InlineData("The legislation makes clear that landlords must fit smoke alarms in every bedroom.", "legislation")]
    [InlineData("And the law makes clear that tenants may withhold rent for a home without heating.", "law")]
    public void A_document_opening_its_sentence_holds_no_belief_what_its_verb_tells_it_says(string sentence, string name)
    {
        var dataset = Analyzed.Of("The county reviewed its housing rules this year.", sentence);
        var attribution = Assert.Single(dataset.Attributions, a => a.Kind == AttributionKind.Document);
        Assert.Equal(name, dataset.SourceOf(attribution).Name);
    }

    [Fact]
    public void A_document_inside_the_sentence_or_in_a_passive_is_no_source()
    {
        var dataset = Analyzed.Of("The survey was funded by the county.", "Wildlife officers are pleased, as many surveys now include the cliffs.");
        Assert.DoesNotContain(dataset.Sources, s => s.Kind == SourceKind.Document);
    }
}
