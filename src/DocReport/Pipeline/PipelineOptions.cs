namespace DocReport.Pipeline;

/// <summary>Settings shared by the stages.</summary>
public sealed record PipelineOptions
{
    /// <summary>A sentence is a claim when its check-worthiness score reaches this value.</summary>
    public double ClaimThreshold { get; init; } = 0.5;

    /// <summary>Inputs larger than this are refused with a clear reason.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The brief template: a built-in name (default, compact) or the path of a JSON file; null is the default.</summary>
    public string? Template { get; init; }
}
