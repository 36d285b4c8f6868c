using DocReport.Layout.Text;

namespace DocReport.Layout;

/// <summary>Measures text as the layout sets it, so callers can size columns to their content.</summary>
public static class TextMeasure
{
    /// <summary>The width in points of <paramref name="text"/> set on one line in <paramref name="style"/> (unset properties from <see cref="TextStyle.Default"/>).</summary>
    /// <exception cref="LayoutException">The style's font family is not installed.</exception>
    public static float Width(string text, TextStyle style)
    {
        var words = new WordBuilder(FontCatalog.Shared).Build([(new TextSpan(text), text, style)]);
        return words.Count == 0 ? 0 : words.Sum(w => w.Width + w.SpaceAfter) - words[^1].SpaceAfter;
    }

    /// <summary>Whether <paramref name="text"/> reads right to left: its first strong character is Hebrew, Arabic or another right-to-left script (UAX #9, P2-P3).</summary>
    public static bool IsRightToLeft(string text) => BidiResolver.ParagraphLevel(text) == 1;
}
