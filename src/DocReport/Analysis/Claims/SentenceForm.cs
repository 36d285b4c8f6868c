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

    /// <summary>The form features of <paramref name="sentence"/>, whose tokens are <paramref name="tokens"/>.</summary>
    public static IEnumerable<string> Features(string sentence, IReadOnlyList<SentenceToken> tokens)
    {
        var text = sentence.Trim();
        if (text.Length == 0) yield break;
        var words = tokens.Where(t => char.IsLetter(t.Lower[0])).ToList();
        if (words.Count >= 3 && words.All(w => sentence.AsSpan(w.Start, w.End - w.Start).ToString() == w.Lower.ToUpperInvariant()))
            yield return "h:form:capitals";
        else if (words.Count >= LeastHeadlineWords && words.Count(w => w.IsCapitalised(sentence)) >= 0.7 * words.Count)
            yield return "h:form:headline";
        if (text[0] is '"' or '“' or '«' or '„' or '‘' or '\'') yield return "h:form:opens-quoted";
        if (text[0] is '•' or '-' or '–' or '—' or '*' or '▢' or '·' || ListNumber().IsMatch(text)) yield return "h:form:list-marker";
        if (text[^1] == ':') yield return "h:form:ends-colon";
        if (Address().IsMatch(text)) yield return "h:form:address";
    }

    [GeneratedRegex(@"^(\d{1,2}|[a-zA-Z])[.)]\s")]
    private static partial Regex ListNumber();

    // A web address, a domain name, an e-mail address or a social-media handle.
    [GeneratedRegex(@"https?://|www\.|\b[\w-]+\.(com|org|net|gov|edu|io|co\.uk|ie)\b|\w@\w|(^|\s)@\w", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
