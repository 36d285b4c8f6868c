using DocReport.Resources;

namespace DocReport.Structure;

/// <summary>
/// Folds Cyrillic and Greek letters drawn like Latin ones into those Latin letters inside words that mix them with
/// Latin letters ("Cоntinue reаding" with a Cyrillic о and а), so furniture rules still match; for matching only,
/// the text kept is never changed. Words written wholly in Cyrillic or Greek are left as they are.
/// </summary>
internal static class ConfusableLetters
{
    private static readonly Lazy<Dictionary<char, char>> Latin = new(() =>
        WordList.Load("Structure/Data/confusables.txt").ToDictionary(line => line[0], line => line[^1]));

    /// <summary><paramref name="text"/> with look-alike letters folded in mixed-script words; the same string when there are none.</summary>
    public static string Fold(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u0370', '\u052F') < 0) return text;
        var folded = text.ToCharArray();
        var changed = false;
        for (var start = 0; start < folded.Length;)
        {
            var end = start;
            while (end < folded.Length && char.IsLetter(folded[end])) end++;
            if (end > start && HasLatinLetter(folded, start, end))
                for (var i = start; i < end; i++)
                    if (Latin.Value.TryGetValue(folded[i], out var latin)) (folded[i], changed) = (latin, true);
            start = end == start ? end + 1 : end;
        }
        return changed ? new string(folded) : text;
    }

    private static bool HasLatinLetter(char[] word, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (char.IsAsciiLetter(word[i])) return true;
        return false;
    }
}
