using DocReport.Analysis;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis;

/// <summary>Runs the analyzer on fixture paragraphs and looks up its results by text.</summary>
internal static class Analyzed
{
    /// <summary>Every sentence is a claim at threshold 0, so links are tested apart from claim detection.</summary>
    public static ArticleDataset Of(params string[] paragraphs) => Of(ArticleFixture.Build(paragraphs));

    public static ArticleDataset Of(Article article) => new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }).Analyze(article);

    /// <summary>The attribution whose own sentence names the source (not a sentence that goes on with what it says).</summary>
    public static Attribution AttributionFrom(this ArticleDataset dataset, string sourceText) =>
        Assert.Single(dataset.Attributions, a => a.Source.Text == sourceText && dataset.NamesItsSource(a));

    /// <summary>True for an attribution whose own sentence names its source; false for a sentence that goes on with another's.</summary>
    public static bool NamesItsSource(this ArticleDataset dataset, Attribution attribution) =>
        dataset.Paragraphs.SelectMany(p => p.Sentences).Single(s => s.Id == attribution.SentenceId) is var s && s.Start <= attribution.Source.Start && attribution.Source.End <= s.End;

    /// <summary>The names of the sources credited with the sentence that holds <paramref name="text"/>, through its attributions.</summary>
    public static IEnumerable<string> SpeakersOf(this ArticleDataset dataset, string text)
    {
        var sentence = dataset.Paragraphs.SelectMany(p => p.Sentences).Single(s => s.Text.Contains(text, StringComparison.Ordinal));
        return dataset.Attributions.Where(a => a.SentenceId == sentence.Id && a.SourceId is not null).Select(a => dataset.Sources.Single(s => s.Id == a.SourceId).Name);
    }

    public static Source SourceOf(this ArticleDataset dataset, Attribution attribution) =>
        Assert.Single(dataset.Sources, s => s.Id == attribution.SourceId);

    public static Source SourceNamed(this ArticleDataset dataset, string name) =>
        Assert.Single(dataset.Sources, s => s.Name == name);

    public static Claim ClaimContaining(this ArticleDataset dataset, string text) =>
        Assert.Single(dataset.Claims, c => c.Text.Contains(text, StringComparison.Ordinal));

    public static IEnumerable<string> SourceNamesOf(this ArticleDataset dataset, Claim claim) =>
        claim.SourceIds.Select(id => dataset.Sources.Single(s => s.Id == id).Name);
}
