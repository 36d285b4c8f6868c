using DocReport.Output.Brief;
using DocReport.Output.Csv;
using DocReport.Output.Json;
using DocReport.Output.Workbook;
using DocReport.Pipeline;

namespace DocReport.Output;

/// <summary>The writers a pipeline has unless told otherwise, in the order of <see cref="OutputFormats.All"/> (Parquet is written per batch, not here).</summary>
internal static class DefaultWriters
{
    /// <summary>The writers; a template that does not load is a bad argument, reported before any document is read.</summary>
    public static List<IDatasetWriter> Create(PipelineOptions options)
    {
        var template = BriefTemplateLoader.Load(options.Template);
        return
        [
            new BriefWriter(template.Value ?? throw new ArgumentException(template.Error, nameof(options)), options.MaxBriefPages),
            new WorkbookWriter(),
            new JsonDatasetWriter(),
            new CsvDatasetWriter(),
        ];
    }
}
