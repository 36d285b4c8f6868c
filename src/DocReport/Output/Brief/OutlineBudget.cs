using DocReport.Model;

namespace DocReport.Output.Brief;

/// <summary>
/// How many paragraphs the outline can show within a page limit, estimated before layout so a 5,000-page document
/// is not laid out to the limit first. Cautious: a page of the outline holds about 3,000 characters of body text.
/// </summary>
internal static class OutlineBudget
{
    private const int CharactersPerPage = 2500;
    private const int ParagraphOverhead = 120;
    // A table row takes a ruled line of its own however short its cells, about as much as this many characters of text.
    private const int TableRowOverhead = 60;
    private const int ClaimsPerPage = 12;
    private const int SourcesPerPage = 25;
    private const int FixedPages = 4;

    /// <summary>All paragraphs when the estimate fits <paramref name="maxPages"/>, else as many of the first as do.</summary>
    public static int Paragraphs(ArticleDataset dataset, BriefTemplate template, int maxPages)
    {
        // Only the template's key findings and key claims list claims; every other claim is in the outline's text.
        var claimRows = template.Sections.Sum(s => Math.Min(dataset.Claims.Count, BriefDocument.ClaimsShown(s)));
        var otherPages = FixedPages + claimRows / ClaimsPerPage + dataset.Sources.Count / SourcesPerPage;
        var budget = (long)Math.Max(0, maxPages - otherPages) * CharactersPerPage;
        var used = 0L;
        for (var i = 0; i < dataset.Paragraphs.Count; i++)
        {
            var paragraph = dataset.Paragraphs[i];
            used += paragraph.Text.Length + ParagraphOverhead + (paragraph.Kind == BlockKind.Table ? paragraph.Sentences.Count * TableRowOverhead : 0)
                + (Sections.OutlineSection.OpensSection(dataset.Paragraphs, i) ? ParagraphOverhead + paragraph.Section!.Length : 0);
            if (used > budget) return i;
        }
        return dataset.Paragraphs.Count;
    }
}
