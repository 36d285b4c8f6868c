using DocReport.Layout;

namespace DocReport.Output.Brief.Sections;

/// <summary>The cited sources: name (a link target for the claims table), kind, mentions, claims, and the URL when any source has one.</summary>
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
            var withUrls = sources.Any(s => s.Url is not null);
            column.Item().Table(table =>
            {
                var cells = new BriefTable(table, styles);
                table.ConstantColumn(cells.IdWidth(sources.Select(s => s.Id), 28)).ConstantColumn(cells.FittingWidth(sources.Select(s => s.Name), maxShare: 0.34f))
                    .ConstantColumn(cells.FittingWidth(sources.Select(s => s.Kind.ToString()))).ConstantColumn(52).RelativeColumn(1);
                if (withUrls) table.RelativeColumn(1.6f);
                cells.Header(withUrls ? ["ID", "Name", "Kind", ">Mentions", "Claims", "URL"] : ["ID", "Name", "Kind", ">Mentions", "Claims"]);
                foreach (var source in sources)
                {
                    cells.Cell().Section(BriefContent.SourceAnchor(source.Id)).Text(source.Id).Bold();
                    cells.Cell().Text(source.Name);
                    cells.Cell().Text(source.Kind.ToString());
                    cells.NumberCell().Text(source.Mentions.ToString());
                    cells.Cell().Text(source.ClaimIds.Count == 0 ? "—" : string.Join(", ", source.ClaimIds));
                    if (!withUrls) continue;
                    if (source.Url is { } url) cells.Cell().Text(ReaderText.ShortUrl(url, 45)).Style(styles.Link).Hyperlink(url);
                    else cells.Cell().Text("—").FontColor(styles.Colors.Muted);
                }
            });
        });
    }
}
