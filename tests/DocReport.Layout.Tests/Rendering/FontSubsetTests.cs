using SkiaSharp;

namespace DocReport.Layout.Tests.Rendering;

public class FontSubsetTests
{
    [Fact]
    public void Embedded_fonts_are_subsets_far_smaller_than_the_font_files()
    {
        // DejaVu Sans and its bold are about 700 KB each; whole, they made every brief that large.
        var bytes = Pdf.Bytes(p => p.Content().Column(c =>
        {
            c.Item().Text("Regular text with accents: café, naïve, Zürich.");
            c.Item().Text(t => t.Span("Bold text.").Bold());
        }));
        Assert.True(bytes.Length < 150_000, $"{bytes.Length} bytes");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.Equal("Regular text with accents: café, naïve, Zürich. Bold text.", Pdf.Words(pdf.GetPage(1)));
    }

    [Fact]
    public void A_document_rendered_again_gives_the_same_pdf_with_subsets_and_its_page_total()
    {
        // The second rendering once started with every line drawn: it counted one page and embedded the fonts whole.
        var document = Document.Create(d => d.Page(p =>
        {
            p.Size(PageSizes.A4).Margin(Pdf.Margin);
            p.Content().Text(Pdf.Paragraphs(20));
            p.Footer().Text(t => { t.Span("Page "); t.CurrentPageNumber(); t.Span(" of "); t.TotalPages(); });
        }));
        var first = document.GeneratePdf();
        var second = document.GeneratePdf();
        Assert.True(second.Length < 150_000, $"{second.Length} bytes");
        Assert.Equal(first, second);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(second);
        Assert.True(pdf.NumberOfPages > 1, $"{pdf.NumberOfPages} pages");
        Assert.EndsWith($"Page {pdf.NumberOfPages} of {pdf.NumberOfPages}", Pdf.Words(pdf.GetPage(pdf.NumberOfPages)));
    }

    [Fact]
    public void Canvas_labels_drawn_with_canvas_fonts_keep_their_glyphs_and_page_numbers_theirs()
    {
        var bytes = Pdf.Bytes(p =>
        {
            p.Content().Column(c =>
            {
                c.Item().Text("x");
                c.Item().Canvas(30, (canvas, size, fonts) =>
                {
                    using var font = new SKFont(fonts.Typeface("DejaVu Sans"), 10);
                    using var paint = new SKPaint { Color = SKColors.Black };
                    canvas.DrawText("Government 42", 0, 20, SKTextAlign.Left, font, paint);
                });
            });
            // The first pass draws "99" for the total, so the digits of the real total come from the kept ASCII.
            p.Footer().Text(t => { t.Span("Page "); t.CurrentPageNumber(); t.Span(" of "); t.TotalPages(); });
        });
        Assert.True(bytes.Length < 150_000, $"{bytes.Length} bytes");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var letters = pdf.GetPage(1).Letters;
        Assert.Contains("Government 42", string.Concat(letters.Select(l => l.Value)));
        Assert.All(letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l => Assert.True(l.BoundingBox.Width > 0, $"'{l.Value}' has no outline"));
        Assert.EndsWith("Page 1 of 1", Pdf.Words(pdf.GetPage(1)));
    }
}
