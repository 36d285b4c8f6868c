using DocReport.Model;

namespace DocReport.Pipeline;

/// <summary>Runs the stages in order: read, structure, analyse, validate; then writes the outputs.</summary>
public sealed class DocReportPipeline
{
    private readonly IDocumentReader reader;
    private readonly IStructureBuilder structure;
    private readonly IArticleAnalyzer analyzer;
    private readonly IDatasetValidator validator;
    private readonly IReadOnlyList<IDatasetWriter> writers;

    internal DocReportPipeline(PipelineOptions options, IDocumentReader reader, IStructureBuilder structure,
        IArticleAnalyzer analyzer, IDatasetValidator validator, IReadOnlyList<IDatasetWriter> writers)
    {
        Options = options;
        this.reader = reader;
        this.structure = structure;
        this.analyzer = analyzer;
        this.validator = validator;
        this.writers = writers;
    }

    public PipelineOptions Options { get; }

    /// <summary>Reads the file at <paramref name="path"/> and converts it; never throws for bad input.</summary>
    public ConversionResult Convert(string path)
    {
        var loaded = InputLoader.Load(path, Options.MaxInputBytes);
        return loaded.Value is { } file ? Convert(file) : new ConversionResult(path, null, loaded.Error);
    }

    /// <summary>Converts bytes already in memory.</summary>
    public ConversionResult Convert(SourceFile file)
    {
        var raw = reader.Read(file);
        if (raw.Value is null) return new(file.Path, null, raw.Error);
        var article = structure.Build(raw.Value);
        if (article.Value is null) return new(file.Path, null, article.Error);
        var dataset = analyzer.Analyze(article.Value);
        var issues = validator.Validate(dataset);
        dataset = dataset with { Validation = issues };
        var errors = issues.Where(i => i.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
            return new(file.Path, null, "validation failed: " + string.Join("; ", errors.Select(e => $"{e.Code} at {e.Location}: {e.Message}")));
        return new(file.Path, dataset, null);
    }

    /// <summary>Writes the chosen formats (all when <paramref name="formats"/> is null) into <paramref name="folder"/>.</summary>
    public void Write(ArticleDataset dataset, string folder, IReadOnlyCollection<string>? formats = null)
    {
        Directory.CreateDirectory(folder);
        foreach (var writer in writers)
            if (formats is null || formats.Contains(writer.Format, StringComparer.OrdinalIgnoreCase))
                writer.Write(dataset, folder);
    }
}
