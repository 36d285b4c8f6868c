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
}
