using UglyToad.PdfPig;

namespace DocReport.Tests.Output.Brief;

/// <summary>
/// The outline shows an article's structure as its reader saw it: each section's heading over its first paragraph (never
/// alone at a page's foot), list items with a bullet, apart from the paragraphs around them.
/// </summary>
public sealed class OutlineBlockKindTests : IDisposable
{
    private readonly BriefFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Each_section_heading_stands_over_its_first_paragraph_and_list_items_have_bullets()
    {
        using var pdf = folder.Write(BriefFolder.Convert("footpaths.md", Article(fillerLines: 2)));
        var outline = Outline(pdf);
        Assert.Contains("Where the money goes P", outline);
        Assert.Contains("What residents said P", outline);
        Assert.True(outline.IndexOf("Where the money goes", StringComparison.Ordinal) < outline.IndexOf("Resurfacing the", StringComparison.Ordinal));
        foreach (var item in new[] { "Resurfacing the", "New lighting", "A second crossing" })
            Assert.Contains("\u2022 " + item, outline);
        Assert.DoesNotContain("\u2022 The council", outline);
    }

    [Fact]
    public void A_section_heading_is_on_the_page_of_its_first_paragraph()
    {
        var orphans = new List<string>();
        // Each added paragraph of filler moves the heading down the page, so some run puts it at a page's foot.
        for (var filler = 30; filler < 60; filler++)
        {
            using var pdf = folder.Write(BriefFolder.Convert("footpaths.md", Article(filler)));
            var heading = BriefFolder.LastPageWith(pdf, "goes");
            var first = BriefFolder.LastPageWith(pdf, "Resurfacing");
            if (heading != first) orphans.Add($"{filler} paragraphs of filler: heading on page {heading}, its first paragraph on page {first}");
        }
        Assert.Empty(orphans);
    }


    private static string Outline(PdfDocument pdf)
    {
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        return text[text.LastIndexOf("Paragraph outline", StringComparison.Ordinal)..];
    }

    private static string Article(int fillerLines)
    {
        var filler = string.Concat(Enumerable.Range(1, fillerLines).Select(i => $"Footpath {i} on the east side was inspected in May.\n\n"));
        return $"""
            # Footpath repairs approved for the east side

            The council approved 2.3 million for footpath repairs on Thursday, its finance officer said.

            {filler}## Where the money goes

            - Resurfacing the riverside path will take 1.4 million.
            - New lighting on the station approach costs 0.6 million.
            - A second crossing on the ring road takes the rest.

            ## What residents said

            The council received 310 comments during its consultation, most of them about lighting.
            """;
    }
}
