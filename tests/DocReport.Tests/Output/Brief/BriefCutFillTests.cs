using System.Text.RegularExpressions;
using DocReport.Layout;
using DocReport.Model;
using DocReport.Output.Brief;
using UglyToad.PdfPig;

namespace DocReport.Tests.Output.Brief;

/// <summary>A brief whose outline is cut to the page limit uses the limit, read back from its PDF; a brief that is not cut is laid out once.</summary>
public sealed class BriefCutFillTests : IDisposable
{
    private readonly BriefFolder brief = new();
    private static readonly BriefTemplate Template = BriefTemplateLoader.Load(null).Value!;

    public void Dispose() => brief.Dispose();

    private static ArticleDataset LongDocument(int paragraphs) => BriefFixture.Create(paragraphs) with { Validation = [] };

    // The pages the brief took before it grew: laid out at the estimate, halved while it ran past the limit.
    private static int PagesAtEstimate(ArticleDataset dataset, int maxPages)
    {
        for (var outline = OutlineBudget.Paragraphs(dataset, Template, maxPages); ; outline /= 2)
        {
            var shown = dataset with { Validation = [BriefCuts.Truncated(dataset, outline, maxPages)!] };
            using var pdf = new MemoryStream();
            try { return BriefDocument.Compose(shown, Template, outline, maxPages).Render(pdf).Pages; }
            catch (PageLimitException) { }
        }
    }

    private static string Words(PdfDocument pdf) => string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

    [Theory]
    [InlineData(40)]
    [InlineData(25)]
    public void A_cut_outline_fills_more_of_the_limit_than_its_estimate_and_never_passes_it(int maxPages)
    {
        var dataset = LongDocument(600);
        new BriefWriter(Template, maxPages).Write(dataset, brief.Path);

        using var pdf = PdfDocument.Open(brief.PdfPath);
        Assert.InRange(pdf.NumberOfPages, 1, maxPages);
        var before = PagesAtEstimate(dataset, maxPages);
        Assert.True(pdf.NumberOfPages > before, $"{pdf.NumberOfPages} pages, no more than the {before} of the estimate");
        // The heading's count is true: the outline ends at the paragraph it names.
        var words = Words(pdf);
        var shown = int.Parse(Regex.Match(words, @"Outline cut: first (\d+) of 600 paragraphs").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"P{shown}", words.Split(' '));
        Assert.DoesNotContain($"P{shown + 1}", words.Split(' '));
    }

    [Fact]
    public void A_brief_that_is_not_cut_is_laid_out_once()
    {
        var pages = new List<PageRendered>();

        using var laid = new BriefWriter(Template, maxPages: 40).Lay(LongDocument(20), pages.Add);

        Assert.Empty(laid.Cuts);
        // Each page heard once as it is counted (of 0) and once as it is drawn.
        var total = pages.Max(p => p.Pages);
        Assert.Equal(2 * total, pages.Count);
    }
}
