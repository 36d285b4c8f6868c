using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
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
    public void A_quotation_opened_after_a_colon_is_handed_over_even_when_it_runs_past_the_content()
    {
        const string text = "Vautrin continued: “The old pier closes in November. The ferries will berth at the north quay until spring.”";
        var content = Part(text, "“The old pier closes in November.");
        Assert.Equal(AttributionKind.Speech, QuotedWords.Read(text, Belief(text, "continued:", content)).Kind);
    }

    [Fact]
    public void A_quotation_before_the_speaker_that_does_not_close_there_is_not_handed_over()
    {
        const string text = "“The old pier closes in November, and the ferries Vautrin continued to run until spring.";
        var content = Part(text, "“The old pier closes in November, and the ferries");
        Assert.Equal(AttributionKind.Belief, QuotedWords.Read(text, Belief(text, "continued", content)).Kind);
    }

    private static FoundAttribution Belief(string text, string cue, Span content) =>
        new(new Sentence("P1.S1", text, 0, text.Length), Part(text, "Vautrin"), Part(text, cue), content, SourcePhrase.Parse("Vautrin"))
        { Kind = AttributionKind.Belief, Reports = false };

    private static Span Part(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new Span(part, start, start + part.Length);
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
