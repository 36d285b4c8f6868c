using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Puts a line of Hebrew or Arabic back into reading order. A PDF places glyphs where they are drawn, and most writers
/// (LibreOffice, browsers' print to PDF) write a right-to-left line's glyphs from left to right as they appear: read in
/// that order, "העירייה פותחת" came out "תחתופ הייריעה", every word and the words' order reversed. A line
/// most of whose letters are of a right-to-left script is read from its rightmost word, and a word of those letters whose
/// glyphs run left to right is reversed (by text element, so a mark stays on its letter); numbers and Latin words inside
/// it keep their own order, as they run left to right in both.
/// </summary>
internal static class RightToLeftLines
{
    /// <summary>True when most letters of <paramref name="words"/> are of a right-to-left script.</summary>
    public static bool IsRightToLeft(IEnumerable<Word> words)
    {
        int rtl = 0, other = 0;
        foreach (var c in words.SelectMany(w => w.Text))
        {
            if (!char.IsLetter(c)) continue;
            if (IsRightToLeftLetter(c)) rtl++;
            else other++;
        }
        return rtl > other;
    }

    /// <summary>The word's text in reading order: reversed when it holds right-to-left letters drawn left to right.</summary>
    public static string Logical(Word word, string text)
    {
        if (!text.Any(IsRightToLeftLetter) || word.Letters.Count < 2) return text;
        if (word.Letters[0].StartBaseLine.X > word.Letters[^1].StartBaseLine.X) return text;
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) elements.Add(e.GetTextElement());
        elements.Reverse();
        return new StringBuilder().AppendJoin("", elements).ToString();
    }

    private static bool IsRightToLeftLetter(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
