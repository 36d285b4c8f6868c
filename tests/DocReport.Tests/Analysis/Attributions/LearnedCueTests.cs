using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;
using static DocReport.Tests.Analysis.Attributions.TaggedAttributionsTests;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>LearnedCue: in a sentence with no cue, the word after its opening subject the model scores highest above the threshold ends a cue of that subject.</summary>
public class LearnedCueTests
{
    // a model that knows one word: "resisted" ends a cue, anything else does not
    private static readonly LearnedCue Resisted = new(LearnedCue.Read(["bias\t-3", "w=resisted\t6"]));

    [Fact]
    public void A_sentence_opened_by_a_subject_has_its_first_words_after_it_as_candidates_up_to_a_mark()
    {
        var article = ArticleFixture.Build("Hours later, the board has long resisted the plan, and the mayor agreed.");
        var sentence = article.Paragraphs[0].Sentences[0];
        var candidates = CueCandidates.Of(article.Text, sentence, [])!;
        Assert.Equal("the board", article.Text[candidates.Subject.Start..candidates.Subject.End]);
        Assert.Equal(["has", "long", "resisted", "the", "plan"], candidates.After.Take(candidates.Count).Select(t => t.Text));
    }

    [Fact]
    public void No_candidates_without_an_opening_subject_or_inside_a_quotation()
    {
        var article = ArticleFixture.Build("In the next weeks the board will meet.", "“Corin Vale has vowed to stay,” a neighbour wrote.");
        var quotations = QuotationFinder.Find(article);
        Assert.All(article.Paragraphs.SelectMany(p => p.Sentences), s => Assert.Null(CueCandidates.Of(article.Text, s, quotations)));
    }

    [Fact]
    public void A_learned_cue_runs_from_the_subject_to_the_word_scored_and_the_subject_is_its_source()
    {
        var article = ArticleFixture.Build("Corin Vale has long resisted the sale of the mill.");
        var spans = Resisted.Add(article, [], [], []);
        Assert.Equal([(SpanRole.Source, "Corin Vale"), (SpanRole.Cue, "has long resisted")], spans.Select(s => (s.Role, article.Text[s.Start..s.End])));
        var found = TaggedAttributions.Assemble(article, spans);
        Assert.Equal([("Corin Vale", "has long resisted", "the sale of the mill")], found.Select(f => (f.Source.Text, f.Cue.Text, f.Content.Text)));
    }

    [Fact]
    public void No_learned_cue_where_the_tagger_found_a_cue_or_no_word_passes_the_threshold()
    {
        var article = ArticleFixture.Build("Corin Vale has long resisted the sale.", "Ana Ruiz has promised to stay.");
        var tagged = Spans(article, (SpanRole.Cue, "resisted"));
        Assert.Equal(tagged, Resisted.Add(article, tagged, [], []));
    }

    [Fact]
    public void The_embedded_weights_load_and_score_a_probability()
    {
        var article = ArticleFixture.Build("Corin Vale has vowed to keep the mill open.");
        var candidates = CueCandidates.Of(article.Text, article.Paragraphs[0].Sentences[0], [])!;
        Assert.InRange(LearnedCue.Shared.Probability(candidates, 1), 0, 1);
    }
}
