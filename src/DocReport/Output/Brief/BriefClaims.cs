using DocReport.Model;
using DocReport.Reading;

namespace DocReport.Output.Brief;

/// <summary>
/// Which claims the brief lists: the key findings, then the key claims after them, each chosen by score; a claim that says
/// again what one chosen before it says (<see cref="NearDuplicate"/>) is passed over, so no statement is read twice.
/// </summary>
internal sealed class BriefClaims(ArticleDataset dataset)
{
    private readonly IReadOnlyDictionary<string, Paragraph> paragraphsById = dataset.Paragraphs.ToDictionary(p => p.Id);

    /// <summary>
    /// The body's claims by check-worthiness, highest first; equal scores keep document order. A note (section
    /// <see cref="NotesSection.Name"/>) may state a fact ("Figures from the county election office, published in March."):
    /// it stays a claim in the dataset, but says where the article's figures come from, not what the article claims.
    /// </summary>
    public IEnumerable<Claim> ByScore => dataset.Claims.Where(c => !InNotes(c)).OrderByDescending(c => c.Score).ThenBy(c => IdNumber(c.Id));

    /// <summary>How many claims stand in the notes, and so in no list of the brief.</summary>
    public int NotesClaims => dataset.Claims.Count(InNotes);

    private bool InNotes(Claim claim) => paragraphsById.GetValueOrDefault(claim.ParagraphId)?.Section == NotesSection.Name;

    /// <summary>The key findings: the highest-scoring claims of body paragraphs and quotes, since list items and tables are often captions, teasers or fragments.</summary>
    public IReadOnlyList<Claim> Findings(int maxItems) =>
        Distinct(ByScore.Where(c => paragraphsById.GetValueOrDefault(c.ParagraphId)?.Kind is BlockKind.Paragraph or BlockKind.Quote), [], maxItems);

    /// <summary>The key claims, in article order: the highest-scoring claims the <paramref name="findingsAbove"/> key findings leave.</summary>
    public IReadOnlyList<Claim> KeyClaims(int maxItems, int findingsAbove)
    {
        var listed = Findings(findingsAbove);
        var top = Distinct(ByScore.Where(c => !listed.Contains(c)), listed, maxItems).ToHashSet();
        return dataset.Claims.Where(top.Contains).ToList();
    }

    /// <summary>Every claim a brief made from <paramref name="template"/> lists, findings first, each once.</summary>
    public IReadOnlyList<Claim> Shown(BriefTemplate template)
    {
        var shown = new List<Claim>();
        for (var i = 0; i < template.Sections.Count; i++)
        {
            var section = template.Sections[i];
            var above = template.Sections.Take(i).Where(s => s.Type == "keyFindings").Select(BriefDocument.ClaimsShown).DefaultIfEmpty(0).Max();
            var listed = section.Type switch
            {
                "keyFindings" => Findings(BriefDocument.ClaimsShown(section)),
                "keyClaims" => KeyClaims(BriefDocument.ClaimsShown(section), above),
                _ => [],
            };
            shown.AddRange(listed.Where(c => !shown.Contains(c)));
        }
        return shown;
    }

    // The first maxItems of the claims, each passed over when it repeats one of them before it or one listed above.
    private static List<Claim> Distinct(IEnumerable<Claim> claims, IReadOnlyList<Claim> above, int maxItems)
    {
        var chosen = new List<Claim>();
        foreach (var claim in claims)
        {
            if (chosen.Count >= maxItems) break;
            if (!above.Concat(chosen).Any(c => NearDuplicate.Of(c.Text, claim.Text))) chosen.Add(claim);
        }
        return chosen;
    }

    private static int IdNumber(string id) => int.TryParse(id.AsSpan(1), out var n) ? n : int.MaxValue;
}
