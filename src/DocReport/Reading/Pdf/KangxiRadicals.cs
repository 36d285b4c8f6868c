using System.Text;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Kangxi radicals (U+2F00-U+2FD5) where a PDF meant ideographs. A CJK font draws 月 and the radical ⽉ with one glyph, and a
/// writer that maps the glyph back to the lowest code point it has gives the radical: "⽉曜⽇" for "月曜日" (DocReport's own
/// briefs did). A radical's compatibility form (NFKC) is its ideograph; articles do not write radicals as such.
/// </summary>
internal static class KangxiRadicals
{
    private const char First = '\u2F00';
    private const char Last = '\u2FD5';

    public static string Fold(string text)
    {
        if (!text.Any(c => c is >= First and <= Last)) return text;
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
            folded.Append(c is >= First and <= Last ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString());
        return folded.ToString();
    }
}
