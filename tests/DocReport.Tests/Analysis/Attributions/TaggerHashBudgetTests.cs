using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>Past its budget of kept feature hashes the tagger hashes tokens again for the second pass: the spans must not change.</summary>
public class TaggerHashBudgetTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    public void Spans_are_the_same_whether_hashes_are_kept_or_hashed_again(int keptTokens)
    {
        var article = ArticleFixture.Build(
            "Council votes to close two libraries",
            "The council voted on Tuesday to close two branch libraries, the city's library service said.",
            "\"We had no choice,\" said Maria Lopez, who chairs the finance committee. She added that the savings would fund longer hours elsewhere.",
            "Residents disagreed. According to a petition signed by 3,000 people, the closures will hurt children most.");
        var quotations = QuotationFinder.Find(article);
        var kept = AttributionTagger.Shared.Tag(article, quotations);

        Assert.Contains(kept, s => s.Role == SpanRole.Source);
        Assert.Equal(kept, AttributionTagger.Shared.Tag(article, quotations, keptTokens));
    }

    [Fact]
    public void A_buffer_filled_again_holds_only_the_new_paragraphs_hashes()
    {
        var article = ArticleFixture.Build(
            "The harbour board said on Monday that the morning ferry would leave twenty minutes earlier from March, and that the evening crossing would be dropped on weekdays because too few passengers used it.",
            "Commuters objected.",
            "A spokesman for the operator said the new times were agreed with the unions.");
        var quotations = QuotationFinder.Find(article);
        var paragraphs = article.Paragraphs.Select((p, i) => new ParagraphTokens(article.Text, p, i, quotations)).ToList();
        var shared = new TokenHashes();

        // longest first, so the later, shorter paragraphs are read from a buffer larger than they need
        foreach (var tokens in paragraphs)
        {
            var own = TokenHashes.Of(tokens);
            var refilled = shared.Fill(tokens);
            for (var i = 0; i < tokens.Count; i++) Assert.Equal(own.Of(i).ToArray(), refilled.Of(i).ToArray());
        }
        Assert.True(paragraphs[1].Count < paragraphs[0].Count && paragraphs[2].Count < paragraphs[0].Count);
    }
}
