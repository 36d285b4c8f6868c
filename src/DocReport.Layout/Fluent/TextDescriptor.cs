using DocReport.Layout.Infrastructure;
using DocReport.Layout.Elements;
using DocReport.Layout.Text;

namespace DocReport.Layout;

/// <summary>Composes a text block from spans, with alignment and spacing.</summary>
public sealed class TextDescriptor
{
    private readonly TextBlock block;

    internal TextDescriptor(TextBlock block) => this.block = block;

    /// <summary>Adds a run of text; style it with the returned descriptor.</summary>
    public TextSpanDescriptor Span(string text) => Add(new TextSpan(text));

    /// <summary>The number of the page being drawn.</summary>
    public TextSpanDescriptor CurrentPageNumber() => Add(new TextSpan("", SpanContent.PageNumber));

    /// <summary>The number of pages in the document.</summary>
    public TextSpanDescriptor TotalPages() => Add(new TextSpan("", SpanContent.TotalPages));

    /// <summary>The style of every span in this block, under each span's own style.</summary>
    public TextDescriptor DefaultStyle(TextStyle style) { block.Style = style; return this; }

    /// <summary>Lines start at the left (the default for left-to-right text).</summary>
    public TextDescriptor AlignLeft() { block.Alignment = TextAlignment.Left; return this; }
    /// <summary>Lines are centred.</summary>
    public TextDescriptor AlignCenter() { block.Alignment = TextAlignment.Center; return this; }
    /// <summary>Lines end at the right.</summary>
    public TextDescriptor AlignRight() { block.Alignment = TextAlignment.Right; return this; }
    /// <summary>Lines but the last fill the width.</summary>
    public TextDescriptor Justify() { block.Alignment = TextAlignment.Justify; return this; }

    /// <summary>Extra space after each line break (<c>\n</c>) in the spans.</summary>
    public TextDescriptor ParagraphSpacing(float value) { block.ParagraphSpacing = value; return this; }

    private TextSpanDescriptor Add(TextSpan span)
    {
        block.Spans.Add(span);
        return new TextSpanDescriptor(span);
    }
}

/// <summary>Styles one span.</summary>
public sealed class TextSpanDescriptor
{
    private readonly TextSpan span;

    internal TextSpanDescriptor(TextSpan span) => this.span = span;

    /// <summary>Applies every property set in <paramref name="style"/>.</summary>
    public TextSpanDescriptor Style(TextStyle style) => Set(style.Over(span.Style));

    /// <summary>The font family; characters it lacks fall back to an installed font that has them.</summary>
    public TextSpanDescriptor FontFamily(string family) => Set(span.Style with { FontFamily = family });
    /// <summary>The font size in points.</summary>
    public TextSpanDescriptor FontSize(float size) => Set(span.Style with { FontSize = size });
    /// <summary>The colour as <c>#RRGGBB</c>.</summary>
    public TextSpanDescriptor FontColor(string color) => Set(span.Style with { Color = color });
    /// <summary>Bold weight.</summary>
    public TextSpanDescriptor Bold(bool value = true) => Set(span.Style with { Bold = value });
    /// <summary>Italic slant.</summary>
    public TextSpanDescriptor Italic(bool value = true) => Set(span.Style with { Italic = value });
    /// <summary>Underlined.</summary>
    public TextSpanDescriptor Underline(bool value = true) => Set(span.Style with { Underline = value });
    /// <summary>Line height as a multiple of the font size.</summary>
    public TextSpanDescriptor LineHeight(float factor) => Set(span.Style with { LineHeight = factor });

    /// <summary>Makes the span a link to a URL; only http, https and mailto URLs become links.</summary>
    public TextSpanDescriptor Hyperlink(string url)
    {
        if (LinkTargets.IsClickable(url)) span.Url = url;
        return this;
    }

    /// <summary>Makes the span a link to a named section of the document.</summary>
    public TextSpanDescriptor SectionLink(string name) { span.SectionName = name; return this; }

    private TextSpanDescriptor Set(TextStyle style)
    {
        span.Style = style;
        return this;
    }
}
