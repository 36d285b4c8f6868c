namespace DocReport.Analysis.Claims;

/// <summary>Tells whether a sentence quotes someone: quotation marks around, or opening or closing, at least three words.</summary>
internal static class QuotationFinder
{
    private const string Openers = "\"“«„‚‘";
    private const string Closers = "\"”»“’";
    private const int MinimumWords = 3;

    public static bool HasQuotation(string sentence)
    {
        var first = IndexOfMark(sentence, 0, Openers);
        var last = LastIndexOfMark(sentence, Closers);
        if (first >= 0 && last > first) return WordCount(sentence.AsSpan(first + 1, last - first - 1)) >= MinimumWords;
        // One mark: a quotation running over several sentences opens here or closes here.
        if (first >= 0) return WordCount(sentence.AsSpan(first + 1)) >= MinimumWords;
        return last >= 0 && WordCount(sentence.AsSpan(0, last)) >= MinimumWords;
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
