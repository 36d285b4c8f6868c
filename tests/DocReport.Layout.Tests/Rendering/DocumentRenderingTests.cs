using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Actions;

namespace DocReport.Layout.Tests.Rendering;

public class DocumentRenderingTests
{
    [Fact]
    public void Long_text_flows_over_pages_and_every_word_comes_back_in_order()
    {
        var text = Pdf.Paragraphs(30);
        using var pdf = Pdf.Render(p => p.Content().Text(text));
        Assert.True(pdf.NumberOfPages > 2, $"{pdf.NumberOfPages} pages");
        var extracted = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text);
        Assert.Equal(text.Split([' ', '\n']), extracted);
    }

    [Fact]
    public void Rendering_tells_each_page_once_as_it_is_counted_then_once_as_it_is_drawn_with_the_total()
    {
        var heard = new List<PageRendered>();
        var document = Document.Create(d => d.Page(p => p.Size(PageSizes.A4).Margin(Pdf.Margin).Content().Text(Pdf.Paragraphs(30))));
        using var output = new MemoryStream();

        var rendered = document.Render(output, heard.Add);

        Assert.True(rendered.Pages > 2, $"{rendered.Pages} pages");
        var pages = Enumerable.Range(1, rendered.Pages);
        Assert.Equal([.. pages.Select(p => new PageRendered(p, 0)), .. pages.Select(p => new PageRendered(p, rendered.Pages))], heard);
        Assert.Equal(rendered.Pages, heard.Count(h => h.Drawing));
        // the callback leaves the output as it is without one
        Assert.Equal(rendered.Pages, UglyToad.PdfPig.PdfDocument.Open(output.ToArray()).NumberOfPages);
    }

    [Fact]
    public void Footer_says_page_x_of_y_on_every_page()
    {
        using var pdf = Pdf.Render(p =>
        {
            p.Content().Text(Pdf.Paragraphs(20));
            p.Footer().AlignRight().Text(t =>
            {
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            });
        });
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
            Assert.EndsWith($"Page {page.Number} of {pdf.NumberOfPages}", Pdf.Words(page));
    }

    [Fact]
    public void Every_glyph_lies_inside_the_content_box_and_no_two_words_overlap()
    {
        using var pdf = Pdf.Render(p => p.Content().Column(c =>
        {
            c.Spacing(8);
            c.Item().Text("Heading of the document").FontSize(20).Bold();
            c.Item().Row(r =>
            {
                r.Spacing(10);
                r.RelativeItem().Text(Pdf.Paragraphs(2, seed: 2));
                r.ConstantItem(120).Background("#EEEEEE").Padding(5).Text(Pdf.Paragraphs(1, seed: 3)).FontSize(8);
            });
            c.Item().Table(t =>
            {
                t.ConstantColumn(40).RelativeColumn(3).RelativeColumn(1);
                foreach (var title in new[] { "ID", "Text", "Link" }) t.HeaderCell().Background("#DDDDDD").Padding(3).Text(title).Bold();
                for (var i = 0; i < 40; i++)
                {
                    t.Cell().BorderBottom(0.5f, "#999999").Padding(3).Text($"R{i}");
                    t.Cell().BorderBottom(0.5f, "#999999").Padding(3).Text(Pdf.Paragraphs(1, seed: i)[..120]);
                    t.Cell().BorderBottom(0.5f, "#999999").Padding(3).Text($"https://example.org/a/very/long/path/{i}/without-any-spaces-at-all");
                }
            });
            c.Item().Text(Pdf.Paragraphs(3)).LineHeight(1.5f);
        }));
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
        {
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                Assert.True(box.Left >= Pdf.Margin - 0.5 && box.Right <= page.Width - Pdf.Margin + 0.5 &&
                            box.Bottom >= Pdf.Margin - 0.5 && box.Top <= page.Height - Pdf.Margin + 0.5,
                    $"'{letter.Value}' at {box} on page {page.Number}");
            }
            var words = Pdf.VisibleWords(page).ToList();
            for (var i = 0; i < words.Count; i++)
            for (var j = i + 1; j < words.Count; j++)
                Assert.True(Pdf.Overlap(words[i].BoundingBox, words[j].BoundingBox) < 1,
                    $"'{words[i].Text}' and '{words[j].Text}' overlap on page {page.Number}");
        }
    }

    [Fact]
    public void Header_is_drawn_above_the_content_on_every_page()
    {
        using var pdf = Pdf.Render(p =>
        {
            p.PageColor("#FFFFF0");
            p.Header().BorderBottom(1, "#000000").Text("Running head");
            p.Content().Text(Pdf.Paragraphs(15));
        });
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            Assert.Equal("Running head", $"{words[0].Text} {words[1].Text}");
            Assert.True(words.Skip(2).All(w => w.BoundingBox.Top < words[0].BoundingBox.Bottom), $"content overlaps the header on page {page.Number}");
        }
    }

    [Fact]
    public void Table_header_repeats_on_every_page()
    {
        using var pdf = Pdf.Render(p => p.Content().Table(t =>
        {
            t.RelativeColumn().RelativeColumn();
            t.HeaderCell().Text("Name");
            t.HeaderCell().Text("Value");
            for (var i = 0; i < 150; i++)
            {
                t.Cell().Text($"row{i}");
                t.Cell().Text(i.ToString());
            }
        }));
        Assert.True(pdf.NumberOfPages > 1);
        Assert.All(pdf.GetPages(), page => Assert.StartsWith("Name Value", Pdf.Words(page)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_table_row_that_reaches_a_page_break_is_read_whole_on_the_next_page(int fillerParagraphs)
    {
        // Text of varying length above puts the page break at different lines of the rows below it.
        using var pdf = Pdf.Render(p => p.Content().Column(c =>
        {
            c.Item().Text(Pdf.Paragraphs(9 + fillerParagraphs));
            c.Item().Table(t =>
            {
                t.ConstantColumn(40).RelativeColumn();
                for (var i = 0; i < 6; i++)
                {
                    t.Cell().Text($"R{i}");
                    t.Cell().Text($"begins{i} " + Pdf.Paragraphs(1, seed: i) + $" ends{i}");
                }
            });
        }));
        var pageOf = pdf.GetPages().SelectMany(page => page.GetWords().Select(w => (w.Text, page.Number))).ToLookup(w => w.Text, w => w.Number);
        for (var i = 0; i < 6; i++)
            Assert.Equal(pageOf[$"begins{i}"].Single(), pageOf[$"ends{i}"].Single());
    }

    [Fact]
    public void Url_links_and_section_links_become_annotations()
    {
        var bytes = Pdf.Bytes(p => p.Content().Column(c =>
        {
            c.Item().Text("Read the report").Hyperlink("https://example.org/report");
            c.Item().Hyperlink("https://example.org/box").Text("boxed link");
            c.Item().Text(t => t.Span("jump to sources").SectionLink("sources"));
            for (var i = 0; i < 3; i++) c.Item().PageBreak();
            c.Item().Section("sources").Text("Sources");
        }));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var links = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Type == AnnotationType.Link).ToList();
        var uris = links.Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();
        Assert.Contains("https://example.org/report", uris);
        Assert.Contains("https://example.org/box", uris);
        Assert.Equal(3, links.Count);
        Assert.Contains("/Dests", System.Text.Encoding.Latin1.GetString(bytes));
        Assert.Equal(4, pdf.NumberOfPages);
    }

    [Fact]
    public void Metadata_is_written_and_the_output_is_deterministic()
    {
        var metadata = new PdfMetadata { Title = "Ferries — a brief", Author = "Zoë", Subject = "s", Creator = "DocReport", Producer = "test" };
        var first = Pdf.Bytes(p => p.Content().Text("x"), d => d.Metadata(metadata));
        var second = Pdf.Bytes(p => p.Content().Text("x"), d => d.Metadata(metadata));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(first);
        Assert.Equal("Ferries — a brief", pdf.Information.Title);
        Assert.Equal("Zoë", pdf.Information.Author);
        Assert.Equal("DocReport", pdf.Information.Creator);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Pdf_a_option_writes_pdf_a_identification()
    {
        var bytes = Pdf.Bytes(p => p.Content().Text("archived"), d => d.Metadata(new PdfMetadata { Title = "A", PdfA = true }));
        Assert.Contains("pdfaid:part", System.Text.Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public void Images_and_vector_drawings_render()
    {
        using var bitmap = new SkiaSharp.SKBitmap(40, 20);
        bitmap.Erase(SkiaSharp.SKColors.Teal);
        var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();
        using var pdf = Pdf.Render(p => p.Content().Column(c =>
        {
            c.Item().Width(200).Image(png);
            c.Item().Canvas(50, (canvas, size) =>
            {
                using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Navy };
                canvas.DrawRect(0, 0, size.Width / 2, size.Height, paint);
            });
        }));
        var image = Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Equal(200, image.BoundingBox.Width, 0.5);
        Assert.Equal(100, image.BoundingBox.Height, 0.5);
    }
}
