using System.Globalization;
using DocReport.Layout;
using DocReport.Model;
using DocReport.Validation;

namespace DocReport.Output.Brief;

/// <summary>Warnings for a brief that shows less than the dataset: an outline shortened to the page limit, content cut at a page's edge.</summary>
internal static class BriefCuts
{
    /// <summary>The warning for an outline that shows fewer than all paragraphs; null when it shows them all. Known before
    /// layout, so the brief itself counts it in its heading and lists it among its notes.</summary>
    public static ValidationIssue? Truncated(ArticleDataset dataset, int outline, int maxPages) =>
        outline < dataset.Paragraphs.Count
            ? new(Severity.Warning, ValidationCodes.BriefTruncated, string.Create(CultureInfo.InvariantCulture,
                $"The brief's outline shows the first {outline:N0} of {dataset.Paragraphs.Count:N0} paragraphs to stay within its {maxPages:N0}-page limit (--max-brief-pages); the other outputs hold every paragraph."),
                $"Paragraphs[{outline}]")
            : null;

    /// <summary>The warning for content drawn cut at a page's edge; null when none was. Known only once the brief is drawn.</summary>
    public static ValidationIssue? Clipped(RenderedPdf rendered) =>
        rendered.CutPages.Count > 0
            ? new(Severity.Warning, ValidationCodes.BriefClipped,
                $"Content larger than a page is drawn cut at the page's edge, marked with a red zigzag, on page(s) {string.Join(", ", rendered.CutPages)} of the brief; the other outputs hold it whole.",
                "brief.pdf")
            : null;
}
