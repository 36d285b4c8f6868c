using DocReport.Output;

namespace DocReport.Batch;

/// <summary>How a batch runs: which outputs each document gets and how many documents are converted at once.</summary>
public sealed record BatchOptions
{
    /// <summary>The output formats written for each document (see <see cref="OutputFormats"/>).</summary>
    public IReadOnlyCollection<string> Formats { get; init; } = OutputFormats.Default;

    /// <summary>Documents converted at once; at least 1.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
}
