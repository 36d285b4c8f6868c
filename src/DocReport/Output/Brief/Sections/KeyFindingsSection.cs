using DocReport.Layout;

namespace DocReport.Output.Brief.Sections;

/// <summary>
/// The most check-worthy claims, numbered, each with its score, types and sources; only claims of body paragraphs and
/// quotes (<see cref="BriefClaims.Findings"/>); the others stay in the key-claims table.
/// </summary>
internal sealed class KeyFindingsSection(string title, int maxItems) : IBriefSection
{
    public void Compose(IContainer container, BriefContent content)
    {
        var styles = content.Styles;
        var claims = content.Claims.Findings(maxItems);
        container.Column(column =>
        {
            column.Spacing(styles.ItemGap);
            SectionHeading.Compose(column, title, styles);
            if (claims.Count == 0) column.Item().Text("No check-worthy claims were found.").Style(styles.Small);
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                column.Item().Row(row =>
                {
                    row.ConstantItem(styles.Font.BodySize * 2).Text($"{i + 1}.").Bold().FontColor(styles.Colors.Accent);
                    row.RelativeItem().Column(item =>
                    {
                        item.Item().Text(claim.Text);
                        item.Item().Text(text =>
                        {
                            text.DefaultStyle(styles.Small);
                            text.Span($"{claim.Id} · {claim.ParagraphId} · score {ReaderText.Score(claim.Score)}");
                            if (ReaderText.ClaimTypes(claim) is { Length: > 0 } types) text.Span(" · " + types);
                            foreach (var source in content.ClaimSources(claim))
                                text.Span(" · " + source.Name).SectionLink(BriefContent.SourceAnchor(source.Id)).FontColor(styles.Colors.Accent);
                        });
                    });
                });
            }
        });
    }
}
