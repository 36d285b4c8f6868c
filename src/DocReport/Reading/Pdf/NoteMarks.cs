using UglyToad.PdfPig.Content;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Leaves out footnote marks set after punctuation ("the bulletin.¹", "said,*"): digits or note signs in smaller type
/// above the baseline of the letters before them. The note itself is read where it stands; glued to the sentence the
/// mark would only make a word of it ("bulletin.1"). A raised figure after a letter ("m²") is left as it is.
/// </summary>
internal static class NoteMarks
{
    private const double SmallerThan = 0.8;
    private const double RaisedBy = 0.2;
    private const string Punctuation = ".,;:!?)\"”’";
    private const string NoteSigns = "*†‡§";

    /// <summary>The page's words without those that are only a note mark, set right after a word that ends in punctuation.</summary>
    public static List<Word> WithoutMarkWords(List<Word> words)
    {
        var ends = words.Where(w => w.Letters.Count > 0 && IsPunctuation(w.Letters[^1])).Select(w => w.Letters[^1]).ToList();
        return ends.Count == 0 ? words : words.Where(mark => !(mark.Letters.Count > 0 && mark.Letters.All(l => IsMarkCharacter(l.Value))
            && ends.Any(end => Math.Abs(mark.Letters[0].StartBaseLine.X - end.EndBaseLine.X) < end.PointSize * 0.3
                && mark.Letters.All(l => IsRaisedSmall(l, end))))).ToList();
    }

    /// <summary>The word's text without a note mark glued to its end after punctuation.</summary>
    public static string Without(Word word)
    {
        var letters = word.Letters;
        var end = letters.Count;
        while (end > 0 && IsMarkCharacter(letters[end - 1].Value)) end--;
        if (end == letters.Count || end == 0) return word.Text;
        var last = letters[end - 1];
        return IsPunctuation(last) && letters.Skip(end).All(l => IsRaisedSmall(l, last))
            ? string.Concat(letters.Take(end).Select(l => l.Value)) : word.Text;
    }

    // A glyph may map to no character or to several ("ffi"): its last counts.
    private static bool IsPunctuation(Letter letter) => letter.Value.Length > 0 && Punctuation.Contains(letter.Value[^1]);

    private static bool IsMarkCharacter(string value) => value.Length == 1 && (char.IsAsciiDigit(value[0]) || NoteSigns.Contains(value[0]));

    // Smaller, and raised by a fifth of the type size at least but not above the letter's top.
    public static bool IsRaisedSmall(Letter mark, Letter before)
    {
        var raise = mark.StartBaseLine.Y - before.StartBaseLine.Y;
        return mark.PointSize <= before.PointSize * SmallerThan && raise >= before.PointSize * RaisedBy && raise <= before.PointSize;
    }
}
