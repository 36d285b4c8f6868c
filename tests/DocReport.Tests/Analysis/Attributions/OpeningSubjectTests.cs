using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;
using static DocReport.Tests.Analysis.Attributions.TaggedAttributionsTests;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>OpeningSubject: a description without "the" opening the sentence is the subject AsideSubject gives a sourceless cue.</summary>
public class OpeningSubjectTests
{
    [Fact]
    public void A_plural_or_lower_case_description_before_an_aside_is_the_subject_of_the_cue_after_it()
    {
        var article = ArticleFixture.Build("Local officials, for their part, argue that the levy cut their sales.",
            "Dairy farmers in the valley, in a joint letter, insisted that the river was too low.",
            "Harbour pilots in Nova Scotia, for instance, noted that the channel had silted up.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "argue"), (SpanRole.Content, "that the levy cut their sales"),
            (SpanRole.Cue, "insisted"), (SpanRole.Content, "that the river was too low"),
            (SpanRole.Cue, "noted"), (SpanRole.Content, "that the channel had silted up")));
        Assert.Equal([("Local officials", "argue"), ("Dairy farmers in the valley", "insisted"), ("Harbour pilots in Nova Scotia", "noted")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void A_participle_of_saying_after_a_comma_takes_the_run_of_words_ending_in_a_source_noun()
    {
        var article = ArticleFixture.Build("Senior nurses met the minister on Monday, telling him that the ward was full.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "telling"), (SpanRole.Content, "that the ward was full")));
        Assert.Equal([("Senior nurses", "telling")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void No_subject_for_things_a_possessive_or_a_description_without_an_aside_or_participle()
    {
        var article = ArticleFixture.Build("Two old ledgers, found in the loft, show that the mill was sold.",
            "The harbour's new owners, in a short letter, said the pier would close.",
            "Cement makers argue that the levy cut their sales, and the board agreed.",
            "Senior nurses met the minister and told him the ward was full.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "show"), (SpanRole.Content, "that the mill was sold"),
            (SpanRole.Cue, "said"), (SpanRole.Content, "the pier would close"), (SpanRole.Cue, "argue"), (SpanRole.Content, "that the levy cut their sales"),
            (SpanRole.Cue, "told"), (SpanRole.Content, "the ward was full")));
        Assert.Empty(found);
    }
}
