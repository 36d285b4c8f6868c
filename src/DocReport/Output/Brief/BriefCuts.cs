using System.Globalization;
using DocReport.Layout;
using DocReport.Model;
using DocReport.Validation;

namespace DocReport.Output.Brief;

/// <summary>Warnings for a brief that shows less than the dataset: an outline shortened to the page limit, content cut at a page's edge.</summary>
internal static class BriefCuts
{
    public static IReadOnlyList<ValidationIssue> Find(ArticleDataset dataset, int outline, int maxPages, RenderedPdf rendered)
    {
        var cuts = new List<ValidationIssue>();
        if (outline < dataset.Paragraphs.Count)
            cuts.Add(new(Severity.Warning, ValidationCodes.BriefTruncated, string.Create(CultureInfo.InvariantCulture,
                $"The brief's outline shows the first {outline:N0} of {dataset.Paragraphs.Count:N0} paragraphs to stay within its {maxPages:N0}-page limit (--max-brief-pages); the other outputs hold every paragraph."),
                $"Paragraphs[{outline}]"));
        if (rendered.CutPages.Count > 0)
            cuts.Add(new(Severity.Warning, ValidationCodes.BriefClipped,
                $"Content larger than a page is drawn cut at the page's edge, marked with a red zigzag, on page(s) {string.Join(", ", rendered.CutPages)} of the brief; the other outputs hold it whole.",
                "brief.pdf"));
        return cuts;
    }
}
