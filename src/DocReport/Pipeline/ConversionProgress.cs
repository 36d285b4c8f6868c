namespace DocReport.Pipeline;

/// <summary>The step a conversion is at, reported through <see cref="IProgress{T}"/> as it begins.</summary>
public enum ConversionStage
{
    /// <summary>Loading the input: reading the file, the stream or the download.</summary>
    Loading,
    /// <summary>Detecting the format and reading it into blocks and metadata; a PDF's reading is reported again as each further hundredth of its pages is read (<see cref="ConversionProgress.PagesDone"/> of <see cref="ConversionProgress.Pages"/>).</summary>
    Reading,
    /// <summary>Building the article: boilerplate removed, text normalised, paragraphs and sentences.</summary>
    Structuring,
    /// <summary>Finding claims, attributions and sources, in the steps of <see cref="AnalysisStep"/>; reported again as each further hundredth of a step's paragraphs is done.</summary>
    Analyzing,
    /// <summary>Checking the dataset with the validation rules.</summary>
    Validating,
    /// <summary>Finished, with a dataset or the reason there is none.</summary>
    Done,
    /// <summary>Writing one output (<see cref="ConversionProgress.Output"/>), and the brief's pages as they are laid out, reported by <see cref="DocReportPipeline.Write(Model.ArticleDataset, string, IReadOnlyCollection{string}?, IProgress{ConversionProgress}?)"/> after the conversion is done.</summary>
    Writing,
}

/// <summary>The steps of <see cref="ConversionStage.Analyzing"/>, each a pass over the article's paragraphs (<see cref="ConversionProgress.ParagraphsDone"/> counts each from 0).</summary>
public enum AnalysisStep
{
    /// <summary>Scoring each sentence's check-worthiness and tagging who said what, side by side; a paragraph is done once both are.</summary>
    ClaimsAndAttributions,
    /// <summary>Resolving each attribution's source, in reading order.</summary>
    Sources,
}

/// <summary>Where the conversion of one input has got to.</summary>
/// <param name="Input">The input's path, URL or name, as given.</param>
/// <param name="Stage">The step that is beginning.</param>
public sealed record ConversionProgress(string Input, ConversionStage Stage)
{
    /// <summary>While reading a PDF, its pages; while drawing the brief, its pages (0 while they are being counted, in
    /// the first of the brief's two passes); 0 in other stages and for other formats.</summary>
    public int Pages { get; init; }

    /// <summary>While reading a PDF, the pages read so far (of <see cref="Pages"/>); while writing the brief, the pages
    /// counted or drawn so far in the pass it is at.</summary>
    public int PagesDone { get; init; }

    /// <summary>While analysing, the article's paragraphs; 0 in other stages.</summary>
    public int Paragraphs { get; init; }

    /// <summary>While analysing, the paragraphs the current <see cref="Step"/> has got through (of <see cref="Paragraphs"/>).</summary>
    public int ParagraphsDone { get; init; }

    /// <summary>While analysing (with the built-in analyzer), the step the analysis is at; null in other stages.</summary>
    public AnalysisStep? Step { get; init; }

    /// <summary>While writing, the format being written (pdf, xlsx, json, csv); null in other stages.</summary>
    public string? Output { get; init; }
}
