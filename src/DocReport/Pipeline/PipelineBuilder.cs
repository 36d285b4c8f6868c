using DocReport.Analysis;
using DocReport.Output;
using DocReport.Reading;
using DocReport.Structure;
using DocReport.Validation;

namespace DocReport.Pipeline;

/// <summary>Composes a pipeline; every stage can be replaced, the way Markdig composes its pipeline.</summary>
public sealed class PipelineBuilder
{
    private PipelineOptions options = new();
    private IDocumentReader? reader;
    private IStructureBuilder? structure;
    private IArticleAnalyzer? analyzer;
    private IDatasetValidator? validator;
    private List<IDatasetWriter>? writers;

    /// <summary>Settings every default stage is built with.</summary>
    public PipelineBuilder UseOptions(PipelineOptions value) { options = value; return this; }
    /// <summary>Replaces the Reading stage.</summary>
    public PipelineBuilder UseReader(IDocumentReader value) { reader = value; return this; }
    /// <summary>Replaces the Structure stage.</summary>
    public PipelineBuilder UseStructure(IStructureBuilder value) { structure = value; return this; }
    /// <summary>Replaces the Analysis stage.</summary>
    public PipelineBuilder UseAnalyzer(IArticleAnalyzer value) { analyzer = value; return this; }
    /// <summary>Replaces the Validation stage.</summary>
    public PipelineBuilder UseValidator(IDatasetValidator value) { validator = value; return this; }

    /// <summary>Adds a writer; the first call replaces the default writers.</summary>
    public PipelineBuilder UseWriter(IDatasetWriter value) { (writers ??= []).Add(value); return this; }

    /// <summary>Builds the pipeline, filling every stage not set with its default; the pipeline disposes the defaults it holds.</summary>
    public DocReportPipeline Build()
    {
        var defaultAnalyzer = analyzer is null ? new ArticleAnalyzer(options) : null;
        return new(options,
            reader ?? new FormatDetectingReader(options),
            structure ?? new ArticleBuilder(),
            analyzer ?? defaultAnalyzer!,
            validator ?? new DatasetValidator(),
            writers ?? DefaultWriters.Create(options),
            defaultAnalyzer is null ? [] : [defaultAnalyzer]);
    }
}
