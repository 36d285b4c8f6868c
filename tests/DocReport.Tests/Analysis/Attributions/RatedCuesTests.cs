using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

public class RatedCuesTests
{
    [Theory]
    [InlineData("Councillor Mara Velt lamented that the branch library would close before the spring.", "Councillor Mara Velt")]
    [InlineData("Councillor Mara Velt continued, “We cannot keep two libraries open on this budget.”", "Councillor Mara Velt")]
    public void A_word_annotators_mostly_mark_as_a_cue_reports_a_clause_or_quotation(string sentence, string source)
    {
        var dataset = Analyzed.Of("The town hall meeting ran late on Tuesday.", sentence);
        var attribution = dataset.AttributionFrom(source);
        Assert.Equal(AttributionKind.Speech, attribution.Kind);
        Assert.NotNull(attribution.SourceId);
    }

    [Theory]
    [InlineData("Councillor Mara Velt ordered a review of the branch library budget before the vote.")]
    [InlineData("Councillor Mara Velt defended the branch library at the meeting on Tuesday.")]
    public void Without_a_clause_or_quotation_the_word_cites_no_one(string sentence)
    {
        var dataset = Analyzed.Of("The town hall meeting ran late on Tuesday.", sentence);
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void An_auxiliary_or_adverb_that_goes_with_cues_makes_no_cue_of_its_own()
    {
        var dataset = Analyzed.Of("Mara Velt opened the harbour festival on Friday.",
            "While the mayor again met hostility from the tabloids, she has proved that she can keep the harbour open.");
        Assert.DoesNotContain(dataset.Attributions, a => a.SourceId is not null);
    }
}
