using DocReport.Layout;
using DocReport.Model;

namespace DocReport.Output.Brief.Sections;

/// <summary>Every paragraph, with its claim sentences in the claim colour and tagged with their claim id.</summary>
internal sealed class OutlineSection(string title) : IBriefSection
{
    public void Compose(IContainer container, BriefContent content)
    {
        var styles = content.Styles;
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
                    row.ConstantItem(styles.Font.BodySize * 3).Text(paragraph.Id).Bold().FontColor(styles.Colors.Muted);
                    row.RelativeItem().Text(text => Paragraph(text, paragraph, content));
                });
            if (content.OutlineParagraphs.Count < content.Dataset.Paragraphs.Count)
                column.Item().Text($"The outline is cut to keep the brief within its page limit: it shows the first {content.OutlineParagraphs.Count:N0} " +
                    $"of {content.Dataset.Paragraphs.Count:N0} paragraphs. Every paragraph is in dataset.json and dataset.xlsx.").Bold().FontColor(styles.Colors.Claim);
        });
    }

    /// <summary>The paragraph as spans cut where a claim sentence or a link starts or ends.</summary>
    private static void Paragraph(TextDescriptor text, Paragraph paragraph, BriefContent content)
    {
        var styles = content.Styles;
        var length = paragraph.Text.Length;
        var claims = paragraph.Sentences
            .Where(s => content.ClaimsBySentence.ContainsKey(s.Id))
            .Select(s => (Start: Local(s.Start, paragraph), End: Local(s.End, paragraph), Claim: content.ClaimsBySentence[s.Id]))
            .ToList();
        var links = paragraph.Links.Select(l => (Start: Local(l.Start, paragraph), End: Local(l.End, paragraph), l.Url)).ToList();
        var cuts = claims.SelectMany(c => new[] { c.Start, c.End }).Concat(links.SelectMany(l => new[] { l.Start, l.End }))
            .Append(0).Append(length).Distinct().Order().ToList();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (start, end) = (cuts[i], cuts[i + 1]);
            var claim = claims.FirstOrDefault(c => c.Start <= start && start < c.End);
            var link = links.FirstOrDefault(l => l.Start <= start && start < l.End);
            var span = text.Span(paragraph.Text[start..end]);
            if (link.Url is { } url) span.Style(styles.Link).Hyperlink(url);
            if (claim.Claim is { } found)
            {
                span.FontColor(styles.Colors.Claim);
                if (end == claim.End) text.Span($" [{found.Id}]").Style(styles.Small).Bold().FontColor(styles.Colors.Claim);
            }
        }
    }

    private static int Local(int articleOffset, Paragraph paragraph) => Math.Clamp(articleOffset - paragraph.Start, 0, paragraph.Text.Length);
}
