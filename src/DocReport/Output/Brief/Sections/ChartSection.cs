using DocReport.Layout;

namespace DocReport.Output.Brief.Sections;

/// <summary>A bar chart drawn as vectors: claims per paragraph (columns) or sources by kind (bars).</summary>
internal sealed class ChartSection(string title, string chart) : IBriefSection
{
    public void Compose(IContainer container, BriefContent content)
    {
        var styles = content.Styles;
        var bars = chart == "sourcesByKind"
            ? content.Dataset.Sources.GroupBy(s => s.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => (Label: g.Key.ToString(), Value: g.Count())).ToList()
            : ClaimsPerParagraph(content);
        // One bar, bars all of one height, or a handful of items are said as well by the counts in the heading.
        if (bars.Count(b => b.Value > 0) < 2 || bars.Sum(b => b.Value) < 3 || bars.All(b => b.Value == bars[0].Value)) return;
        container.EnsureSpace(150).Column(column =>
        {
            column.Spacing(styles.ItemGap);
            SectionHeading.Compose(column, title, styles);
            var painter = new BarChartPainter(bars, styles);
            if (chart == "sourcesByKind") column.Item().Canvas(painter.HorizontalHeight, painter.DrawHorizontal);
            else column.Item().Canvas(120, painter.DrawVertical);
        });
    }

    // Counted in one pass: counting per paragraph is quadratic, minutes for a document of 50,000 paragraphs.
    private static List<(string Label, int Value)> ClaimsPerParagraph(BriefContent content)
    {
        var counts = content.Dataset.Claims.CountBy(c => c.ParagraphId).ToDictionary();
        return content.Dataset.Paragraphs.Select(p => (p.Id, counts.GetValueOrDefault(p.Id))).ToList();
    }
}
