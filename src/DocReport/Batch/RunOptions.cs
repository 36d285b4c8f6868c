using System.Reflection;
using System.Text.Json;
using DocReport.Output;
using DocReport.Pipeline;

namespace DocReport.Batch;

/// <summary>What decides a document's outputs besides its bytes: the DocReport version, the per-document formats and the pipeline options.</summary>
internal static class RunOptions
{
    private static readonly string Version =
        typeof(RunOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static string Fingerprint(PipelineOptions options, IEnumerable<string> formats) =>
        $"docreport {Version}; formats {string.Join(',', formats.Where(f => f != OutputFormats.Parquet).Order(StringComparer.Ordinal))}; " +
        $"options {JsonSerializer.Serialize(options, BatchJsonContext.Default.PipelineOptions)}";
}
