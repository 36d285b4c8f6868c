using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;
using static DocReport.Tests.Analysis.Attributions.TaggedAttributionsTests;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>
/// A "who" aside whose own report ends inside a quotation's closing mark ("Humphrey, who calls Trump a “sociopath,” said"), or
/// whose tagged content runs on past the aside's closing comma into the sentence's own verb: the verb after the aside is the name's.
/// </summary>
public class CrossedAsideTests
{
    [Fact]
    public void A_cue_after_an_aside_closed_inside_a_quotation_mark_takes_the_name_and_the_quoted_words_stay_with_the_aside()
    {
        var article = ArticleFixture.Build("Ines Harrow, who calls the plan a “fraud,” said she would vote against it.",
            "Corin Vale, who has called the dam ''a folly,'' described the vote as a relief.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "who"), (SpanRole.Cue, "calls"), (SpanRole.Content, "the plan a “fraud,”"),
            (SpanRole.Cue, "said"), (SpanRole.Content, "she would vote against it"),
            (SpanRole.Source, "who"), (SpanRole.Cue, "has called"), (SpanRole.Content, "the dam ''a folly,''"), (SpanRole.Cue, "described"), (SpanRole.Content, "the vote as a relief")));
        Assert.Equal([("who", "calls", "the plan a “fraud,”"), ("Ines Harrow", "said", "she would vote against it"), ("who", "has called", "the dam ''a folly,''"),
            ("Corin Vale", "described", "the vote as a relief")], found.Select(f => (f.Source.Text, f.Cue.Text, f.Content.Text)));
    }

    [Fact]
    public void A_content_that_runs_past_the_closing_comma_into_a_listed_verb_ends_there_and_the_verb_is_the_names_cue()
    {
        var article = ArticleFixture.Build("Corin Vale, who estimates that the dam cost “millions,” described the loss as grave.",
            "But the harbour board, which says it lost money, later announced that the pier would close.");
        var found = TaggedAttributions.Assemble(article, Spans(article, (SpanRole.Source, "who"), (SpanRole.Cue, "estimates"),
            (SpanRole.Content, "that the dam cost “millions,” described the loss as grave"),
            (SpanRole.Source, "which"), (SpanRole.Cue, "says"), (SpanRole.Content, "it lost money, later announced that the pier would close")));
        Assert.Equal([("who", "estimates", "that the dam cost “millions,”"), ("Corin Vale", "described", "the loss as grave"), ("which", "says", "it lost money"),
            ("the harbour board", "announced", "that the pier would close")], found.Select(f => (f.Source.Text, f.Cue.Text, f.Content.Text)));
    }

    [Fact]
    public void A_content_running_on_into_a_list_a_participle_a_name_or_an_unlisted_word_or_after_an_aside_with_no_comma_is_left_whole()
    {
        var contents = new[]
        {
            "the plan a fraud, a cheat and a lie", "the dam was safe, adding that the roof leaked", "the dam was safe, Ana Ruiz and the board agreed",
            "the dam was safe, tomatoes grow better there", "the dam was safe, said the pier would close",
        };
        var article = ArticleFixture.Build("Ines Harrow, who calls the plan a fraud, a cheat and a lie.", "Ines Harrow, who said the dam was safe, adding that the roof leaked.",
            "Ines Harrow, who said the dam was safe, Ana Ruiz and the board agreed.", "Ines Harrow, who said the dam was safe, tomatoes grow better there.",
            "The mayor who said the dam was safe, said the pier would close.");
        var spans = contents.SelectMany(c => new[] { (SpanRole.Source, "who"), (SpanRole.Cue, c.StartsWith("the plan") ? "calls" : "said"), (SpanRole.Content, c) }).ToArray();
        var found = TaggedAttributions.Assemble(article, Spans(article, spans));
        Assert.Equal(contents, found.Select(f => f.Content.Text));
        Assert.All(found, f => Assert.Equal("who", f.Source.Text));
    }
}
