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
            var paragraphs = content.OutlineParagraphs;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                // A paragraph that leads into the next goes with the next one's first lines (or rows), as a table's title row
                // goes with its first rows: none is left alone at a page's foot with what it introduces overleaf.
                var last = i;
                while (last + 1 < paragraphs.Count && LeadsInto(paragraphs[last], paragraphs[last + 1])) last++;
                var group = paragraphs.Skip(i).Take(last - i + 1).ToList();
                if (group.Count == 1 && group[0].Kind != BlockKind.Table) Compose(column.Item(), group[0], content, idWidth);
                else column.Item().EnsureSpace(KeptHeight(group, styles)).Column(kept =>
                {
                    kept.Spacing(styles.ItemGap * 1.4f);
                    foreach (var paragraph in group) Compose(kept.Item(), paragraph, content, idWidth);
                });
                i = last;
            }
            if (content.OutlineParagraphs.Count < content.Dataset.Paragraphs.Count)
                column.Item().Text($"The outline is cut to keep the brief within its page limit: it shows the first {content.OutlineParagraphs.Count:N0} " +
                    $"of {content.Dataset.Paragraphs.Count:N0} paragraphs. Every paragraph is in dataset.json and dataset.xlsx.").Bold().FontColor(styles.Colors.Claim);
        });
    }

    private static void Compose(IContainer container, Paragraph paragraph, BriefContent content, float idWidth) => container.Row(row =>
    {
        row.ConstantItem(idWidth).Text(paragraph.Id).Bold().FontColor(content.Styles.Colors.Muted);
        if (paragraph.Kind == BlockKind.Table) OutlineTable.Compose(row.RelativeItem(), paragraph, content, content.Styles.ContentWidth - idWidth);
        else row.RelativeItem().Text(text => ParagraphSpans.Write(text, paragraph, content, 0, paragraph.Text.Length));
    });

    /// <summary>
    /// A heading leads into what follows it, and so does a paragraph ending in a colon ("The most active committers are:");
    /// a table cell (a caption in a page's layout table, "Most active developers") leads into the table after it.
    /// </summary>
    private static bool LeadsInto(Paragraph paragraph, Paragraph next) =>
        paragraph.Kind == BlockKind.Heading || paragraph.Text.TrimEnd().EndsWith(':')
        || (paragraph.Kind == BlockKind.TableCell && next.Kind == BlockKind.Table);

    /// <summary>
    /// The height a group's first part must reach on a page: a line for each paragraph that leads in (a longer one is
    /// drawn whole or moves with the rest), then three table rows (a title row, a header, a first row of figures) or two
    /// lines of text.
    /// </summary>
    private static float KeptHeight(List<Paragraph> group, BriefStyles styles)
    {
        var line = styles.Font.BodySize * (styles.Body.LineHeight ?? 1);
        var tableRow = (styles.Font.SmallSize + 0.5f) * (styles.Body.LineHeight ?? 1) + 7;
        return (group.Count - 1) * (line + styles.ItemGap * 1.4f) + (group[^1].Kind == BlockKind.Table ? 3 * tableRow : 2 * line);
    }

    // Wide enough for "P10" and a gap, or for the longest id: in a column too narrow "P1000" breaks into "P100" over "0".
    private static float IdWidth(IReadOnlyList<Paragraph> paragraphs, BriefStyles styles)
    {
        var longest = paragraphs.Select(p => p.Id).MaxBy(id => id.Length) ?? "";
        return Math.Max(styles.Font.BodySize * 3, TextMeasure.Width(longest, styles.Body with { Bold = true }) + styles.Font.BodySize);
    }
}
