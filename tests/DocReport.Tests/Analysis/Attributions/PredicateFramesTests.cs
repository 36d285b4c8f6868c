using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

public class PredicateFramesTests
{
    [Theory]
    [InlineData("Councillor Mara Velt bragged that the new pool had come in under budget.", "bragged")]
    [InlineData("The harbour board surmised that the storm had moved the sandbar.", "surmised")]
    public void A_verb_no_list_holds_is_a_cue_when_it_takes_a_that_clause_with_its_own_subject(string sentence, string cue)
    {
        var dataset = Analyzed.Of("The town hall meeting ran late on Tuesday.", sentence);
        Assert.Contains(dataset.Attributions, a => a.Cue.Text == cue && sentence.StartsWith(a.Source.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("“The pool will open in June,” Councillor Mara Velt mused.", "Councillor Mara Velt")]
    [InlineData("“Nobody asked the swimmers,” grumbled Councillor Mara Velt.", "Councillor Mara Velt")]
    [InlineData("Councillor Mara Velt grumbled: “Nobody asked the swimmers.”", "Councillor Mara Velt")]
    public void A_verb_no_list_holds_handed_a_quotation_is_speech(string sentence, string source)
    {
        var dataset = Analyzed.Of("The town hall meeting ran late on Tuesday.", sentence);
        var attribution = dataset.AttributionFrom(source);
        Assert.Equal(AttributionKind.Speech, attribution.Kind);
        Assert.NotNull(attribution.SourceId);
    }

    [Theory]
    [InlineData("The council changed the opening hours so that the swimmers could train before work.")]
    [InlineData("Now that the pool has opened, the swimmers are back in the water every morning.")]
    [InlineData("The builder ordered materials that the council had approved in the spring.")]
    [InlineData("The fact that the pool opened late surprised nobody in the village.")]
    [InlineData("The contractor added tiles that the architect had chosen from a catalogue.")]
    public void A_that_no_verb_takes_as_its_clause_frames_nothing(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Empty(dataset.Attributions);
    }

    [Fact]
    public void A_verb_inside_a_quotation_is_the_speakers_word()
    {
        var dataset = Analyzed.Of("Velt said: “The builders grumbled that nobody paid them.”");
        Assert.DoesNotContain(dataset.Attributions, a => a.Cue.Text == "grumbled");
    }

    [Fact]
    public void A_sentence_with_a_listed_cue_is_left_to_it()
    {
        var dataset = Analyzed.Of("Councillor Mara Velt said the pool fretted that nobody would come.");
        Assert.DoesNotContain(dataset.Attributions, a => a.Cue.Text == "fretted");
    }
}
