using DocReport.Layout.Infrastructure;
using DocReport.Layout.Text;
using SkiaSharp;

namespace DocReport.Layout.Drawing;

/// <summary>What elements need while a document is laid out: the canvas, page numbers, fonts.</summary>
internal sealed class RenderContext(FontCatalog fonts)
{
    public FontCatalog Fonts { get; } = fonts;
    public WrapDiagnostics Diagnostics { get; } = new();
    public SKCanvas Canvas { get; set; } = null!;
    public int PageNumber { get; set; }

    /// <summary>The fonts the PDF embeds, subset to the glyphs drawn; set for each rendering.</summary>
    public EmbeddedFonts EmbeddedFonts { get; set; } = new(fonts);

    /// <summary>Zero during the first pass, when the page count is not known yet.</summary>
    public int TotalPages { get; set; }

    public TextStyle DefaultTextStyle { get; set; } = TextStyle.Default;

    /// <summary>
    /// True while a page holds content that did not fit even though the page was empty: elements that only prefer to
    /// start on a new page (<c>EnsureSpace</c>, <c>ShowEntire</c>) then draw what fits instead of moving on for ever.
    /// </summary>
    public bool KeepTogetherRelaxed { get; set; }

    /// <summary>Pages where oversized content was drawn cut at the page's edges.</summary>
    public SortedSet<int> CutPages { get; } = [];

    /// <summary>Runs <paramref name="draw"/> with the canvas moved by (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Translated(float x, float y, Action draw)
    {
        if (x == 0 && y == 0) { draw(); return; }
        Canvas.Save();
        Canvas.Translate(x, y);
        draw();
        Canvas.Restore();
    }
}
