using DocReport.Layout.Drawing;
using DocReport.Layout.Infrastructure;
using DocReport.Layout.Text;

namespace DocReport.Layout.Elements;

/// <summary>How lines sit in their width; <see cref="Start"/> is left for left-to-right paragraphs and right for right-to-left ones.</summary>
internal enum TextAlignment { Start, Left, Center, Right, Justify }

/// <summary>A paragraph of styled spans, wrapped into lines and split across pages line by line.</summary>
internal sealed class TextBlock : Element
{
    private int firstLine;
    // The lines of the last width asked, with what else they depend on: the enclosing style, and the page numbers
    // when a span shows one. Parents measure a block several times a page; the spans do not change once composed.
    private (float Width, TextStyle Outer, int Page, int TotalPages, List<TextLine> Lines)? cache;

    public List<TextSpan> Spans { get; } = [];
    public TextStyle Style { get; set; } = new();
    public TextAlignment Alignment { get; set; }
    public float ParagraphSpacing { get; set; }

    public override SpacePlan MeasureCore(Size available)
    {
        var lines = Lines(available.Width);
        if (firstLine >= lines.Count) return SpacePlan.Empty();
        var (count, height) = Fitting(lines, available.Height);
        if (count == 0) return SpacePlan.Wrap();
        var width = lines.Skip(firstLine).Take(count).Max(l => l.Width);
        return firstLine + count == lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(Size available)
    {
        var lines = Lines(available.Width);
        var (count, _) = Fitting(lines, available.Height);
        var y = 0f;
        for (var i = firstLine; i < firstLine + count; i++)
        {
            TextLineDrawer.Draw(Context, lines[i], y, available.Width, Alignment);
            y += lines[i].Height + lines[i].SpacingAfter;
        }
        firstLine += count;
    }

    public override void ResetState() => firstLine = 0;

    public override string Describe()
    {
        var text = string.Concat(Spans.Select(s => s.Text));
        return $"Text \"{(text.Length > 40 ? text[..40] + "…" : text)}\"";
    }

    private (int Count, float Height) Fitting(List<TextLine> lines, float availableHeight)
    {
        var height = 0f;
        var count = 0;
        for (var i = firstLine; i < lines.Count; i++)
        {
            if (height + lines[i].Height > availableHeight + 0.01f) break;
            height += lines[i].Height;
            count++;
            if (i < lines.Count - 1) height += lines[i].SpacingAfter;
        }
        if (count > 0 && firstLine + count < lines.Count) height -= lines[firstLine + count - 1].SpacingAfter;
        return (count, height);
    }

    private List<TextLine> Lines(float width)
    {
        var outer = Context.DefaultTextStyle;
        var (page, totalPages) = Spans.Exists(s => s.Content != SpanContent.Fixed) ? (Context.PageNumber, Context.TotalPages) : (0, 0);
        if (cache is { } c && Math.Abs(c.Width - width) < 0.01f && c.Page == page && c.TotalPages == totalPages && c.Outer == outer)
            return c.Lines;
        var parts = Spans.Select(s => (Span: s, Text: Resolve(s), Style: s.Style.Over(Style.Over(outer)))).ToList();
        var builder = new WordBuilder(Context.Fonts);
        var lines = LineBreaker.Break(builder.Build(parts), width, ParagraphSpacing, builder);
        cache = (width, outer, page, totalPages, lines);
        return lines;
    }

    private string Resolve(TextSpan span) => span.Content switch
    {
        SpanContent.PageNumber => Context.PageNumber.ToString(),
        SpanContent.TotalPages => Context.TotalPages > 0 ? Context.TotalPages.ToString() : "99",
        _ => span.Text,
    };
}
