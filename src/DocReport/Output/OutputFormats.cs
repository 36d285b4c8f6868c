namespace DocReport.Output;

/// <summary>The output format names used by <c>--format</c>, and which of them are written by default.</summary>
public static class OutputFormats
{
    /// <summary>brief.pdf.</summary>
    public const string Pdf = "pdf";
    /// <summary>dataset.xlsx.</summary>
    public const string Xlsx = "xlsx";
    /// <summary>dataset.json.</summary>
    public const string Json = "json";
    /// <summary>One CSV file per table.</summary>
    public const string Csv = "csv";
    /// <summary>The batch as one dataset: a Parquet file per table for the whole batch, not per document.</summary>
    public const string Parquet = "parquet";

    /// <summary>Every format DocReport writes: the default writers' in the order they run, then the batch-only Parquet.</summary>
    public static IReadOnlyList<string> All { get; } = [Pdf, Xlsx, Json, Csv, Parquet];

    /// <summary>The formats written when <c>--format</c> is not given: CSV only when asked.</summary>
    public static IReadOnlyList<string> Default { get; } = [Pdf, Xlsx, Json];
}
