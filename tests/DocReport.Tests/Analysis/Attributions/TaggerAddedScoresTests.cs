using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>
/// Scores added to the second pass (the contextual vectors' part, round 25) take part in decoding: none leaves the spans as
/// they are, and a large source score on a word the tagger leaves outside makes it a source.
/// </summary>
public class TaggerAddedScoresTests
{
    private static readonly Article Ferry = ArticleFixture.Build(
        "Ferry timetable changes",
        "The island ferry will sail twice a day from June, the port authority said.",
        "Tickets cost more this year.");

    [Fact]
    public void No_added_scores_leave_the_spans_unchanged()
    {
        var quotations = QuotationFinder.Find(Ferry);
        var tagger = new AttributionTagger(TaggerWeights.Load(AttributionTagger.FirstPassPath), TaggerWeights.Load(AttributionTagger.SecondPassPath))
        {
            SecondPassScores = (_, _) => null,
        };

        Assert.Equal(AttributionTagger.Shared.Tag(Ferry, quotations), tagger.Tag(Ferry, quotations));
    }

    // The tagger reads a document one paragraph at a time unless scores are added (then all paragraphs' tokens at once): a
    // quotation running on over paragraphs, whose second pass reads the paragraph before, is tagged the same either way.
    [Fact]
    public void Paragraphs_tagged_one_at_a_time_give_the_spans_of_all_at_once()
    {
        var article = ArticleFixture.Build(
            "Harbour wall repairs delayed",
            "\"The storm took more of the wall than we feared, and the stone has to come from the north,",
            "so nothing will start before spring,\" the harbour master, Ines Varga, told the board on Monday.",
            "She said the fishing fleet would moor at the old pier until then. The board asked for a written plan.");
        var quotations = QuotationFinder.Find(article);
        var together = new AttributionTagger(TaggerWeights.Load(AttributionTagger.FirstPassPath), TaggerWeights.Load(AttributionTagger.SecondPassPath))
        {
            SecondPassScores = (_, _) => null,
        }.Tag(article, quotations);

        var oneAtATime = AttributionTagger.Shared.Tag(article, quotations);
        Assert.Contains(oneAtATime, s => s.Role == SpanRole.Content && s.Paragraph == 1);
        Assert.Contains(oneAtATime, s => s.Role == SpanRole.Source && s.Paragraph == 2);
        Assert.Equal(together, oneAtATime);
    }

    [Fact]
    public void A_large_added_source_score_makes_a_word_a_source()
    {
        var quotations = QuotationFinder.Find(Ferry);
        var tickets = Ferry.Text.IndexOf("Tickets", StringComparison.Ordinal);
        Assert.DoesNotContain(AttributionTagger.Shared.Tag(Ferry, quotations), s => s.Start == tickets);

        var tagger = new AttributionTagger(TaggerWeights.Load(AttributionTagger.FirstPassPath), TaggerWeights.Load(AttributionTagger.SecondPassPath))
        {
            SecondPassScores = (_, paragraphs) => paragraphs.Select(p =>
            {
                var scores = new float[p.Count * Tags.Count];
                for (var i = 0; i < p.Count; i++)
                    if (p.Tokens[i].Start == tickets) scores[i * Tags.Count + (int)Tag.SourceBegin] = 1e7f;
                return scores;
            }).ToArray(),
        };

        Assert.Contains(tagger.Tag(Ferry, quotations), s => s.Role == SpanRole.Source && s.Start == tickets);
    }
}
