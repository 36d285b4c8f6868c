namespace DocReport.Output;

/// <summary>The output format names used by <c>--format</c>, and which of them are written by default.</summary>
public static class OutputFormats
{
    public const string Pdf = "pdf";
    public const string Xlsx = "xlsx";
    public const string Json = "json";
    public const string Csv = "csv";

    /// <summary>Every format DocReport writes, in the order the default writers run.</summary>
    public static IReadOnlyList<string> All { get; } = [Pdf, Xlsx, Json, Csv];

    /// <summary>The formats written when <c>--format</c> is not given: CSV only when asked.</summary>
    public static IReadOnlyList<string> Default { get; } = [Pdf, Xlsx, Json];
}
