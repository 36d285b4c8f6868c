namespace DocReport.Pipeline;

/// <summary>Settings shared by the stages.</summary>
public sealed record PipelineOptions
{
    /// <summary>A sentence is a claim when its check-worthiness score reaches this value; null is the claim model's own threshold, chosen in training.</summary>
    public double? ClaimThreshold { get; init; }

    /// <summary>Which claim model scores sentences: the fast n-gram model, built in, or the accurate one, which adds a sentence embedding and needs the optional DocReport.Claims.Accurate package.</summary>
    public ClaimDetection Claims { get; init; } = ClaimDetection.Fast;

    /// <summary>The folder the accurate claim model was published into; null when the application references the package.</summary>
    public string? AccurateClaimModelPath { get; init; }

    /// <summary>Inputs larger than this (files, streams and downloads) are refused with a clear reason.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Longest a download may take, from the request to the last byte, redirects included.</summary>
    public TimeSpan DownloadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects a download follows before it gives up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>
    /// HTML elements nested deeper than this are flattened (their tags dropped, their text kept) before parsing:
    /// parsing and content scoring cost time in the square of the depth. Real pages stay far below it.
    /// </summary>
    public int MaxHtmlDepth { get; init; } = 256;

    /// <summary>
    /// A DOCX whose XML parts expand to more than this many bytes is refused before it is parsed, so a small
    /// file that inflates to gigabytes (a zip bomb) cannot exhaust memory. Images and other media do not count.
    /// </summary>
    public long MaxDocxExpandedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// A document of more paragraphs (blocks read: paragraphs, headings, list items, table cells) than this is
    /// refused with a clear reason: analysis, validation and the workbook grow with it, and a million tiny
    /// paragraphs is a generated page, not an article. An HTML page of more than ten times as many elements is
    /// refused before it is parsed.
    /// </summary>
    public int MaxParagraphs { get; init; } = 50_000;

    /// <summary>
    /// The brief is kept within this many pages: a longer document gets a brief whose paragraph outline shows its
    /// first paragraphs and says so, while the dataset keeps every paragraph.
    /// </summary>
    public int MaxBriefPages { get; init; } = Output.Brief.BriefWriter.DefaultMaxPages;

    /// <summary>The brief template: a built-in name (default, compact) or the path of a JSON file; null is the default.</summary>
    public string? Template { get; init; }
}

/// <summary>The claim models: <see cref="Fast"/> (n-grams and cues, built in) or <see cref="Accurate"/> (adds a sentence embedding; optional package).</summary>
public enum ClaimDetection
{
    /// <summary>A logistic regression over words, word pairs, word endings and cues: about 0.5 ms a sentence, built into the library.</summary>
    Fast,

    /// <summary>The same features and a snowflake-arctic-embed-xs sentence embedding in one regression: better at ranking sentences, slower, about 90 MB more.</summary>
    Accurate,
}
