using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Puts a line of Hebrew or Arabic back into reading order. A PDF places glyphs where they are drawn, and most writers
/// (LibreOffice, browsers' print to PDF) write a right-to-left line's glyphs from left to right as they appear: read in
/// that order, "העירייה פותחת" came out "תחתופ הייריעה", every word and the words' order reversed. A line most of whose
/// letters are of a right-to-left script is read from its right end, as the Unicode bidirectional algorithm laid it out:
/// what it set right to left (the script's letters, and the spaces and marks between them or at the line's ends: the
/// full stop drawn left of the last word) is reversed; what it set left to right keeps its order: numbers, with a single
/// separator inside ("3.5", "10:00", "2,000") or a sign beside them ("50%"), and Latin words with the spaces and marks
/// between them or between them and a number ("Windows 10", "COVID-19"). Marks between two numbers ("1, 2") read right
/// to left; brackets set right to left were drawn mirrored and are mirrored back. A word whose glyphs the writer drew from
/// right to left (in reading order) is first put in the order it appears.
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
    public static string Logical(Word word, string text) =>
        text.Any(IsRightToLeftLetter) && DrawnLeftToRight(word) ? string.Concat(Elements(text).AsEnumerable().Reverse()) : text;

    /// <summary>The right-to-left line, its words given left to right with their text, in reading order.</summary>
    public static string Line(IReadOnlyList<(Word Word, string Text)> words)
    {
        // The line as it appears, left to right, then reversed: reading order but for what was set left to right.
        // A word drawn from right to left is put in the order it appears by its letters' places.
        var shown = string.Join(' ', words.Select(w => DrawnLeftToRight(w.Word) ? w.Text
            : string.Concat(w.Word.Letters.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))));
        var elements = Elements(shown);
        elements.Reverse();
        var leftToRight = LeftToRight(elements.Select(Class).ToArray());
        var line = new StringBuilder();
        for (var i = 0; i < elements.Count; i++)
        {
            if (!leftToRight[i]) { line.Append(Mirrored(elements[i])); continue; }
            var end = i;
            while (end + 1 < elements.Count && leftToRight[end + 1]) end++;
            for (var k = end; k >= i; k--) line.Append(elements[k]);
            i = end;
        }
        return line.ToString();
    }

    private enum Kind { RightToLeft, Latin, Number, Separator, Sign, Neutral }

    // The bidirectional algorithm draws a bracket set right to left as its mirror image (rule L4): the "(" that opens
    // "(החדש)" is drawn with the glyph of ")", which the PDF maps back to ")". Read in reading order, each is mirrored again.
    private static readonly Dictionary<string, string> MirroredPairs = new()
    {
        ["("] = ")", [")"] = "(", ["["] = "]", ["]"] = "[", ["{"] = "}", ["}"] = "{",
        ["<"] = ">", [">"] = "<", ["«"] = "»", ["»"] = "«", ["‹"] = "›", ["›"] = "‹",
    };

    private static string Mirrored(string element) => MirroredPairs.GetValueOrDefault(element, element);

    // Which elements (in reading order, runs set left to right still backwards) the algorithm set left to right.
    private static bool[] LeftToRight(Kind[] kinds)
    {
        var n = kinds.Length;
        var resolved = (Kind[])kinds.Clone();
        // One separator between two figures is part of the number; a sign beside a figure too.
        for (var i = 1; i + 1 < n; i++)
            if (kinds[i] == Kind.Separator && kinds[i - 1] == Kind.Number && kinds[i + 1] == Kind.Number) resolved[i] = Kind.Number;
        for (var i = 0; i < n; i++)
            if (kinds[i] == Kind.Sign && ((i > 0 && kinds[i - 1] == Kind.Number) || (i + 1 < n && kinds[i + 1] == Kind.Number))) resolved[i] = Kind.Number;
        var result = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (resolved[i] is Kind.Latin or Kind.Number) { result[i] = true; continue; }
            if (resolved[i] == Kind.RightToLeft) continue;
            // A run of spaces and marks: left to right between two Latin words, or a Latin word and a number.
            var end = i;
            while (end + 1 < n && resolved[end + 1] is Kind.Separator or Kind.Sign or Kind.Neutral) end++;
            var (before, after) = (i > 0 ? resolved[i - 1] : Kind.RightToLeft, end + 1 < n ? resolved[end + 1] : Kind.RightToLeft);
            var inside = before != Kind.RightToLeft && after != Kind.RightToLeft && (before == Kind.Latin || after == Kind.Latin);
            for (var k = i; k <= end; k++) result[k] = inside;
            i = end;
        }
        return result;
    }

    private static Kind Class(string element)
    {
        var c = element[0];
        if (IsRightToLeftLetter(c) && !char.IsDigit(c)) return Kind.RightToLeft;
        if (char.IsDigit(c)) return Kind.Number;
        if (char.IsLetter(c)) return Kind.Latin;
        if (c is '.' or ',' or ':' or '/' or '\u00A0' or '+' or '-' or '\u2212') return Kind.Separator;
        if (c is '%' or '‰' or '$' or '€' or '£' or '¥' or '₪' or '#' or '°' || char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol) return Kind.Sign;
        return Kind.Neutral;
    }

    private static bool DrawnLeftToRight(Word word) => word.Letters.Count < 2 || word.Letters[0].StartBaseLine.X <= word.Letters[^1].StartBaseLine.X;

    private static List<string> Elements(string text)
    {
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) elements.Add(e.GetTextElement());
        return elements;
    }

    private static bool IsRightToLeftLetter(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
