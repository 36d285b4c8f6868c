using DocReport.Analysis;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>A pronoun inside a quotation another source is quoting: the tagger's attributions are given, so that resolution is tested alone.</summary>
public class QuotingSpeakerTests
{
    [Fact]
    public void A_pronoun_inside_a_quotation_is_not_the_speaker_quoting_it()
    {
        const string text = "Nadia Fenwick wrote: “One woman at the pier was angry. ‘We were never asked,’ she said.”";
        var resolved = Resolved(text);
        Assert.Empty(resolved[1]);
    }

    [Fact]
    public void A_pronoun_after_the_quotation_closes_is_still_the_speaker()
    {
        const string text = "Nadia Fenwick wrote: “One woman at the pier was angry.” ‘We were never asked,’ she said.";
        var resolved = Resolved(text);
        Assert.Equal("Nadia Fenwick", Assert.Single(resolved[1]).Name);
    }

    // The writer's attribution with a content running to the end of the text, then "she said" with its quotation before it.
    private static IReadOnlyList<SourceEntry>[] Resolved(string text)
    {
        var article = ArticleFixture.Build(text);
        var sentence = new Sentence("P1.S1", text, 0, text.Length);
        var contentStart = text.IndexOf(':') + 2;
        var writer = new FoundAttribution(sentence, SpanOf(text, "Nadia Fenwick"), SpanOf(text, "wrote"), new Span(text[contentStart..], contentStart, text.Length), SourcePhrase.Parse("Nadia Fenwick"));
        var she = new FoundAttribution(sentence, SpanOf(text, "she"), SpanOf(text, "said"), SpanOf(text, "We were never asked"), SourcePhrase.Parse("she"));
        return SourceResolution.Resolve(article, [writer, she]).Resolved;
    }

    private static Span SpanOf(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new Span(part, start, start + part.Length);
    }
}
