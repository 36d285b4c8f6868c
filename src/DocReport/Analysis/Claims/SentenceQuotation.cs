namespace DocReport.Analysis.Claims;

/// <summary>Finds what a sentence quotes: at least three words in quotation marks, or after an opening or before a closing one.</summary>
internal static class SentenceQuotation
{
    private const string Openers = "\"“«„‚‘";
    private const string Closers = "\"”»“’";
    private const int MinimumWords = 3;

    /// <summary>
    /// The quoted words, <c>[Start,End)</c> in the sentence, from the first quotation to the last, or null when the sentence
    /// quotes no one. Each opening mark pairs with the next closing one; a one- or two-word pair is a scare quote.
    /// </summary>
    public static (int Start, int End)? Find(string sentence)
    {
        var segments = new List<(int Start, int End)>();
        var firstOpener = IndexOfMark(sentence, 0, Openers);
        var firstCloser = IndexOfMark(sentence, 0, Closers);
        var from = 0;
        // A closing mark before any opening one: a quotation running over several sentences closes here.
        if (firstCloser >= 0 && (firstOpener < 0 || firstCloser < firstOpener))
        {
            segments.Add((0, firstCloser));
            from = firstCloser + 1;
        }
        int open;
        while ((open = IndexOfMark(sentence, from, Openers)) >= 0)
        {
            var close = IndexOfMark(sentence, open + 1, Closers);
            segments.Add((open + 1, close < 0 ? sentence.Length : close));
            if (close < 0) break;
            from = close + 1;
        }
        var quotations = segments.Where(q => IsQuotation(sentence.AsSpan(q.Start, q.End - q.Start))).ToList();
        return quotations.Count == 0 ? null : (quotations[0].Start, quotations[^1].End);
    }

    private static bool IsQuotation(ReadOnlySpan<char> quoted) => WordCount(quoted) >= MinimumWords && !IsTitle(quoted);

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
