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


    [Fact]
    public void A_sub_item_is_set_in_under_its_parent_and_code_is_drawn_in_a_monospaced_face_line_for_line()
    {
        using var pdf = folder.Write(BriefFolder.Convert("gauges.md", """
            # River gauges move to a new server

            The water board moved its 40 river gauges to a new server on Monday, its engineer said.

            - Upper valley gauges
              - Millbrook weir reports every 15 minutes
            - Lower valley gauges

            The gauges can be read with one command:

                gauge read --site millbrook
                  --since yesterday
                gauge read --site ferry-lane
            """));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        var parent = words.Last(w => w.Text == "Upper");
        var child = words.Last(w => w.Text == "Millbrook");
        Assert.True(child.BoundingBox.Left > parent.BoundingBox.Left + 5, $"sub-item at x={child.BoundingBox.Left}, its parent at x={parent.BoundingBox.Left}");
        var code = words.Where(w => w.Text is "millbrook" or "ferry-lane").ToList();
        Assert.Equal(2, code.Count);
        Assert.All(code, w => Assert.Contains("Mono", w.Letters[0].FontName, StringComparison.Ordinal));
        Assert.True(code[1].BoundingBox.Bottom < code[0].BoundingBox.Bottom - 5, "each line of code on a line of its own");
        var (command, option) = (words.Last(w => w.Text == "gauge"), words.Single(w => w.Text.EndsWith("--since", StringComparison.Ordinal)));
        Assert.True(option.BoundingBox.Left > command.BoundingBox.Left + 5, $"an indented line of code at x={option.BoundingBox.Left}, the line above at x={command.BoundingBox.Left}");
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
