using DocReport.Layout;
using DocReport.Model;

namespace DocReport.Output.Brief.Sections;

/// <summary>
/// A table of the highest-scoring claims in article order: text with its types, score, sources (linked to the
/// sources table) and paragraph; a note points to the dataset for the rest. When the key findings come first, the
/// <paramref name="findingsAbove"/> claims they list are left out, so no claim is read twice.
/// </summary>
internal sealed class KeyClaimsSection(string title, int maxItems, int findingsAbove) : IBriefSection
{
    public void Compose(IContainer container, BriefContent content)
    {
        var styles = content.Styles;
        var listed = content.Claims.Findings(findingsAbove);
        var claims = content.Claims.KeyClaims(maxItems, findingsAbove);
        if (claims.Count == 0) return;
        var withSources = claims.Any(c => content.ClaimSources(c).Any());
        container.Column(column =>
        {
            column.Spacing(styles.ItemGap);
            SectionHeading.Compose(column, title, styles);
            if (claims.Count < content.Dataset.Claims.Count)
                column.Item().Text(Note(claims.Count, listed.Count, content.Dataset.Claims.Count, content.Claims.NotesClaims, maxItems)).Style(styles.Small);
            column.Item().Table(table =>
            {
                var cells = new BriefTable(table, styles);
                table.ConstantColumn(cells.IdWidth(claims.Select(c => c.Id), 30)).RelativeColumn();
                table.ConstantColumn(36);
                if (withSources) table.ConstantColumn(cells.FittingWidth(claims.SelectMany(content.ClaimSources).Select(s => s.Name)));
                table.ConstantColumn(cells.FittingWidth(claims.Select(c => c.ParagraphId), minWidth: 32));
                cells.Header(withSources ? ["ID", "Claim", ">Score", "Source", "Para."] : ["ID", "Claim", ">Score", "Para."]);
                foreach (var claim in claims) Row(cells, claim, content, withSources);
            });
        });
    }

    // "The 10 highest-scoring of 40 claims after the key findings"; a table that holds every claim the findings leave says
    // "the other claims", since "highest-scoring" would call the lowest scores of the article the highest. A table shorter
    // than its room holds every claim left but those that repeat one above (BriefClaims), and says how many those are.
    // The notes' claims are in no list (BriefClaims.ByScore), and the note says so.
    private static string Note(int shown, int listed, int total, int inNotes, int maxItems)
    {
        var repeated = total - inNotes - listed - shown;
        var allLeft = repeated == 0 || shown < maxItems;
        var head = allLeft
            ? (shown == 1 ? "The other claim" : $"The other {shown} claims")
            : (shown == 1 ? "The" : $"The {shown}") + $" highest-scoring of {total - inNotes} claims" + (listed > 0 ? " after the key findings" : "");
        var left = allLeft && repeated > 0 ? $" ({repeated} that {(repeated == 1 ? "repeats" : "repeat")} a claim above left out)" : "";
        var notes = inNotes > 0 ? $" ({inNotes} in the notes left out)" : "";
        return head + ", in article order" + left + notes + "; every claim is in the dataset (dataset.xlsx, sheet Claims).";
    }

    private static void Row(BriefTable cells, Claim claim, BriefContent content, bool withSources)
    {
        var styles = content.Styles;
        cells.Cell().Text(claim.Id).Bold();
        cells.Cell().Text(text =>
        {
            text.Span(claim.Text);
            if (ReaderText.ClaimTypes(claim) is { Length: > 0 } types) text.Span("\n" + types).Style(styles.Small);
        });
        cells.NumberCell().Text(ReaderText.Score(claim.Score));
        if (withSources)
            cells.Cell().Text(text =>
            {
                var sources = content.ClaimSources(claim).ToList();
                if (sources.Count == 0) text.Span("—").FontColor(styles.Colors.Muted);
                for (var i = 0; i < sources.Count; i++)
                    text.Span(sources[i].Name + (i < sources.Count - 1 ? "\n" : ""))
                        .SectionLink(BriefContent.SourceAnchor(sources[i].Id)).FontColor(styles.Colors.Accent);
            });
        cells.Cell().Text(claim.ParagraphId);
    }
}
