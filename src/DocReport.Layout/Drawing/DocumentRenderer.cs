using DocReport.Layout.Elements;
using DocReport.Layout.Infrastructure;
using DocReport.Layout.Text;
using SkiaSharp;

namespace DocReport.Layout.Drawing;

/// <summary>Lays pages out twice: once to count them, once to draw them with "page X of Y" known.</summary>
internal sealed class DocumentRenderer(IReadOnlyList<Page> pages, PdfMetadata metadata, int maxPages, Action<PageRendered> pageRendered)
{
    private readonly RenderContext context = new(FontCatalog.Shared);

    public RenderedPdf Render(Stream output)
    {
        // A document rendered before starts from its first line again: else the counting pass would see nothing left
        // to draw, count one page and record no glyphs, and the fonts would be embedded whole.
        foreach (var element in Roots())
        {
            element.Bind(context);
            element.ResetState();
        }
        // Declared before the PDF document, so the subsets outlive it.
        using var embedded = new EmbeddedFonts(context.Fonts);
        context.EmbeddedFonts = embedded;
        using (var counting = new SKNoDrawCanvas(1, 1))
            context.TotalPages = RenderAll(_ => counting, () => { }, 0);
        foreach (var element in Roots()) element.ResetState();
        embedded.MakeSubsets();
        using var document = SKDocument.CreatePdf(output, Metadata());
        RenderAll(size => document.BeginPage(size.Width, size.Height), document.EndPage, context.TotalPages);
        document.Close();
        return new RenderedPdf(context.TotalPages, [.. context.CutPages]);
    }

    // total: 0 while counting, the page count while drawing (as PageRendered tells it).
    private int RenderAll(Func<Size, SKCanvas> begin, Action end, int total)
    {
        context.PageNumber = 0;
        foreach (var page in pages)
        {
            context.DefaultTextStyle = page.TextStyle;
            while (true)
            {
                if (++context.PageNumber > maxPages)
                    throw new PageLimitException(maxPages);
                context.Canvas = begin(page.Size);
                var plan = new PageRenderer(page, context).Render();
                end();
                pageRendered(new PageRendered(context.PageNumber, total));
                if (!plan.IsPartial) break;
            }
        }
        return context.PageNumber;
    }

    private IEnumerable<Element> Roots() =>
        pages.SelectMany(p => new Element[] { p.Background, p.Header, p.Content, p.Footer });

    private SKDocumentPdfMetadata Metadata() => new()
    {
        Title = metadata.Title ?? "",
        Author = metadata.Author ?? "",
        Subject = metadata.Subject ?? "",
        Keywords = metadata.Keywords ?? "",
        Creator = metadata.Creator ?? "",
        Producer = metadata.Producer ?? "DocReport.Layout (SkiaSharp)",
        Creation = metadata.Created,
        Modified = metadata.Created,
        PdfA = metadata.PdfA,
        RasterDpi = SKDocument.DefaultRasterDpi,
        EncodingQuality = 101,
    };
}
