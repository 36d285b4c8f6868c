namespace DocReport.Structure;

/// <summary>
/// Splits a stretch of normalised text into sentences, keeping abbreviations, initials, decimals,
/// ellipses inside a sentence, and quotes or brackets that close after the stop in one piece.
/// </summary>
internal sealed class SentenceSplitter(Abbreviations abbreviations)
{
    // Stops followed by a space: Latin, Arabic (؟ ۔), Devanagari (। ॥), Armenian (։), Ethiopic (። ፧), Myanmar (။), Khmer (។).
    private const string Terminators = ".!?…‼⁇⁈⁉؟۔।॥։።፧။។";
    // Chinese and Japanese stops end a sentence with or without a space after them.
    private const string FullWidthTerminators = "。！？｡．";
    private const string Closers = "\"'”’»›)]}」』）】〕〉》〗〙〟｣";
    private const string QuotationMarks = "\"'”’»›";
    private const string Openers = "\"'“‘«‹([{¿¡";
    // Japanese quotes in corner brackets belong to the sentence that quotes them: 「…。」と言った。 is one sentence.
    private const char QuoteOpen = '「', QuoteClose = '」', InnerQuoteOpen = '『', InnerQuoteClose = '』';

    /// <summary>A splitter using the abbreviation lists shipped with DocReport.</summary>
    public static SentenceSplitter Default { get; } = new(Abbreviations.Default);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SentenceSplitter> ByLanguage = new(StringComparer.Ordinal);

    /// <summary>A splitter for a document declaring <paramref name="language"/>: with that language's abbreviations where
    /// DocReport has a list of them (<see cref="Abbreviations.For"/>), otherwise <see cref="Default"/>.</summary>
    public static SentenceSplitter For(string? language) =>
        Abbreviations.HasOwnList(language) ? ByLanguage.GetOrAdd(Abbreviations.PrimaryTag(language)!, tag => new(Abbreviations.For(tag))) : Default;

    /// <summary>The sentences of <c>text[start..end)</c>, each trimmed of surrounding white space.</summary>
    public IReadOnlyList<TextRange> Split(string text, int start, int end)
    {
        var sentences = new List<TextRange>();
        var sentenceStart = start;
        var quoteDepth = 0;
        var i = start;
        while (i < end)
        {
            if (!IsTerminator(text[i]))
            {
                quoteDepth = Math.Max(0, quoteDepth + QuoteStep(text[i++]));
                continue;
            }
            var runEnd = i;
            while (runEnd < end && IsTerminator(text[runEnd])) runEnd++;
            var boundary = runEnd;
            while (boundary < end && Closers.Contains(text[boundary])) boundary++;
            var insideQuote = quoteDepth > 0;
            for (var k = runEnd; k < boundary; k++) quoteDepth = Math.Max(0, quoteDepth + QuoteStep(text[k]));
            if (EndsSentence(text, i, runEnd, boundary, end, insideQuote))
            {
                AddTrimmed(sentences, text, sentenceStart, boundary);
                sentenceStart = boundary;
                quoteDepth = 0;
            }
            i = boundary;
        }
        AddTrimmed(sentences, text, sentenceStart, end);
        return sentences;
    }

    private bool EndsSentence(string text, int stop, int runEnd, int boundary, int end, bool insideQuote)
    {
        if (boundary == end) return false;
        if (FullWidthTerminators.Contains(text[runEnd - 1])) return !insideQuote && !IsDecimalPoint(text, runEnd - 1, end);
        if (!char.IsWhiteSpace(text[boundary])) return false;
        var next = SkipWhiteSpace(text, boundary, end);
        if (next == end) return false;
        // A spaced ellipsis (". . .") is one stop: the sentence can end only after its last dot.
        if (IsTerminator(text[next])) return false;
        var nextWord = WordAt(text, next, end);
        if (nextWord.Length > 0 && char.IsLower(nextWord[0])) return false;
        if (AsksInQuotation(text, stop, runEnd, boundary) && QuoteTag.Follows(text, next, end)) return false;
        var singleFullStop = runEnd - stop == 1 && text[stop] == '.';
        if (singleFullStop && IsOrdinalNumber(text, stop) && abbreviations.FollowsOrdinal(nextWord)) return false;
        return !singleFullStop || !ContinuesAfterAbbreviation(text, stop, next, end, nextWord);
    }

