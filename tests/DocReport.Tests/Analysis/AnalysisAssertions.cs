using DocReport.Analysis;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis;

/// <summary>Runs the analyzer on fixture paragraphs and looks up its results by text.</summary>
internal static class Analyzed
{
    /// <summary>Every sentence is a claim at threshold 0, so links are tested apart from claim detection.</summary>
    public static ArticleDataset Of(params string[] paragraphs) =>
        new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }).Analyze(ArticleFixture.Build(paragraphs));

    public static Attribution AttributionFrom(this ArticleDataset dataset, string sourceText) =>
        Assert.Single(dataset.Attributions, a => a.Source.Text == sourceText);

    public static Source SourceOf(this ArticleDataset dataset, Attribution attribution) =>
        Assert.Single(dataset.Sources, s => s.Id == attribution.SourceId);

    public static Source SourceNamed(this ArticleDataset dataset, string name) =>
        Assert.Single(dataset.Sources, s => s.Name == name);

    public static Claim ClaimContaining(this ArticleDataset dataset, string text) =>
        Assert.Single(dataset.Claims, c => c.Text.Contains(text, StringComparison.Ordinal));

    public static IEnumerable<string> SourceNamesOf(this ArticleDataset dataset, Claim claim) =>
        claim.SourceIds.Select(id => dataset.Sources.Single(s => s.Id == id).Name);
}
