using DocReport.Layout.Elements;
using SkiaSharp;

namespace DocReport.Layout;

/// <summary>Sets a page template's size, margins and default style, and gives its header, content and footer slots.</summary>
public sealed class PageDescriptor
{
    private readonly Page page;

    internal PageDescriptor(Page page) => this.page = page;

    /// <summary>The page size in points (A4 unless set).</summary>
    public PageDescriptor Size(Size size) { page.Size = size; return this; }

    /// <summary>The same margin, in points, on every side.</summary>
    public PageDescriptor Margin(float all) => Margin(all, all, all, all);

    /// <summary>The margins in points, side by side.</summary>
    public PageDescriptor Margin(float left, float top, float right, float bottom)
    {
        (page.MarginLeft, page.MarginTop, page.MarginRight, page.MarginBottom) = (left, top, right, bottom);
        return this;
    }

    /// <summary>Fills the whole page with a colour (<c>#RRGGBB</c>).</summary>
    public PageDescriptor PageColor(string color) { page.Color = SKColor.Parse(color); return this; }

    /// <summary>The style every text on the page starts from.</summary>
    public PageDescriptor DefaultTextStyle(TextStyle style) { page.TextStyle = style; return this; }

    /// <summary>Space between the header and the content, and between the content and the footer.</summary>
    public PageDescriptor Spacing(float headerSpacing, float footerSpacing)
    {
        (page.HeaderSpacing, page.FooterSpacing) = (headerSpacing, footerSpacing);
        return this;
    }

    /// <summary>Drawn under everything, over the whole page, on every page.</summary>
    public IContainer Background() => page.Background;

    /// <summary>Drawn at the top of the content area on every page.</summary>
    public IContainer Header() => page.Header;

    /// <summary>The flowing content.</summary>
    public IContainer Content() => page.Content;

    /// <summary>Drawn at the bottom of the content area on every page.</summary>
    public IContainer Footer() => page.Footer;
}
