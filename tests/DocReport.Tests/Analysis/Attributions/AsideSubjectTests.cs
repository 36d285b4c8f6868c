using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;
using static DocReport.Tests.Analysis.Attributions.TaggedAttributionsTests;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>AsideSubject: a reporting cue right after an aside, or a participle of saying after a comma, takes the sentence's subject.</summary>
public class AsideSubjectTests
{
    [Fact]
    public void A_reporting_cue_right_after_an_aside_set_off_by_commas_or_dashes_takes_the_subject_before_it()
    {
        var article = ArticleFixture.Build("Corin Vale, 61, who has farmed the valley since the floods of 1998, says the new dam will ruin the wells.",
            "Later that day, the board — which the council set up in May — announced that the pier would close.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "says"), (SpanRole.Content, "the new dam will ruin the wells"),
            (SpanRole.Cue, "announced"), (SpanRole.Content, "that the pier would close")));
        Assert.Equal([("Corin Vale", "says"), ("the board", "announced")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void No_subject_without_an_aside_nor_for_a_passive_nor_when_a_source_stands_before_the_aside()
    {
        var article = ArticleFixture.Build("Corin Vale toured the mill and the owners later said it would close.",
            "The harbour board, after a long meeting, was told that the pier would close.",
            "Ana Ruiz said that Tom Hale — the treasurer — announced the cuts.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "said"), (SpanRole.Content, "it would close"),
            (SpanRole.Cue, "was told"), (SpanRole.Content, "that the pier would close"),
            (SpanRole.Source, "Ana Ruiz"), (SpanRole.Cue, "said"), (SpanRole.Cue, "announced"), (SpanRole.Content, "the cuts")));
        Assert.Equal([("Ana Ruiz", "said")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void A_single_capitalised_word_before_an_aside_is_a_subject_only_when_the_article_named_it_before()
    {
        var article = ArticleFixture.Build("Mayor Ines Harrow opened the hall.",
            "Harrow, in a short speech, said the roof had been fixed.",
            "Ostrander, for the first time, said the roof leaked.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "said"), (SpanRole.Content, "the roof had been fixed"),
            (SpanRole.Cue, "said"), (SpanRole.Content, "the roof leaked")));
        Assert.Equal(["Harrow"], found.Select(f => f.Source.Text));
    }

    [Fact]
    public void A_participle_of_saying_after_a_comma_takes_the_main_clauses_subject()
    {
        var article = ArticleFixture.Build("Hours later, Corin Vale returned the favour to the mayor, telling reporters that the budget was sound.",
            "The board met for an hour, firmly insisting the pier would reopen.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "telling"), (SpanRole.Content, "that the budget was sound"),
            (SpanRole.Cue, "insisting"), (SpanRole.Content, "the pier would reopen")));
        Assert.Equal([("Corin Vale", "telling"), ("The board", "insisting")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void No_subject_for_a_participle_without_a_comma_or_after_by_nor_after_another_source_nor_a_possessive_nor_for_a_verb_after_and()
    {
        var article = ArticleFixture.Build("Guests are handed printed cards telling them where to sit.", "She opened the meeting by declaring that the fund was empty.",
            "Ana Ruiz said the mill would close, adding that the owners had left.",
            "Corin Vale toured the mill and told the owners it would close.",
            "Corin Vale's eldest daughter runs the shop now, insisting the mill was sold.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Cue, "telling"), (SpanRole.Content, "them where to sit"),
            (SpanRole.Cue, "declaring"), (SpanRole.Content, "that the fund was empty"), (SpanRole.Source, "Ana Ruiz"), (SpanRole.Cue, "said"), (SpanRole.Content, "the mill would close"), (SpanRole.Cue, "adding"), (SpanRole.Content, "that the owners had left"),
            (SpanRole.Cue, "told"), (SpanRole.Content, "it would close"), (SpanRole.Cue, "insisting"), (SpanRole.Content, "the mill was sold")));
        Assert.DoesNotContain(found, f => f.Cue.Text is "telling" or "declaring" or "told" or "insisting");
    }
}
