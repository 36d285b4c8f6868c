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
            foreach (var paragraph in content.Dataset.Paragraphs)
                column.Item().Row(row =>
                {
                    row.ConstantItem(styles.Font.BodySize * 3).Text(paragraph.Id).Bold().FontColor(styles.Colors.Muted);
                    row.RelativeItem().Text(text => Paragraph(text, paragraph, content));
                });
        });
    }

    private static void Paragraph(TextDescriptor text, Paragraph paragraph, BriefContent content)
    {
        var styles = content.Styles;
        var position = 0;
        foreach (var sentence in paragraph.Sentences.OrderBy(s => s.Start))
        {
            var start = Math.Clamp(sentence.Start - paragraph.Start, position, paragraph.Text.Length);
            var end = Math.Clamp(sentence.End - paragraph.Start, start, paragraph.Text.Length);
            if (start > position) text.Span(paragraph.Text[position..start]);
            if (content.ClaimsBySentence.TryGetValue(sentence.Id, out var claim))
            {
                text.Span(paragraph.Text[start..end]).FontColor(styles.Colors.Claim);
                text.Span($" [{claim.Id}]").Style(styles.Small).Bold().FontColor(styles.Colors.Claim);
            }
            else text.Span(paragraph.Text[start..end]);
            position = end;
        }
        if (position < paragraph.Text.Length) text.Span(paragraph.Text[position..]);
    }
}
