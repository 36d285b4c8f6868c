using DocReport.Output.Json;
using DocReport.Pipeline;

namespace DocReport.Bench.FieldEval;

/// <summary>
/// Each gold article's dataset.json: converted in process exactly as <c>docreport convert PAGE -f json</c> does (the
/// command's default options, the page named ARTICLE with its own extension: ARTICLE.html, or ARTICLE.txt for a plain text
/// such as a PolNeAR article), or read from <c>OUTPUTS/ARTICLE/dataset.json</c>, the folder
/// that command writes for the page, so a published build of any commit can be scored. With a claims model folder the
/// pages are converted as <c>--claims accurate --claims-model DIR</c> does.
/// </summary>
internal sealed class ArticleOutputs(string? outputsFolder, string? claimsModel = null)
{
    private readonly DocReportPipeline pipeline = new PipelineBuilder().UseOptions(claimsModel is null ? new PipelineOptions()
        : new PipelineOptions { Claims = ClaimDetection.Accurate, AccurateClaimModelPath = claimsModel }).Build();

    /// <summary>The page's name in the conversion, so the dataset's sourcePath and the CLI's output folder are the article's id.</summary>
    public static string PageName(string articleId, string pagePath) =>
        articleId + (Path.GetExtension(pagePath) is { Length: > 0 } extension ? extension : ".html");

    /// <summary>The library's dataset of the last page converted in process (for --listing); null when it was read from a folder.</summary>
    public DocReport.Model.ArticleDataset? Converted { get; private set; }

    public (OutputDataset? Dataset, string? Error) For(string articleId, string pagePath)
    {
        Converted = null;
        if (outputsFolder is not null)
        {
            var path = Path.Combine(outputsFolder, articleId, JsonDatasetWriter.FileName);
            if (!File.Exists(path)) return (null, $"{path} is missing");
            using var file = File.OpenRead(path);
            try { return (OutputDataset.Parse(file), null); }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return (null, $"{path} is not a dataset.json this bench reads: {e.Message}");
            }
        }
        if (!File.Exists(pagePath)) return (null, $"page {pagePath} is missing");
        var result = pipeline.Convert(new SourceFile(PageName(articleId, pagePath), File.ReadAllBytes(pagePath)));
        if (result.Dataset is null) return (null, result.Error);
        Converted = result.Dataset;
        using var json = new MemoryStream();
        new JsonDatasetWriter().Write(result.Dataset, json);
        json.Position = 0;
        return (OutputDataset.Parse(json), null);
    }
}
