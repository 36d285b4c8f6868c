using DocReport.Output;

namespace DocReport.Batch;

/// <summary>How a batch runs: which outputs each document gets and how many documents are converted at once.</summary>
public sealed record BatchOptions
{
    /// <summary>
    /// The output formats (see <see cref="OutputFormats"/>): pdf, xlsx, json and csv per document; xlsx also gives a
    /// batch of several inputs one combined workbook, and parquet gives the batch one Parquet file per table.
    /// </summary>
    public IReadOnlyCollection<string> Formats { get; init; } = OutputFormats.Default;

    /// <summary>Documents converted at once; at least 1.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>What the input <see cref="BatchPlan.StandardInput"/> ("-") reads; null when the batch has none.</summary>
    public Stream? StandardInput { get; init; }
}
