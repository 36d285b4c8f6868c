using DocReport.Layout;
using DocReport.Model;

namespace DocReport.Output.Brief.Sections;

/// <summary>
/// Every paragraph under its section's heading, with its claim sentences in the claim colour and tagged with their claim id;
/// list items with a bullet, set in by their depth, quotes set in from a rule, tables drawn as tables, code in a monospaced face.
/// </summary>
internal sealed class OutlineSection(string title) : IBriefSection
{
    public void Compose(IContainer container, BriefContent content)
    {
        var styles = content.Styles;
        var idWidth = IdWidth(content.OutlineParagraphs, styles);
        container.Column(column =>
        {
            column.Spacing(Gap(styles));
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
                // A section's heading leads into its first paragraph as a lead-in paragraph does.
                var heading = OpensSection(paragraphs, i) ? paragraphs[i].Section : null;
                if (group.Count == 1 && group[0].Kind != BlockKind.Table && heading is null) Compose(column.Item(), group[0], content, idWidth);
                else column.Item().EnsureSpace(KeptHeight(group, heading is not null, styles)).Column(kept =>
                {
                    kept.Spacing(Gap(styles));
                    if (heading is not null) kept.Item().PaddingLeft(idWidth).PaddingTop(Gap(styles)).Text(heading).Bold();
                    foreach (var paragraph in group) Compose(kept.Item(), paragraph, content, idWidth);
                });
                i = last;
            }
            if (content.OutlineParagraphs.Count < content.Dataset.Paragraphs.Count)
                column.Item().Text($"The outline is cut to keep the brief within its page limit: it shows the first {content.OutlineParagraphs.Count:N0} " +
                    $"of {content.Dataset.Paragraphs.Count:N0} paragraphs. Every paragraph is in dataset.json and dataset.xlsx.").Bold().FontColor(styles.Colors.Claim);
        });
    }

    /// <summary>Whether the paragraph at <paramref name="index"/> is the first of a named section (the article's first section included).</summary>
    public static bool OpensSection(IReadOnlyList<Paragraph> paragraphs, int index) =>
        paragraphs[index].Section is { } section && (index == 0 || paragraphs[index - 1].Section != section);

    private static void Compose(IContainer container, Paragraph paragraph, BriefContent content, float idWidth) => container.Row(row =>
    {
        var styles = content.Styles;
        row.ConstantItem(idWidth).Text(paragraph.Id).Bold().FontColor(styles.Colors.Muted);
        var body = row.RelativeItem();
        switch (paragraph.Kind)
        {
            case BlockKind.Table:
                OutlineTable.Compose(body, paragraph, content, styles.ContentWidth - idWidth);
                break;
            case BlockKind.ListItem:
                // A sub-item sits a bullet's width further in than its parent, with a hollow bullet.
                body.PaddingLeft(styles.Font.BodySize * 1.2f * Math.Max(0, paragraph.Level - 1)).Row(item =>
                {
                    item.ConstantItem(styles.Font.BodySize).Text(paragraph.Level > 1 ? "\u25E6" : "\u2022").FontColor(styles.Colors.Muted);
                    item.RelativeItem().Text(text => ParagraphSpans.Write(text, paragraph, content, 0, paragraph.Text.Length));
                });
                break;
            case BlockKind.Code:
                body.Background(styles.Colors.TableHeader).Padding(styles.Font.SmallSize * 0.5f).Text(WithIndentationKept(paragraph.Text)).Style(styles.Code);
                break;
            case BlockKind.Quote:
                body.BorderLeft(1.5f, styles.Colors.Rule).PaddingLeft(styles.Font.BodySize * 0.6f)
                    .Text(text => ParagraphSpans.Write(text, paragraph, content, 0, paragraph.Text.Length));
                break;
            default:
                body.Text(text => ParagraphSpans.Write(text, paragraph, content, 0, paragraph.Text.Length));
                break;
        }
    });

    // Between the outline's paragraphs, kept together or not.
    private static float Gap(BriefStyles styles) => styles.ItemGap * 1.4f;

    /// <summary>
    /// A heading paragraph (in a dataset built by hand; the pipeline makes headings sections) leads into what follows it,
    /// and so does a paragraph ending in a colon ("The most active committers are:"); a table cell (a caption in a page's
    /// layout table, "Most active developers") leads into the table after it. None leads into another section, whose
    /// heading comes between.
    /// </summary>
    private static bool LeadsInto(Paragraph paragraph, Paragraph next) =>
        next.Section == paragraph.Section
        && (paragraph.Kind == BlockKind.Heading || paragraph.Text.TrimEnd().EndsWith(':')
            || (paragraph.Kind == BlockKind.TableCell && next.Kind == BlockKind.Table));

    /// <summary>
    /// The height a group's first part must reach on a page: a line for the section's heading and for each paragraph that
    /// leads in (a longer one is drawn whole or moves with the rest), then three table rows (a title row, a header, a first
    /// row of figures) or two lines of text.
    /// </summary>
    private static float KeptHeight(List<Paragraph> group, bool heading, BriefStyles styles)
    {
        var line = styles.Font.BodySize * (styles.Body.LineHeight ?? 1);
        var tableRow = (styles.Font.SmallSize + 0.5f) * (styles.Body.LineHeight ?? 1) + 7;
        var leadIns = group.Count - 1 + (heading ? 1 : 0);
        return leadIns * (line + Gap(styles)) + (heading ? Gap(styles) : 0) + (group[^1].Kind == BlockKind.Table ? 3 * tableRow : 2 * line);
    }

    // Wide enough for "P10" and a gap, or for the longest id: in a column too narrow "P1000" breaks into "P100" over "0".
    private static float IdWidth(IReadOnlyList<Paragraph> paragraphs, BriefStyles styles)
    {
        var longest = paragraphs.Select(p => p.Id).MaxBy(id => id.Length) ?? "";
        return Math.Max(styles.Font.BodySize * 3, TextMeasure.Width(longest, styles.Body with { Bold = true }) + styles.Font.BodySize);
    }

    /// <summary>Code with each line's leading spaces and tabs (a tab as four) turned into no-break spaces, which the text
    /// layout keeps at a line's start where it drops ordinary spaces; in a monospaced face they keep the columns.</summary>
    private static string WithIndentationKept(string code) =>
        string.Join('\n', code.Split('\n').Select(line =>
        {
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            return line[..indent].Replace("\t", "    ", StringComparison.Ordinal).Replace(' ', '\u00A0') + line[indent..];
        }));
}
