using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>
/// The tagger decodes a document's paragraphs one after another in the same score, emission and Viterbi arrays, sized for the
/// longest so far: a shorter paragraph decoded after a longer one must be tagged as if its arrays were new.
/// </summary>
public class TaggerSharedBuffersTests
{
    [Fact]
    public void Paragraphs_tagged_in_shared_arrays_get_the_spans_of_fresh_arrays()
    {
        // the longest paragraph first, so the later ones are decoded in arrays holding its scores
        var article = ArticleFixture.Build(
            "The regional transport authority announced on Thursday that it would cut the number of night buses on four routes from April, saying that fuel prices had risen by a third and that the drivers' union had agreed to the new rota after two months of talks.",
            "\"It is a bad day for shift workers,\" said Tom Hale, a councillor.",
            "Passengers were not asked.",
            "According to the authority, the savings will pay for newer buses.");
        var quotations = QuotationFinder.Find(article);
        var tokens = article.Paragraphs.Select((p, i) => new ParagraphTokens(article.Text, p, i, quotations)).ToList();
        var (first, second) = (TaggerWeights.Load(AttributionTagger.FirstPassPath), TaggerWeights.Load(AttributionTagger.SecondPassPath));

        var fresh = new List<TaggedSpan>();
        Tag[]? before = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var firstTags = AttributionTagger.Decode(first, tokens[i], null);
            fresh.AddRange(AttributionTagger.SpansOf(tokens[i], AttributionTagger.Decode(second, tokens[i], new FirstPass(tokens[i], firstTags, FirstPass.EndsInContent(before))), i));
            before = firstTags;
        }

        Assert.True(tokens.Skip(1).All(p => p.Count < tokens[0].Count));
        Assert.Contains(fresh, s => s.Role == SpanRole.Source && s.Paragraph > 0);
        Assert.Equal(fresh, AttributionTagger.Shared.Tag(article, quotations));
    }

    [Fact]
    public void Viterbi_in_arrays_left_from_a_longer_sequence_decodes_as_in_new_ones()
    {
        const int k = Tags.Count;
        var (transitions, start) = (new float[k * k], new float[k]);
        var (best, back) = (new float[9 * k], new int[9 * k]);
        Array.Fill(best, 50f);
        Array.Fill(back, 3);
        var longer = new float[9 * k];
        for (var i = 0; i < longer.Length; i++) longer[i] = i % 5;
        ViterbiDecoder.Decode(longer, 9, transitions, start, best, back);

        var emissions = new float[3 * k];
        (emissions[(int)Tag.SourceBegin], emissions[k + (int)Tag.CueBegin], emissions[2 * k + (int)Tag.ContentBegin]) = (1, 1, 1);
        Assert.Equal([Tag.SourceBegin, Tag.CueBegin, Tag.ContentBegin], ViterbiDecoder.Decode(emissions, 3, transitions, start, best, back));
        Assert.Equal(ViterbiDecoder.Decode(emissions, 3, transitions, start), ViterbiDecoder.Decode(emissions, 3, transitions, start, best, back));
    }

    [Fact]
    public void Emissions_written_over_old_ones_leave_outside_at_zero()
    {
        var rows = new int[2 * TaggerWeights.RowWidth];
        rows[TaggerWeights.RowWidth + 2] = 7;
        var into = Enumerable.Repeat(9f, 3 * Tags.Count).ToArray();
        var emissions = TaggerWeights.Emissions(rows, 2, into);
        Assert.Equal(TaggerWeights.Emissions(rows, 2), emissions[..(2 * Tags.Count)]);
        Assert.Equal(0, emissions[Tags.Count]);
        Assert.Equal(9f, emissions[2 * Tags.Count]);
    }
}
