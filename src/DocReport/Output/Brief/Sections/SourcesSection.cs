using DocReport.Layout;

namespace DocReport.Output.Brief.Sections;

/// <summary>The cited sources: name (a link target for the claims table), kind, mentions, claims and URL.</summary>
internal sealed class SourcesSection(string title) : IBriefSection
{
    public void Compose(IContainer container, BriefContent content)
    {
        var styles = content.Styles;
        var sources = content.Dataset.Sources;
        container.Column(column =>
        {
            column.Spacing(styles.ItemGap);
            SectionHeading.Compose(column, title, styles);
            if (sources.Count == 0)
            {
                column.Item().Text("No sources are cited.").Style(styles.Small);
                return;
            }
            column.Item().Table(table =>
            {
                var cells = new BriefTable(table, styles);
                table.ConstantColumn(28).RelativeColumn(2.6f).RelativeColumn(1.3f).ConstantColumn(52).RelativeColumn(1.6f).RelativeColumn(2.8f);
                cells.Header("ID", "Name", "Kind", ">Mentions", "Claims", "URL");
                foreach (var source in sources)
                {
                    cells.Cell().Section(BriefContent.SourceAnchor(source.Id)).Text(source.Id).Bold();
                    cells.Cell().Text(source.Name);
                    cells.Cell().Text(source.Kind.ToString());
                    cells.NumberCell().Text(source.Mentions.ToString());
                    cells.Cell().Text(source.ClaimIds.Count == 0 ? "—" : string.Join(", ", source.ClaimIds));
                    if (source.Url is { } url) cells.Cell().Text(url).Style(styles.Link).Hyperlink(url);
                    else cells.Cell().Text("—").FontColor(styles.Colors.Muted);
                }
            });
        });
    }
}
