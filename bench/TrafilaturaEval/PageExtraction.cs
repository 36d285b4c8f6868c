using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Reading;
using DocReport.Structure;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>A page read as `convert ADDRESS` reads a download, then structured: the page's key gives its date where the
/// page gives none, as it does for every page of the set (evaldata.json's keys and the fresh set's alike).</summary>
internal sealed class PageExtraction
{
    private readonly FormatDetectingReader reader = new();
    private readonly ArticleBuilder builder = new();

    /// <summary>The document read from <paramref name="page"/>'s file and the article built from it; null where either fails.</summary>
    public (RawDocument? Document, Article? Article) Of(EvalPage page, SourceFile file)
    {
        var document = reader.Read(file).Value is { } raw ? DownloadAddress.Apply(raw, page.Url) : null;
        return (document, document is null ? null : builder.Build(document).Value);
    }
}
