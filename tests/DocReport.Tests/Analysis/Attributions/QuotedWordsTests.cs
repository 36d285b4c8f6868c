using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

public class QuotedWordsTests
{
    [Theory]
    [InlineData("“We will have to close two of the branch libraries next spring,” Councillor Mara Velt continued.", "Councillor Mara Velt")]
    [InlineData("“The new ward opens in the autumn and takes forty beds,” Dr. Ilse Brandvold shared.", "Dr. Ilse Brandvold")]
    public void A_quotation_handed_to_its_speaker_is_speech_whatever_the_verb(string sentence, string source)
    {
        var dataset = Analyzed.Of("The town hall meeting ran late on Tuesday.", sentence);
        var attribution = dataset.AttributionFrom(source);
        Assert.Equal(AttributionKind.Speech, attribution.Kind);
        Assert.NotNull(attribution.SourceId);
    }

    [Fact]
    public void A_quotation_the_verb_takes_inside_its_sentence_stays_a_belief()
    {
        var dataset = Analyzed.Of("Councillor Mara Velt wants “a fair deal” for the town before the vote.");
        Assert.All(dataset.Attributions, a => Assert.Equal(AttributionKind.Belief, a.Kind));
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void A_speaker_named_after_a_capitalised_verb_is_not_read_from_the_verb()
    {
        var dataset = Analyzed.Of("Said Brennick: “I never thought the mill would close in my lifetime.”");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Said");
    }
}
