using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>A source span that cannot be a noun phrase names no one (round 40); a span cut before its noun is mended when the
/// noun stands before the cue.</summary>
public class SourceShapeTests
{
    [Theory]
    [InlineData("repeatedly")]
    [InlineData("famously")]
    [InlineData("originally")]
    [InlineData("advising")]
    [InlineData("to close the ferry")]
    [InlineData("contempt of the council for")]
    [InlineData("Councillors have been at the front of")]
    [InlineData("the head of the")]
    public void A_span_that_cannot_be_a_noun_phrase_names_no_one(string source) => Assert.True(SourceShape.NamesNoOne(source));

    [Theory]
    [InlineData("Mara Velt")]
    [InlineData("the ferry company")]
    [InlineData("those who")]
    [InlineData("officials")]
    [InlineData("Kelly")]
    [InlineData("Beijing")]
    [InlineData("the head of the port authority")]
    [InlineData("Mara Velt, who chairs the harbour board,")]
    [InlineData("Mara Velt smiled and")]
    [InlineData("a harbour official who was briefed on")]
    public void A_noun_phrase_still_names_its_source(string source) => Assert.False(SourceShape.NamesNoOne(source));

    [Fact]
    public void A_span_cut_before_its_noun_runs_on_to_the_cue()
    {
        const string text = "Lawyers for the ferry workers said the strike would end on Friday.";
        var mended = SourceShape.Mended(text, Found(text, "Lawyers for the", "said"));
        Assert.Equal("Lawyers for the ferry workers", mended.Source.Text);
        Assert.Equal("Lawyers for the ferry workers", text[mended.Source.Start..mended.Source.End]);
        Assert.NotNull(mended.Phrase);
        Assert.False(SourceShape.NamesNoOne(mended.Source.Text));
    }

    [Fact]
    public void A_span_cut_right_before_its_cue_or_by_a_comma_is_left_as_it_is()
    {
        const string text = "The council held the ferry board in contempt for refusing to publish the accounts.";
        var found = Found(text, "the ferry board in contempt for", "refusing");
        Assert.Same(found, SourceShape.Mended(text, found));
        const string comma = "Lawyers for the, as they put it, workers said the strike would end.";
        var cut = Found(comma, "Lawyers for the", "said");
        Assert.Same(cut, SourceShape.Mended(comma, cut));
    }

    [Fact]
    public void An_article_keeps_no_source_read_from_an_infinitive()
    {
        var dataset = Analyzed.Of("The harbour board has repeatedly pledged to close all ferries at night, a plan the unions oppose.");
        Assert.DoesNotContain(dataset.Attributions, a => a.Source.Text.StartsWith("to ", StringComparison.Ordinal));
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("ferries", StringComparison.OrdinalIgnoreCase));
    }

    private static FoundAttribution Found(string text, string source, string cue)
    {
        var content = Part(text, text[(text.IndexOf(cue, StringComparison.Ordinal) + cue.Length)..].Trim());
        return new(new Sentence("P1.S1", text, 0, text.Length), Part(text, source), Part(text, cue), content, SourcePhrase.Parse(source));
    }

    private static Span Part(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new Span(part, start, start + part.Length);
    }
}
