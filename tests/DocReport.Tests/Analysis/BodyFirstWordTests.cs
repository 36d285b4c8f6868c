namespace DocReport.Tests.Analysis;

/// <summary>A body called by its first word alone ("Pew" for "the Pew Research Center") is the body named in full (round 46).</summary>
public class BodyFirstWordTests
{
    [Fact]
    public void A_bodys_first_word_alone_is_the_body_when_its_other_words_are_body_words()
    {
        var dataset = Analyzed.Of(
            "A survey by the Tarrow Research Center found that most voters were undecided.",
            "Tarrow said the margin of error was three points.");
        Assert.Equal("Tarrow Research Center", dataset.SourceOf(dataset.AttributionFrom("Tarrow")).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Tarrow");
    }

    [Fact]
    public void A_first_word_stays_apart_when_the_body_has_a_word_the_lists_do_not_know()
    {
        var dataset = Analyzed.Of(
            "A survey by the Tarrow Lindqvist Center found that most voters were undecided.",
            "Tarrow said the margin of error was three points.");
        Assert.NotEqual("Tarrow Lindqvist Center", dataset.SourceOf(dataset.AttributionFrom("Tarrow")).Name);
    }
}
