using DocReport.Model;

namespace DocReport.Output.Brief;

/// <summary>
/// How many paragraphs the outline can show within a page limit: estimated before layout so a 5,000-page document is
/// not laid out to the limit first, then grown from what the layouts measured. Cautious: a page of the outline holds
/// about 3,000 characters of body text.
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
    // A grown outline aims half a page short of the limit: page counts are whole, so a slope measured from them errs by
    // up to a page either way, and a try that passes the limit is a layout thrown away.
    private const double PagesSpared = 0.5;

    /// <summary>A brief laid out within the limit: the paragraphs its outline showed, and its pages.</summary>
    public readonly record struct Laid(int Paragraphs, int Pages);

    /// <summary>All paragraphs when the estimate fits <paramref name="maxPages"/>, else as many of the first as do.</summary>
    public static int Paragraphs(ArticleDataset dataset, BriefTemplate template, int maxPages)
    {
        // Only the template's key findings and key claims list claims; every other claim is in the outline's text.
        var claimRows = template.Sections.Sum(s => Math.Min(dataset.Claims.Count, BriefDocument.ClaimsShown(s)));
        var otherPages = FixedPages + claimRows / ClaimsPerPage + dataset.Sources.Count / SourcesPerPage;
        return Fitting(dataset, (long)Math.Max(0, maxPages - otherPages) * CharactersPerPage);
    }

    /// <summary>
    /// How many paragraphs should fill <paramref name="maxPages"/>, judged from the briefs <paramref name="laid"/> (in the
    /// order laid out, each showing more paragraphs than the one before). From one brief, its outline grows by the larger
    /// of two steps that each fall short of the limit: in proportion to the pages left (the pages besides the outline do
    /// not grow), and by the pages left at the cautious characters a page (a page holds more). From two, along the line
    /// through both, which counts the pages besides the outline as they were laid out.
    /// </summary>
    public static int Grown(ArticleDataset dataset, IReadOnlyList<Laid> laid, int maxPages)
    {
        var last = laid[^1];
        double size = OutlineSize(dataset, last.Paragraphs);
        if (laid.Count > 1 && laid[^2] is var before && last.Pages > before.Pages)
        {
            var pagesPerCharacter = (last.Pages - before.Pages) / (size - OutlineSize(dataset, before.Paragraphs));
            return Fitting(dataset, (long)(size + (maxPages - PagesSpared - last.Pages) / pagesPerCharacter));
        }
        return Fitting(dataset, (long)Math.Max(size * maxPages / last.Pages, size + (maxPages - PagesSpared - last.Pages) * CharactersPerPage));
    }

    // How many of the first paragraphs the outline shows in `budget` characters.
    private static int Fitting(ArticleDataset dataset, long budget)
    {
        var used = 0L;
        for (var i = 0; i < dataset.Paragraphs.Count; i++)
        {
            used += ParagraphSize(dataset, i);
            if (used > budget) return i;
        }
        return dataset.Paragraphs.Count;
    }

    // The characters the first `paragraphs` take in the outline.
    private static long OutlineSize(ArticleDataset dataset, int paragraphs) =>
        Enumerable.Range(0, paragraphs).Sum(i => ParagraphSize(dataset, i));

    // The characters paragraph `i` takes in the outline, with the section heading it opens.
    private static long ParagraphSize(ArticleDataset dataset, int i)
    {
        var paragraph = dataset.Paragraphs[i];
        return paragraph.Text.Length + ParagraphOverhead + (paragraph.Kind == BlockKind.Table ? paragraph.Sentences.Count * TableRowOverhead : 0)
            + (Sections.OutlineSection.OpensSection(dataset.Paragraphs, i) ? ParagraphOverhead + paragraph.Section!.Length : 0);
    }
}
