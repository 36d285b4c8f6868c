using DocReport.Layout;
using DocReport.Model;

namespace DocReport.Output.Brief.Sections;

/// <summary>The validation findings, warnings written into the brief so a reader knows what to doubt.</summary>
internal sealed class ValidationSection(string title) : IBriefSection
{
    public void Compose(IContainer container, BriefContent content)
    {
        var styles = content.Styles;
        var issues = content.Dataset.Validation;
        // The heading's facts already say there are no issues: a section saying it again could fill a page alone.
        if (issues.Count == 0) return;
        container.Column(column =>
        {
            column.Spacing(styles.ItemGap);
            SectionHeading.Compose(column, title, styles);
            foreach (var issue in issues)
                column.Item().Row(row =>
                {
                    row.ConstantItem(56).Text(issue.Severity.ToString().ToUpperInvariant()).Bold().FontSize(styles.Font.SmallSize)
                        .FontColor(issue.Severity == Severity.Error ? styles.Colors.Claim : styles.Colors.Muted);
                    row.RelativeItem().Text(text =>
                    {
                        text.Span(issue.Message);
                        text.Span($"  {issue.Code} at {issue.Location}").Style(styles.Small);
                    });
                });
        });
    }
}