    private bool ContinuesAfterAbbreviation(string text, int stop, int next, int end, string nextWord)
    {
        var tokenStart = stop;
        while (tokenStart > 0 && (char.IsLetter(text[tokenStart - 1]) || text[tokenStart - 1] == '.')) tokenStart--;
        var token = text[tokenStart..(stop + 1)];
        var known = abbreviations.ClassOf(token);
        if (known == AbbreviationClass.Never) return true;
        if (known == AbbreviationClass.Number) return char.IsDigit(text[next]);
        // "in Sacramento, Calif. The state ..." ends; "Calif. Gov. Jerry Brown" does not ("mass." is no state)
        if (known == AbbreviationClass.Place) return char.IsUpper(token[0]) && IsTitleAt(text, next, end, nextWord);
        if (IsInitial(token)) return IsInitialAt(text, next, end) || !abbreviations.IsSentenceStarter(nextWord);
        if (known == AbbreviationClass.Either || IsDottedAcronym(token)) return !abbreviations.IsSentenceStarter(nextWord);
        return false;
    }

    /// <summary>"12." of "am 12. März": a number of one to three digits standing alone before the stop at
    /// <paramref name="stop"/> (after a space, an opening bracket, a dash or a slash, or at the start), as German writes an ordinal.</summary>
    private static bool IsOrdinalNumber(string text, int stop)
    {
        var digitsStart = stop;
        while (digitsStart > 0 && stop - digitsStart < 4 && char.IsAsciiDigit(text[digitsStart - 1])) digitsStart--;
        var digits = stop - digitsStart;
        if (digits is < 1 or > 3) return false;
        return digitsStart == 0 || char.IsWhiteSpace(text[digitsStart - 1]) || text[digitsStart - 1] is '(' or '-' or '–' or '/';
    }

    /// <summary>A question or exclamation closed by a quotation mark ("?”", "!'"), after which a tag may name the speaker.</summary>
    private static bool AsksInQuotation(string text, int stop, int runEnd, int boundary) =>
        text.AsSpan(stop, runEnd - stop).ContainsAny('?', '!') && text.AsSpan(runEnd, boundary - runEnd).ContainsAny(QuotationMarks);

    /// <summary>A title's abbreviation before a name ("Gov.", "Sen.") at <paramref name="at"/>.</summary>
    private bool IsTitleAt(string text, int at, int end, string word)
    {
        var stop = at + word.Length;
        return word.Length > 0 && stop < end && text[stop] == '.' && abbreviations.ClassOf(text[at..(stop + 1)]) == AbbreviationClass.Never;
    }

    /// <summary>"J." of "J. K. Rowling": one capital letter and its stop.</summary>
    private static bool IsInitial(string token) => token.Length == 2 && char.IsUpper(token[0]);

    private static bool IsInitialAt(string text, int at, int end) =>
        at + 1 < end && char.IsUpper(text[at]) && text[at + 1] == '.';

    /// <summary>"U.S.", "U.N.", "e.g.": single letters each followed by a stop.</summary>
    private static bool IsDottedAcronym(string token)
    {
        if (token.Length < 4 || token.Length % 2 != 0) return false;
        for (var k = 0; k < token.Length; k += 2)
            if (!char.IsLetter(token[k]) || token[k + 1] != '.') return false;
        return true;
    }

    /// <summary>A full-width stop between digits, as in "３．５".</summary>
    private static bool IsDecimalPoint(string text, int at, int end) =>
        text[at] == '．' && at > 0 && char.IsDigit(text[at - 1]) && at + 1 < end && char.IsDigit(text[at + 1]);

    /// <summary>+1 for an opening corner bracket, -1 for a closing one.</summary>
    private static int QuoteStep(char c) => c is QuoteOpen or InnerQuoteOpen ? 1 : c is QuoteClose or InnerQuoteClose ? -1 : 0;

    private static bool IsTerminator(char c) => Terminators.Contains(c) || FullWidthTerminators.Contains(c);

    private static int SkipWhiteSpace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    /// <summary>The letters of the word starting at <paramref name="at"/>, after any opening quotes or brackets.</summary>
    private static string WordAt(string text, int at, int end)
    {
        while (at < end && Openers.Contains(text[at])) at++;
        var wordEnd = at;
        while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
        return text[at..wordEnd];
    }

    private static void AddTrimmed(List<TextRange> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new TextRange(start, end));
    }
}
