using DocReport.Model;

namespace DocReport.Pipeline;

/// <summary>What became of one input: a validated dataset, or the stage and reason it failed.</summary>
/// <param name="Path">The input's path, URL or name, as given.</param>
/// <param name="Dataset">The validated dataset; null when the input failed.</param>
/// <param name="Error">Why the input failed, to show a person (a validation failure names each rule's code and place); null when it succeeded.</param>
public sealed record ConversionResult(string Path, ArticleDataset? Dataset, string? Error)
{
    /// <summary>Whether there is a dataset.</summary>
    public bool Succeeded => Dataset is not null;

    /// <summary>
    /// The stage that refused the input, for a caller that handles failures by kind: <see cref="ConversionStage.Loading"/>
    /// (missing, unreadable or too large, a failed download), <see cref="ConversionStage.Reading"/> (empty, binary,
    /// unsupported or damaged, over a limit), <see cref="ConversionStage.Structuring"/> (a replaced reader gave a document
    /// without what the article builder needs), or <see cref="ConversionStage.Validating"/> (a dataset the validation rules reject); null when the input succeeded.
    /// </summary>
    public ConversionStage? FailedStage { get; init; }
}
