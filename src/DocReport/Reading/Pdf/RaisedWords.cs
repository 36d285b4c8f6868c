using UglyToad.PdfPig.Content;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Joins text set raised in smaller type right after a letter or digit to the word it follows: an exponent ("10" and a
/// raised "6", "km" and a raised "2") or a mark without punctuation before it. Its baseline is above the line's, so alone
/// it was read as a line of its own ("6" above "10 tonnes"). Digits and signs become superscript characters ("10⁶", "km²"),
/// which keep the meaning the raised type gave; other raised letters ("1st") join as they are.
/// </summary>
internal static class RaisedWords
{
    private const string Plain = "0123456789+-−=()ni";
    private const string Raised = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ";
    private const int MaxLetters = 4;
    // How close, in the type size of the word before, the raised text starts to where that word ends.
    private const double Near = 0.3;

    /// <summary>The page's words without the raised ones, and the text each raised word adds to the word before it.</summary>
    public static (List<Word> Words, Dictionary<Word, string> Suffixes) Attach(List<Word> words)
    {
        var suffixes = new Dictionary<Word, string>();
        var raised = new HashSet<Word>();
        // The words by where they end, so that each candidate looks only at the words ending where it starts.
        var ends = words.Where(w => w.Letters.Count > 0).OrderBy(EndX).ToArray();
        if (ends.Length == 0) return (words, suffixes);
        var endXs = ends.Select(EndX).ToArray();
        var reach = ends.Max(w => w.Letters[^1].PointSize) * Near;
        foreach (var mark in words.Where(w => w.Letters.Count is > 0 and <= MaxLetters))
        {
            var start = mark.Letters[0].StartBaseLine.X;
            var at = Array.BinarySearch(endXs, start - reach);
            Word? before = null;
            for (at = at < 0 ? ~at : at; at < ends.Length && endXs[at] <= start + reach && before is null; at++)
                if (IsBefore(ends[at], mark, start) && !raised.Contains(ends[at])) before = ends[at];
            if (before is null) continue;
            raised.Add(mark);
            suffixes[before] = suffixes.GetValueOrDefault(before, "") + Superscript(mark.Text);
        }
        return raised.Count == 0 ? (words, suffixes) : (words.Where(w => !raised.Contains(w)).ToList(), suffixes);
    }

    // Ends in a letter or digit where the mark starts, and the mark is smaller and raised against its last letter.
    private static bool IsBefore(Word word, Word mark, double start)
    {
        var last = word.Letters[^1];
        return word != mark && last.Value is { Length: > 0 } value && char.IsLetterOrDigit(value[^1])
            && Math.Abs(start - last.EndBaseLine.X) < last.PointSize * Near && mark.Letters.All(l => NoteMarks.IsRaisedSmall(l, last));
    }

    private static double EndX(Word word) => word.Letters[^1].EndBaseLine.X;

    /// <summary>The text in superscript characters where every character has one, else as it is.</summary>
    public static string Superscript(string text) =>
        text.All(c => Plain.Contains(c)) ? string.Concat(text.Select(c => Raised[Plain.IndexOf(c)])) : text;
}
