using DocReport.Layout;

namespace DocReport.Output.Brief;

/// <summary>The text styles and colours of a brief, derived once from its template.</summary>
internal sealed class BriefStyles(BriefTemplate template)
{
    public BriefColors Colors { get; } = template.Colors;
    public BriefFont Font { get; } = template.Font;

    /// <summary>The page size the template asks for.</summary>
    public Size PageSize { get; } = template.PageSize == "Letter" ? PageSizes.Letter : PageSizes.A4;

    /// <summary>The width between the page margins, in points.</summary>
    public float ContentWidth => PageSize.Width - template.Margins.Left - template.Margins.Right;

    public TextStyle Body => new() { FontFamily = Font.Family, FontSize = Font.BodySize, Color = Colors.Text, LineHeight = 1.3f };
    public TextStyle Title => new() { FontSize = Font.TitleSize, Bold = true, Color = Colors.Accent, LineHeight = 1.2f };
    public TextStyle Heading => new() { FontSize = Font.HeadingSize, Bold = true, Color = Colors.Accent };
    public TextStyle Small => new() { FontSize = Font.SmallSize, Color = Colors.Muted };
    public TextStyle TableHeader => new() { FontSize = Font.SmallSize, Bold = true, Color = Colors.Text };
    public TextStyle Cell => new() { FontSize = Font.SmallSize + 0.5f };
    public TextStyle Link => new() { Color = Colors.Accent, Underline = true };
    // Code keeps its columns only in a monospaced face; DejaVu Sans Mono comes with DejaVu Sans (fonts-dejavu-core).
    public TextStyle Code => new() { FontFamily = "DejaVu Sans Mono", FontSize = Font.SmallSize + 0.5f, Color = Colors.Text, LineHeight = 1.25f };

    /// <summary>Space between sections and inside them, scaled with the body size.</summary>
    public float SectionGap => Font.BodySize * 1.8f;
    public float ItemGap => Font.BodySize * 0.5f;
}
