using DocReport.Layout;

namespace DocReport.Output.Brief.Sections;

/// <summary>A table of claims: text, types, score, sources (linked to the sources table) and paragraph.</summary>
internal sealed class KeyClaimsSection(string title, int maxItems) : IBriefSection
{
    public void Compose(IContainer container, BriefContent content)
    {
        var styles = content.Styles;
        var top = content.ClaimsByScore.Take(maxItems).ToHashSet();
        var claims = content.Dataset.Claims.Where(top.Contains).ToList();
        container.Column(column =>
        {
            column.Spacing(styles.ItemGap);
            SectionHeading.Compose(column, title, styles);
            if (claims.Count == 0)
            {
                column.Item().Text("No claims.").Style(styles.Small);
                return;
            }
            column.Item().Table(table =>
            {
                var cells = new BriefTable(table, styles);
                table.ConstantColumn(30).RelativeColumn(5).RelativeColumn(1.7f).ConstantColumn(36).RelativeColumn(1.8f).ConstantColumn(32);
                cells.Header("ID", "Claim", "Types", ">Score", "Source", "Para.");
                foreach (var claim in claims)
                {
                    cells.Cell().Text(claim.Id).Bold();
                    cells.Cell().Text(claim.Text);
                    cells.Cell().Text(string.Join(", ", claim.Types)).Style(styles.Small);
                    cells.NumberCell().Text(claim.Score.ToString("0.00"));
                    cells.Cell().Text(text =>
                    {
                        var sources = content.ClaimSources(claim).ToList();
                        if (sources.Count == 0) text.Span("—").FontColor(styles.Colors.Muted);
                        for (var i = 0; i < sources.Count; i++)
                            text.Span(sources[i].Name + (i < sources.Count - 1 ? "; " : ""))
                                .SectionLink(BriefContent.SourceAnchor(sources[i].Id)).FontColor(styles.Colors.Accent);
                    });
                    cells.Cell().Text(claim.ParagraphId);
                }
            });
        });
    }
}
