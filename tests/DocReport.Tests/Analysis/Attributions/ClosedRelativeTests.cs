using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;
using static DocReport.Tests.Analysis.Attributions.TaggedAttributionsTests;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>
/// A cue right after a "who" aside that a comma closes ("Podesta, who said ..., said"): its source is the one the aside is about,
/// not the "who" of the aside's own report.
/// </summary>
public class ClosedRelativeTests
{
    [Fact]
    public void A_cue_after_a_closed_who_aside_with_its_own_report_takes_the_name_the_aside_is_about()
    {
        var article = ArticleFixture.Build("Still, Ines Harrow, who said the plan was vetted by counsel, said she knew of no dispute.",
            "The harbour board, which says it lost money, later announced that the pier would close.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "who"), (SpanRole.Cue, "said"), (SpanRole.Content, "the plan was vetted by counsel"),
            (SpanRole.Cue, "said"), (SpanRole.Content, "she knew of no dispute"),
            (SpanRole.Source, "which"), (SpanRole.Cue, "says"), (SpanRole.Content, "it lost money"), (SpanRole.Cue, "announced"), (SpanRole.Content, "that the pier would close")));
        Assert.Equal([("who", "said"), ("Ines Harrow", "said"), ("which", "says"), ("The harbour board", "announced")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void A_participle_a_verb_after_and_or_a_second_verb_without_a_comma_still_shares_the_who()
    {
        var article = ArticleFixture.Build("The vote was won by Ines Harrow, who said the plan was sound, adding that the pier would stay.",
            "The board thanked Corin Vale, who said the pier was safe and warned that the roof leaked.",
            "Ana Ruiz, who runs the mill, said it would close.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "who"), (SpanRole.Cue, "said"), (SpanRole.Content, "the plan was sound"),
            (SpanRole.Cue, "adding"), (SpanRole.Content, "that the pier would stay"),
            (SpanRole.Source, "who"), (SpanRole.Cue, "said"), (SpanRole.Content, "the pier was safe"), (SpanRole.Cue, "warned"), (SpanRole.Content, "that the roof leaked"),
            (SpanRole.Source, "Ana Ruiz"), (SpanRole.Cue, "said"), (SpanRole.Content, "it would close")));
        Assert.Equal([("who", "said"), ("who", "adding"), ("who", "said"), ("who", "warned"), ("Ana Ruiz", "said")], found.Select(f => (f.Source.Text, f.Cue.Text)));
    }

    [Fact]
    public void No_antecedent_for_a_passive_cue_nor_for_one_that_does_not_open_its_clause()
    {
        var article = ArticleFixture.Build("The union, which says it backed Ana Ruiz, is widely regarded as a kingmaker.",
            "It is odd to watch Corin Vale, who says he opposed the dam, suddenly insist that it was his idea.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "which"), (SpanRole.Cue, "says"), (SpanRole.Content, "it backed Ana Ruiz"),
            (SpanRole.Cue, "is widely regarded as"), (SpanRole.Content, "a kingmaker"),
            (SpanRole.Source, "who"), (SpanRole.Cue, "says"), (SpanRole.Content, "he opposed the dam"), (SpanRole.Cue, "suddenly insist"), (SpanRole.Content, "that it was his idea")));
        Assert.DoesNotContain(found, f => f.Source.Text is "The union" or "Corin Vale" || f.Source.Text.Contains("watch"));
    }
}
