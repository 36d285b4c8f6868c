namespace DocReport.Analysis.Claims;

/// <summary>Finds what a sentence quotes: at least three words in quotation marks, or after an opening or before a closing one.</summary>
internal static class QuotationFinder
{
    private const string Openers = "\"“«„‚‘";
    private const string Closers = "\"”»“’";
    private const int MinimumWords = 3;

    /// <summary>The quoted words, <c>[Start,End)</c> in the sentence, or null when the sentence quotes no one.</summary>
    public static (int Start, int End)? Find(string sentence)
    {
        var first = IndexOfMark(sentence, 0, Openers);
        var last = LastIndexOfMark(sentence, Closers);
        // One mark: a quotation running over several sentences opens here or closes here.
        var (start, end) = first >= 0 && last > first ? (first + 1, last) : first >= 0 ? (first + 1, sentence.Length) : (0, Math.Max(last, 0));
        if (first < 0 && last < 0) return null;
        var quoted = sentence.AsSpan(start, end - start);
        return WordCount(quoted) >= MinimumWords && !IsTitle(quoted) ? (start, end) : null;
    }

    // A title of a book, film or report in quotation marks ("Revolution as a Process") names a work; it quotes no one.
    private static bool IsTitle(ReadOnlySpan<char> quoted)
    {
        if (quoted.TrimEnd().EndsWith(".") || quoted.TrimEnd().EndsWith(",")) return false;
        foreach (var word in quoted.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && char.IsLetter(word[0]) && !char.IsUpper(word[0])) return false;
        }
        return true;
    }

    private static int IndexOfMark(string s, int from, string marks)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (marks.Contains(s[i]) && !IsApostrophe(s, i)) return i;
        }
        return -1;
    }

    private static int LastIndexOfMark(string s, string marks)
    {
        for (var i = s.Length - 1; i >= 0; i--)
        {
            if (marks.Contains(s[i]) && !IsApostrophe(s, i)) return i;
        }
        return -1;
    }

    // ’ and ‘ between letters ("don’t") or after a plural s ("voters’ rights") are apostrophes, not quotation marks.
    private static bool IsApostrophe(string s, int i) =>
        s[i] is '’' or '‘' && i > 0 && char.IsLetter(s[i - 1]) && (i + 1 == s.Length || char.IsLetter(s[i + 1]) || s[i - 1] == 's');

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
