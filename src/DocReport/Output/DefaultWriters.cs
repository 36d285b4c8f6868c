using DocReport.Output.Csv;
using DocReport.Output.Json;
using DocReport.Output.Workbook;
using DocReport.Pipeline;

namespace DocReport.Output;

/// <summary>The writers a pipeline has unless told otherwise, in the order of <see cref="OutputFormats.All"/>.</summary>
internal static class DefaultWriters
{
    public static List<IDatasetWriter> Create(PipelineOptions options) =>
    [
        new Brief.BriefWriter(),
        new WorkbookWriter(),
        new JsonDatasetWriter(),
        new CsvDatasetWriter(),
    ];
}
