using System.Text.RegularExpressions;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Features of how a sentence is written that its lower-cased words lose: headline capitals, a leading quotation mark,
/// bullet or number, a closing colon, a web or mail address. Headings, list items, credits and contact lines take these
/// forms on any site; a quotation opened at the start is speech more often than the writer's report.
/// </summary>
internal static partial class SentenceForm
{
    private const int LeastHeadlineWords = 4;

    /// <summary>Writes the form features of <paramref name="sentence"/>, whose tokens are <paramref name="tokens"/>, to <paramref name="sink"/>.</summary>
    public static void Write(string sentence, IReadOnlyList<SentenceToken> tokens, FeatureSink sink)
    {
        var text = sentence.AsSpan().Trim();
        if (text.IsEmpty) return;
        var (words, capitalised, capitals) = CountWords(sentence, tokens);
        if (words >= 3 && capitals == words) sink.Add("h:form:capitals");
        else if (words >= LeastHeadlineWords && capitalised >= 0.7 * words) sink.Add("h:form:headline");
        if (text[0] is '"' or '“' or '«' or '„' or '‘' or '\'') sink.Add("h:form:opens-quoted");
        if (text[0] is '•' or '-' or '–' or '—' or '*' or '▢' or '·' || ListNumber().IsMatch(text)) sink.Add("h:form:list-marker");
        if (text[^1] == ':') sink.Add("h:form:ends-colon");
        if (Address().IsMatch(text)) sink.Add("h:form:address");
    }

    /// <summary>Written in headline capitals: most words, or every one, start with a capital.</summary>
    public static bool IsHeadline(string sentence, IReadOnlyList<SentenceToken> tokens)
    {
        var (words, capitalised, capitals) = CountWords(sentence, tokens);
        return (words >= 3 && capitals == words) || (words >= LeastHeadlineWords && capitalised >= 0.7 * words);
    }

    // Words are tokens opening with a letter: how many, how many start with a capital, how many are written all in capitals.
    private static (int Words, int Capitalised, int Capitals) CountWords(string sentence, IReadOnlyList<SentenceToken> tokens)
    {
        var (words, capitalised, capitals) = (0, 0, 0);
        foreach (var token in tokens)
        {
            if (!char.IsLetter(token.Lower[0])) continue;
            words++;
            if (token.IsCapitalised(sentence)) capitalised++;
            if (IsAllCapitals(sentence.AsSpan(token.Start, token.End - token.Start), token.Lower)) capitals++;
        }
        return (words, capitalised, capitals);
    }

    // As written, the word equals its lower-cased form upper-cased.
    private static bool IsAllCapitals(ReadOnlySpan<char> written, string lower)
    {
        Span<char> upper = lower.Length <= 128 ? stackalloc char[lower.Length] : new char[lower.Length];
        lower.AsSpan().ToUpperInvariant(upper);
        return written.SequenceEqual(upper);
    }

    [GeneratedRegex(@"^(\d{1,2}|[a-zA-Z])[.)]\s")]
    private static partial Regex ListNumber();

    // A web address, a domain name, an e-mail address or a social-media handle.
    [GeneratedRegex(@"https?://|www\.|\b[\w-]+\.(com|org|net|gov|edu|io|co\.uk|ie)\b|\w@\w|(^|\s)@\w", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
