using DocReport.Layout.Drawing;
using DocReport.Layout.Elements;

namespace DocReport.Layout;

/// <summary>A document composed with the fluent API, ready to be written as PDF.</summary>
public sealed class Document
{
    private readonly DocumentDescriptor descriptor;

    private Document(DocumentDescriptor descriptor) => this.descriptor = descriptor;

    /// <summary>Composes a document: <c>Document.Create(d => d.Page(p => p.Content().Text("Hello")))</c>.</summary>
    public static Document Create(Action<DocumentDescriptor> compose)
    {
        var descriptor = new DocumentDescriptor();
        compose(descriptor);
        return new Document(descriptor);
    }

    /// <summary>Writes the PDF to <paramref name="output"/>, which may be forward-only and is left open, and returns the number of pages.</summary>
    /// <exception cref="LayoutException">Content never fits a page, or no usable font exists.</exception>
    public int GeneratePdf(Stream output) => Render(output).Pages;

    /// <summary>Writes the PDF to <paramref name="output"/> like <see cref="GeneratePdf(Stream)"/>, and says which pages were cut.</summary>
    /// <exception cref="LayoutException">Content never fits a page, or no usable font exists.</exception>
    public RenderedPdf Render(Stream output) => Render(output, _ => { });

    /// <summary>
    /// Writes the PDF like <see cref="Render(Stream)"/>, telling <paramref name="pageRendered"/> each page laid out, on the
    /// calling thread: once for each page as they are counted, then once for each as it is drawn (a progress bar's count).
    /// </summary>
    /// <exception cref="LayoutException">Content never fits a page, or no usable font exists.</exception>
    public RenderedPdf Render(Stream output, Action<PageRendered> pageRendered) =>
        new DocumentRenderer(descriptor.Pages, descriptor.PdfMetadata, descriptor.PageLimit, pageRendered)
            .Render(output.CanSeek ? output : new PositionCountingStream(output));

    /// <summary>The PDF as bytes.</summary>
    public byte[] GeneratePdf()
    {
        using var stream = new MemoryStream();
        GeneratePdf(stream);
        return stream.ToArray();
    }
}

/// <summary>Collects a document's metadata and page templates.</summary>
public sealed class DocumentDescriptor
{
    internal List<Page> Pages { get; } = [];
    internal PdfMetadata PdfMetadata { get; private set; } = new();
    internal int PageLimit { get; private set; } = 1000;

    /// <summary>Sets title, author and the other document information.</summary>
    public DocumentDescriptor Metadata(PdfMetadata metadata) { PdfMetadata = metadata; return this; }

    /// <summary>Stops with a <see cref="PageLimitException"/> past this many pages (1000 by default).</summary>
    public DocumentDescriptor MaxPages(int pages) { PageLimit = pages; return this; }

    /// <summary>Adds a page template; its content flows onto as many pages as it needs.</summary>
    public DocumentDescriptor Page(Action<PageDescriptor> compose)
    {
        var page = new Page();
        compose(new PageDescriptor(page));
        Pages.Add(page);
        return this;
    }
}
