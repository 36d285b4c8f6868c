namespace DocReport.Layout.Tests.Rendering;

public class LayoutErrorTests
{
    [Fact]
    public void Content_taller_than_any_page_is_an_error_naming_the_element()
    {
        var error = Assert.Throws<LayoutException>(() => Pdf.Bytes(p => p.Content().Column(c =>
        {
            c.Item().Text("fits");
            c.Item().Height(2000).Background("#FF0000");
        })));
        Assert.Contains("Constrained", error.Message);
        Assert.Contains("does not fit even on an empty page", error.Message);
    }

    [Fact]
    public void Text_kept_entire_but_longer_than_a_page_is_an_error_naming_the_text()
    {
        var error = Assert.Throws<LayoutException>(() => Pdf.Bytes(p => p.Content().ShowEntire().Text("Opening words " + Pdf.Paragraphs(40))));
        Assert.Contains("Text \"Opening words", error.Message);
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
