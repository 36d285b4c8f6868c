using DocReport.Pipeline;

namespace DocReport.Output;

/// <summary>The writers a pipeline has unless told otherwise.</summary>
internal static class DefaultWriters
{
    public static List<IDatasetWriter> Create(PipelineOptions options) => [];
}
