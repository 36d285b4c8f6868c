namespace DocReport.Layout;

/// <summary>How text looks; a null property takes the value of the enclosing style.</summary>
public sealed record TextStyle
{
    /// <summary>The style every text starts from: DejaVu Sans 10 pt, black.</summary>
    public static TextStyle Default { get; } = new()
    {
        FontFamily = "DejaVu Sans", FontSize = 10, Bold = false, Italic = false, Color = "#000000",
        Underline = false, LineHeight = 1.25f,
    };

    /// <summary>The font family.</summary>
    public string? FontFamily { get; init; }
    /// <summary>The font size in points.</summary>
    public float? FontSize { get; init; }
    /// <summary>Bold weight.</summary>
    public bool? Bold { get; init; }
    /// <summary>Italic slant.</summary>
    public bool? Italic { get; init; }
    /// <summary>Colour as <c>#RRGGBB</c> or <c>#AARRGGBB</c>.</summary>
    public string? Color { get; init; }
    /// <summary>Underlined.</summary>
    public bool? Underline { get; init; }
    /// <summary>Line height as a multiple of the font size.</summary>
    public float? LineHeight { get; init; }
    /// <summary>The BCP 47 language of the text (<c>zh-CN</c>, <c>ja</c>, <c>ar</c>), when known: it picks the fonts that draw characters the font family lacks, and shaping rules.</summary>
    public string? Language { get; init; }

    /// <summary>This style with every unset property taken from <paramref name="parent"/>.</summary>
    public TextStyle Over(TextStyle parent) => new()
    {
        FontFamily = FontFamily ?? parent.FontFamily,
        FontSize = FontSize ?? parent.FontSize,
        Bold = Bold ?? parent.Bold,
        Italic = Italic ?? parent.Italic,
        Color = Color ?? parent.Color,
        Underline = Underline ?? parent.Underline,
        LineHeight = LineHeight ?? parent.LineHeight,
        Language = Language ?? parent.Language,
    };
}
