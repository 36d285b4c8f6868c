namespace DocReport.Pipeline;

/// <summary>Settings shared by the stages.</summary>
public sealed record PipelineOptions
{
    /// <summary>A sentence is a claim when its check-worthiness score reaches this value.</summary>
    public double ClaimThreshold { get; init; } = 0.5;

    /// <summary>Inputs larger than this are refused with a clear reason.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

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
    /// paragraphs is a generated page, not an article.
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
