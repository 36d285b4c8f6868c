using DocReport.Layout.Drawing;
using SkiaSharp;

namespace DocReport.Layout;

/// <summary>The typefaces a canvas callback draws text with: the ones the PDF embeds, cut to printable ASCII plus the glyphs the text uses.</summary>
public sealed class CanvasFonts
{
    private readonly RenderContext context;

    internal CanvasFonts(RenderContext context) => this.context = context;

    /// <summary>The typeface of an installed family; only printable ASCII is sure to be in it.</summary>
    /// <exception cref="LayoutException">The family is not installed.</exception>
    public SKTypeface Typeface(string family, bool bold = false, bool italic = false)
    {
        var typeface = context.Fonts.Typeface(family, bold, italic);
        context.EmbeddedFonts.Use(typeface);
        return context.EmbeddedFonts.For(typeface);
    }
}
