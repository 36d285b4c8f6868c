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
    /// <param name="sentence">The sentence to read.</param>
    /// <param name="typing">
    /// The claim types' reading (round 28): a doubled apostrophe is a quotation mark too, and a title may close on a comma. The
    /// model's features keep the reading they were trained on (false) until a retrain.
    /// </param>
    public static (int Start, int End)? Find(string sentence, bool typing = false)
    {
        var segments = new List<(int Start, int End)>();
        var (firstOpener, _) = NextMark(sentence, 0, Openers, typing);
        var (firstCloser, closerLength) = NextMark(sentence, 0, Closers, typing);
        var from = 0;
        // A closing mark before any opening one: a quotation running over several sentences closes here.
        if (firstCloser >= 0 && (firstOpener < 0 || firstCloser < firstOpener))
        {
            segments.Add((0, firstCloser));
            from = firstCloser + closerLength;
        }
        while (NextMark(sentence, from, Openers, typing) is (>= 0 and var open, var openLength))
        {
            var (close, closeLength) = NextMark(sentence, open + openLength, Closers, typing);
            segments.Add((open + openLength, close < 0 ? sentence.Length : close));
            if (close < 0) break;
            from = close + closeLength;
        }
        var quotations = segments.Where(q => IsQuotation(sentence.AsSpan(q.Start, q.End - q.Start), typing)).ToList();
        return quotations.Count == 0 ? null : (quotations[0].Start, quotations[^1].End);
    }

    private static bool IsQuotation(ReadOnlySpan<char> quoted, bool typing) => WordCount(quoted) >= MinimumWords && !IsTitle(quoted, typing);

    // A title of a book, film or report in quotation marks ("Revolution as a Process") names a work; it quotes no one. American
    // style puts the comma after a title inside its marks ("On “The Morning Show,” she said ..."), which the types' reading allows.
    private static bool IsTitle(ReadOnlySpan<char> quoted, bool typing)
    {
        if (quoted.TrimEnd().EndsWith(".") || (!typing && quoted.TrimEnd().EndsWith(","))) return false;
        foreach (var word in quoted.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && char.IsLetter(word[0]) && !char.IsUpper(word[0])) return false;
        }
        return true;
    }

    // The next quotation mark from <paramref name="from"/> and its length: one of the marks, or, in the types' reading, a doubled
    // apostrophe, which newswire texts write for a straight double mark ("''We will,'' he said"); (-1, 0) when there is none.
    private static (int At, int Length) NextMark(string s, int from, string marks, bool typing)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (typing && s[i] == '\'' && i + 1 < s.Length && s[i + 1] == '\'') return (i, 2);
            if (marks.Contains(s[i]) && !IsApostrophe(s, i)) return (i, 1);
        }
        return (-1, 0);
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
