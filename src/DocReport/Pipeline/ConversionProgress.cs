namespace DocReport.Pipeline;

/// <summary>The step a conversion is at, reported through <see cref="IProgress{T}"/> as it begins.</summary>
public enum ConversionStage
{
    /// <summary>Loading the input: reading the file, the stream or the download.</summary>
    Loading,
    /// <summary>Detecting the format and reading it into blocks and metadata.</summary>
    Reading,
    /// <summary>Building the article: boilerplate removed, text normalised, paragraphs and sentences.</summary>
    Structuring,
    /// <summary>Finding claims, attributions and sources.</summary>
    Analyzing,
    /// <summary>Checking the dataset with the validation rules.</summary>
    Validating,
    /// <summary>Finished, with a dataset or the reason there is none.</summary>
    Done,
}

/// <summary>Where the conversion of one input has got to.</summary>
/// <param name="Input">The input's path, URL or name, as given.</param>
/// <param name="Stage">The step that is beginning.</param>
public sealed record ConversionProgress(string Input, ConversionStage Stage);
