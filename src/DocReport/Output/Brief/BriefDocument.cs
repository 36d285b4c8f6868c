using DocReport.Layout;
using DocReport.Model;
using DocReport.Output.Brief.Sections;
using DocReport.Validation;

namespace DocReport.Output.Brief;

/// <summary>Composes the brief of a dataset as a layout document, section by section in the template's order.</summary>
internal static class BriefDocument
{
    /// <summary>The brief, at most <paramref name="maxPages"/> long, its outline showing the first <paramref name="outlineLimit"/> paragraphs.</summary>
    public static Document Compose(ArticleDataset dataset, BriefTemplate template, int outlineLimit = int.MaxValue, int maxPages = BriefWriter.DefaultMaxPages)
    {
        var styles = new BriefStyles(template);
        var content = new BriefContent(dataset, styles, outlineLimit);
        var margins = template.Margins;
        return Document.Create(document => document
            .MaxPages(maxPages)
            .Metadata(Metadata(dataset, template))
            .Page(page =>
            {
                page.Size(styles.PageSize);
                page.Margin(margins.Left, margins.Top, margins.Right, margins.Bottom);
                page.DefaultTextStyle(styles.Body with { Language = BriefLanguage.Of(dataset.Document, dataset.Text) });
                page.Spacing(12, 12);
                page.Footer().BorderTop(0.5f, styles.Colors.Rule).PaddingTop(4).Row(row =>
                {
                    row.RelativeItem().Text("DocReport brief · " + SourceFileName.Of(dataset.Document.SourcePath)).Style(styles.Small);
                    row.AutoItem().Text(text =>
                    {
                        text.DefaultStyle(styles.Small);
                        text.Span("Page ");
                        text.CurrentPageNumber();
                        text.Span(" of ");
                        text.TotalPages();
                    });
                });
                page.Content().Column(column =>
                {
                    column.Spacing(styles.SectionGap);
                    for (var i = 0; i < template.Sections.Count; i++)
                        Section(template.Sections[i], template, template.Sections.Take(i)).Compose(column.Item().EnsureSpace(styles.Font.BodySize * 9), content);
                });
            }));
    }

    /// <summary>How many claims a section lists at most: 5 key findings and 10 key claims unless the template says; none for the others.</summary>
    public static int ClaimsShown(BriefSection section) => section.Type switch
    {
        "keyFindings" => section.MaxItems ?? 5,
        "keyClaims" => section.MaxItems ?? 10,
        _ => 0,
    };

    /// <summary>The section drawn for <paramref name="section"/>, knowing the sections <paramref name="above"/> it (and, for the heading, that all follow).</summary>
    private static IBriefSection Section(BriefSection section, BriefTemplate template, IEnumerable<BriefSection> above) => section.Type switch
    {
        "heading" => new HeadingSection(notesFollow: template.Sections.Any(s => s.Type == "validation")),
        "keyFindings" => new KeyFindingsSection(section.Title ?? "Key findings", ClaimsShown(section)),
        "chart" => new ChartSection(section.Title ?? "Chart", section.Chart ?? "claimsPerParagraph"),
        "keyClaims" => new KeyClaimsSection(section.Title ?? "Key claims", ClaimsShown(section),
            findingsAbove: above.Where(s => s.Type == "keyFindings").Select(ClaimsShown).DefaultIfEmpty(0).Max()),
        "sources" => new SourcesSection(section.Title ?? "Sources"),
        "outline" => new OutlineSection(section.Title ?? "Paragraph outline"),
        "validation" => new ValidationSection(section.Title ?? "Validation notes"),
        _ => throw new ArgumentException($"Unknown brief section '{section.Type}'; the template validator should have refused it."),
    };

    private static PdfMetadata Metadata(ArticleDataset dataset, BriefTemplate template) => new()
    {
        Title = dataset.Document.Title,
        Author = string.Join(", ", dataset.Document.Authors),
        Subject = $"Brief of {SourceFileName.Of(dataset.Document.SourcePath)}: {Counted.Of(dataset.Claims.Count, "claim")}, {Counted.Of(dataset.Sources.Count, "source")}",
        Keywords = string.Join(", ", dataset.Sources.Select(s => s.Name)),
        Creator = "DocReport",
        Producer = "DocReport.Layout on SkiaSharp",
        PdfA = template.PdfA,
    };
}
