namespace DocReport.Pipeline;

/// <summary>Settings shared by the stages.</summary>
public sealed record PipelineOptions
{
    /// <summary>A sentence is a claim when its check-worthiness score reaches this value.</summary>
    public double ClaimThreshold { get; init; } = 0.5;

    /// <summary>Inputs larger than this (files, streams and downloads) are refused with a clear reason.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Longest a download may take, from the request to the last byte, redirects included.</summary>
    public TimeSpan DownloadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects a download follows before it gives up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The brief template: a built-in name (default, compact) or the path of a JSON file; null is the default.</summary>
    public string? Template { get; init; }
}
