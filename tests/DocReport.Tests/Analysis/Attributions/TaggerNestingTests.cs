using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>
/// The second pass learns that a token after a source and cue of its own sentence stands in what they report (PolNeAR marks
/// no source there); the word classes give every common word a class and unknown words one shared value.
/// </summary>
public class TaggerNestingTests
{
    [Fact]
    public void Tokens_after_a_tagged_source_and_cue_of_the_sentence_are_nested_and_the_next_sentence_starts_outside()
    {
        var (tokens, pass) = Tagged("Nora Quist said the harbour board announced new fees. The board met again.",
            ("Nora", Tag.SourceBegin), ("Quist", Tag.SourceInside), ("said", Tag.CueBegin), ("announced", Tag.CueBegin));
        Assert.Equal(["out", "out", "out", "in", "in", "in", "in", "in", "in", "in"], Nesting(tokens, pass)[..10]);
        Assert.All(Nesting(tokens, pass)[10..], n => Assert.Equal("out", n));
    }

    [Fact]
    public void A_cue_without_a_source_before_it_nests_nothing()
    {
        var (tokens, pass) = Tagged("Fees will rise, said officials, and the board agreed.", ("said", Tag.CueBegin), ("officials", Tag.SourceBegin));
        Assert.All(Nesting(tokens, pass), n => Assert.Equal("out", n));
    }

    [Fact]
    public void Common_words_have_learnt_classes_and_unknown_words_share_one()
    {
        Assert.NotEqual("?", WordClusters.Of("said").Coarse.Text);
        Assert.NotEqual("?", WordClusters.Of("announced").Fine.Text);
        Assert.Equal(WordClusters.Of("qzxwvtr").Coarse, WordClusters.Of("vbnqpzx").Coarse);
    }

    private static (ParagraphTokens, FirstPass) Tagged(string text, params (string Word, Tag Tag)[] tags)
    {
        var article = ArticleFixture.Build([text]);
        var tokens = new ParagraphTokens(article.Text, article.Paragraphs[0], 0, QuotationFinder.Find(article));
        var assigned = tokens.Tokens.Select(t => tags.FirstOrDefault(x => x.Word == t.Text) is { Word: not null } x ? x.Tag : Tag.Outside).ToArray();
        return (tokens, new FirstPass(tokens, assigned, false));
    }

    private static string[] Nesting(ParagraphTokens tokens, FirstPass pass) => pass.Nested.Select(n => n.Text).ToArray();
}
