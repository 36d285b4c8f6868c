namespace DocReport.Layout.Tests.Rendering;

public class LayoutErrorTests
{
    [Fact]
    public void Content_taller_than_any_page_is_drawn_cut_with_a_mark_and_what_follows_goes_on()
    {
        using var pdf = Pdf.Render(p => p.Content().Column(c =>
        {
            c.Item().Text("before");
            c.Item().Height(2000).Background("#00FF00");
            c.Item().Text("after");
        }));

        Assert.Equal(3, pdf.NumberOfPages);
        Assert.Equal(["before", "", "after"], pdf.GetPages().Select(Pdf.Words));
        Assert.Single(pdf.GetPages(), page => CutMarks(page) > 0);
        Assert.True(CutMarks(pdf.GetPage(2)) > 0);
    }

    [Fact]
    public void Rendering_says_which_pages_hold_cut_content()
    {
        static RenderedPdf Render(float height) => Document.Create(d => d.Page(p => p.Content().Column(c =>
        {
            c.Item().Text("before");
            c.Item().Height(height).Background("#00FF00");
            c.Item().Text("after");
        }))).Render(new MemoryStream());

        Assert.Equal([2], Render(2000).CutPages);
        Assert.Empty(Render(200).CutPages);
    }

    [Fact]
    public void Content_wider_than_any_page_is_drawn_cut_with_a_mark_on_its_right_edge()
    {
        using var pdf = Pdf.Render(p => p.Content().Column(c =>
        {
            c.Item().Width(1500).Height(100).Background("#00FF00");
            c.Item().Text("after");
        }));

        Assert.Equal("after", Pdf.Words(pdf.GetPage(pdf.NumberOfPages)));
        Assert.True(CutMarks(pdf.GetPage(1)) > 0);
    }

    [Fact]
    public void Content_that_fits_no_area_at_all_is_still_an_error_naming_the_element()
    {
        var error = Assert.Throws<LayoutException>(() => Pdf.Bytes(p => p.Content().Height(200_000).Background("#FF0000")));

        Assert.Contains("Constrained", error.Message);
        Assert.Contains("does not fit even on an empty page", error.Message);
    }

    // Red stroked paths: the zigzag drawn where oversized content is cut.
    private static int CutMarks(UglyToad.PdfPig.Content.Page page) =>
        page.Paths.Count(path => path.IsStroked && path.StrokeColor?.ToRGBValues() is var (r, g, b) && r > 0.7 && g < 0.1 && b < 0.1);

    [Fact]
    public void Text_kept_entire_but_longer_than_a_page_splits_across_pages_instead_of_failing()
    {
        var text = Pdf.Paragraphs(40);
        using var pdf = Pdf.Render(p => p.Content().ShowEntire().Text(text));
        Assert.True(pdf.NumberOfPages > 2, $"{pdf.NumberOfPages} pages");
        Assert.Equal(text.Split([' ', '\n']), pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void A_section_whose_first_part_on_an_empty_page_is_below_its_minimum_is_drawn_from_the_top_of_the_page()
    {
        var text = Pdf.Paragraphs(40);
        using var pdf = Pdf.Render(p => p.Content().EnsureSpace(2000).Text(text));
        Assert.Equal(text.Split([' ', '\n']), pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public void A_table_section_whose_next_row_moves_to_a_later_page_leaving_a_short_part_keeps_going()
    {
        // Page 1: filler, then the first row's start; page 2: the first row's end, too short for the section's
        // minimum, while the second row (longer than a page) moves whole to page 3.
        var first = Pdf.Paragraphs(8, seed: 2);
        var second = Pdf.Paragraphs(20, seed: 3);
        using var pdf = Pdf.Render(p => p.Content().Column(c =>
        {
            c.Item().Text(Pdf.Paragraphs(5));
            c.Item().EnsureSpace(200).Table(t =>
            {
                t.RelativeColumn();
                t.Cell().Text(first);
                t.Cell().Text(second);
            });
        }));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Equal(first.Split([' ', '\n']).Concat(second.Split([' ', '\n'])), words.Skip(words.Count - first.Split([' ', '\n']).Length - second.Split([' ', '\n']).Length));
    }

    [Fact]
    public void A_document_past_the_page_limit_stops_with_an_error()
    {
        var error = Assert.Throws<PageLimitException>(() => Pdf.Bytes(
            p => p.Content().Text(Pdf.Paragraphs(100)),
            d => d.MaxPages(5)));
        Assert.Equal(5, error.MaxPages);
        Assert.Contains("more than 5 pages", error.Message);
    }

    [Fact]
    public void A_footer_taller_than_the_page_is_an_error()
    {
        var error = Assert.Throws<LayoutException>(() => Pdf.Bytes(p =>
        {
            p.Content().Text("x");
            p.Footer().Height(900);
        }));
        Assert.Contains("footer", error.Message);
    }
}
