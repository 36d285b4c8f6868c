using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Analysis;

/// <summary>Finds claims, attributions and sources, and links claims to sources.</summary>
public sealed class ArticleAnalyzer(PipelineOptions options) : IArticleAnalyzer
{
    public ArticleDataset Analyze(Article article) => ArticleDataset.From(article);
}
