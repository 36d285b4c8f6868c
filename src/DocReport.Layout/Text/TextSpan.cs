namespace DocReport.Layout.Text;

/// <summary>What a span's text is: fixed, or the page number or page count known only while drawing.</summary>
internal enum SpanContent { Fixed, PageNumber, TotalPages }

/// <summary>A run of text in one style, optionally a link to a URL or to a named section.</summary>
internal sealed class TextSpan(string text, SpanContent content = SpanContent.Fixed)
{
    public string Text { get; } = text;
    public SpanContent Content { get; } = content;
    public TextStyle Style { get; set; } = new();
    public string? Url { get; set; }
    public string? SectionName { get; set; }
}
