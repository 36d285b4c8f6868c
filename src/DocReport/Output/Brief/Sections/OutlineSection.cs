using DocReport.Layout;
using DocReport.Model;

namespace DocReport.Output.Brief.Sections;

/// <summary>Every paragraph, with its claim sentences in the claim colour and tagged with their claim id; tables drawn as tables.</summary>
internal sealed class OutlineSection(string title) : IBriefSection
{
    public void Compose(IContainer container, BriefContent content)
    {
        var styles = content.Styles;
        var idWidth = IdWidth(content.OutlineParagraphs, styles);
        container.Column(column =>
        {
            column.Spacing(styles.ItemGap * 1.4f);
            SectionHeading.Compose(column, title, styles);
            column.Item().Text(text =>
            {
                text.DefaultStyle(styles.Small);
                text.Span("Claim sentences are shown in this colour").FontColor(styles.Colors.Claim).Bold();
                text.Span(", followed by their claim id.");
            });
            foreach (var paragraph in content.OutlineParagraphs)
                column.Item().Row(row =>
                {
                    row.ConstantItem(idWidth).Text(paragraph.Id).Bold().FontColor(styles.Colors.Muted);
                    if (paragraph.Kind == BlockKind.Table) OutlineTable.Compose(row.RelativeItem(), paragraph, content, styles.ContentWidth - idWidth);
                    else row.RelativeItem().Text(text => ParagraphSpans.Write(text, paragraph, content, 0, paragraph.Text.Length));
                });
            if (content.OutlineParagraphs.Count < content.Dataset.Paragraphs.Count)
                column.Item().Text($"The outline is cut to keep the brief within its page limit: it shows the first {content.OutlineParagraphs.Count:N0} " +
                    $"of {content.Dataset.Paragraphs.Count:N0} paragraphs. Every paragraph is in dataset.json and dataset.xlsx.").Bold().FontColor(styles.Colors.Claim);
        });
    }

    // Wide enough for "P10" and a gap, or for the longest id: in a column too narrow "P1000" breaks into "P100" over "0".
    private static float IdWidth(IReadOnlyList<Paragraph> paragraphs, BriefStyles styles)
    {
        var longest = paragraphs.Select(p => p.Id).MaxBy(id => id.Length) ?? "";
        return Math.Max(styles.Font.BodySize * 3, TextMeasure.Width(longest, styles.Body with { Bold = true }) + styles.Font.BodySize);
    }
}
