using DocReport.Analysis.Attributions;

namespace DocReport.Tests.Analysis.Attributions;

// cue-forms.txt: the present of verbs cues.tsv lists in the past only, read by the rules as weak cues
public class CueFormsTests
{
    [Theory]
    [InlineData("The harbour board maintains that the fee was fair.", "The harbour board", "maintains")]
    [InlineData("The fee was fair, the harbour board maintains.", "the harbour board", "maintains")]
    [InlineData("Dr. Ines Falk points out that the clinic has no night staff.", "Dr. Ines Falk", "points out")]
    [InlineData("The union contends that the mill broke the contract twice.", "The union", "contends")]
    [InlineData("Councillor Ray Otto concedes that the budget is short.", "Councillor Ray Otto", "concedes")]
    public void The_present_of_a_verb_listed_in_the_past_cues_its_subject(string sentence, string source, string cue)
    {
        var article = ArticleFixture.Build(sentence);
        var found = Assert.Single(AttributionRules.Extract(article, QuotationFinder.Find(article)), f => f.Cue.Text == cue);
        Assert.Equal(source, found.Source.Text);
    }

    [Theory]
    [InlineData("concedes", false)]
    [InlineData("conceded", true)]
    [InlineData("points  out", false)]
    [InlineData("pointed out", true)]
    public void A_present_form_is_weak_whatever_its_listed_past(string cue, bool strong) =>
        Assert.Equal(strong, ReportingCues.IsStrong(cue));

    [Theory]
    [InlineData("The mill maintains its own roads.")]
    [InlineData("The new chart indicates the river levels by colour.")]
    [InlineData("The harbour hotel welcomes guests all year.")]
    [InlineData("Each form asks for a date of birth.")]
    public void A_weak_form_without_that_or_a_quotation_cues_nothing(string sentence)
    {
        var article = ArticleFixture.Build(sentence);
        Assert.Empty(AttributionRules.Extract(article, QuotationFinder.Find(article)));
    }
}
