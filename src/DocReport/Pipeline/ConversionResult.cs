using DocReport.Model;

namespace DocReport.Pipeline;

/// <summary>What became of one input: a validated dataset, or the stage and reason it failed.</summary>
public sealed record ConversionResult(string Path, ArticleDataset? Dataset, string? Error)
{
    /// <summary>Whether there is a dataset.</summary>
    public bool Succeeded => Dataset is not null;
}
