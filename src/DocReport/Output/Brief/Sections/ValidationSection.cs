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
        container.Column(column =>
        {
            column.Spacing(styles.ItemGap);
            SectionHeading.Compose(column, title, styles);
            if (issues.Count == 0) column.Item().Text("No validation issues.").Style(styles.Small);
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
