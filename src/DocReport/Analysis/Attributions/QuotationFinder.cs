using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// Finds quotations in all common marks (" “” „“ «» ‘’ ‚‘). A quotation left open at the end of a paragraph
/// goes on when the next paragraph opens with a quotation mark (the news convention for a quote over
/// several paragraphs), and otherwise ends with its paragraph. A curly closing mark also closes a straight opening one
/// (typed with two keyboards: left open, the quotation would run on over the cue and be taken for the previous speaker's),
/// unless a curly pair is quoted inside it ("WALLACE: ... as “The Wall Street Journal” wrote"), and a straight closing mark closes
/// a curly opening one where the paragraph leaves no doubt (<see cref="StraightCloses"/>). With <c>doubled</c>, also quotations
/// marked with two apostrophes each side (''...''), as text typed in ASCII for print and news archives writes them.
/// </summary>
internal static partial class QuotationFinder
{
    // "“...," the city's harbour office said": the most words between a closing mark and its cue
    private const int MaxWordsBeforeCue = 6;

    /// <param name="article">The article, its paragraphs in order.</param>
    /// <param name="doubled">
    /// Also the quotations marked ''...'' that no other quotation overlaps, in a text that quotes mostly so (more such quotations
    /// closed than quotations in other marks: the convention of the whole text, not ''italics'' in a page that quotes with “”).
    /// The tagger reads quotations without them, as it was trained; the rules and the attaching of quotations to speakers read them.
    /// </param>
    public static IReadOnlyList<Quotation> Find(Article article, bool doubled = false)
    {
        var found = Marked(article);
        return doubled ? WithDoubled(article, found) : found;
    }

    /// <summary>
    /// <paramref name="found"/>, the article's quotations as <see cref="Find"/> gives them without <c>doubled</c>, with the ''...''
    /// quotations it gives with it: for a caller that needs both lists without reading the marks twice.
    /// </summary>
    public static IReadOnlyList<Quotation> WithDoubled(Article article, IReadOnlyList<Quotation> found)
    {
        if (!article.Text.Contains("''", StringComparison.Ordinal)) return found;
        var all = Doubled(article).ToList();
        if (all.Count(q => q.Closed) <= found.Count) return found;
        var extra = all.Where(d => !found.Any(q => q.Overlaps(d.Start, d.End))).Select(d => new Quotation(d.Start, d.End) { Doubled = true }).ToList();
        return extra.Count == 0 ? found : found.Concat(extra).OrderBy(q => q.Start).ToList();
    }

    // ''...'': two apostrophes open a quotation after a space or an opening bracket, before a word (not a decade: "the ''70s"), and
    // close it after a word (not after inches: 5'11'' is a height; ''Five-0'' closes); a quotation left open at a paragraph's end
    // goes on when the next paragraph opens with ''
    private static IEnumerable<(int Start, int End, bool Closed)> Doubled(Article article)
    {
        var text = article.Text;
        int? openAt = null;
        var lastParagraphEnd = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            var i = paragraph.Start;
            if (openAt is not null)
            {
                var first = FirstNonSpace(text, paragraph.Start, paragraph.End);
                if (IsDoubled(text, first, paragraph.End)) i = first + 2;
                else
                {
                    yield return (openAt.Value, lastParagraphEnd, false);
                    openAt = null;
                }
            }
            for (; i < paragraph.End; i++)
            {
                if (!IsDoubled(text, i, paragraph.End)) continue;
                var before = i > paragraph.Start ? text[i - 1] : ' ';
                var after = i + 2 < paragraph.End ? text[i + 2] : ' ';
                if (openAt is null)
                {
                    if (!(char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or ':') || char.IsWhiteSpace(after) || after == '\'' || Decade(text, i + 2)) continue;
                    openAt = i;
                }
                else
                {
                    if (char.IsWhiteSpace(before) || Inches(text, i)) continue;
                    // "... at all,'''": a single quotation inside closes with it
                    yield return (openAt.Value, after == '\'' ? i + 3 : i + 2, true);
                    openAt = null;
                }
                i++;
            }
            lastParagraphEnd = paragraph.End;
        }
        if (openAt is not null) yield return (openAt.Value, lastParagraphEnd, false);
    }

    // "the ''70s": a decade with its century left out, typed with two apostrophes
    private static bool Decade(string text, int at) =>
        at + 2 < text.Length && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && text[at + 2] == 's' && (at + 3 == text.Length || !char.IsLetter(text[at + 3]));

    // 5'11'': the digits before the mark follow a foot mark
    private static bool Inches(string text, int i)
    {
        var k = i;
        while (k > 0 && char.IsDigit(text[k - 1])) k--;
        return k < i && k > 0 && text[k - 1] is '\'' or '’';
    }

    private static bool IsDoubled(string text, int i, int end) => i + 1 < end && text[i] == '\'' && text[i + 1] == '\'';

    private static List<Quotation> Marked(Article article)
    {
        var text = article.Text;
        var found = new List<Quotation>();
        int? openAt = null;
        var openMark = '\0';
        var innerOpen = false;
        var lastParagraphEnd = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            var i = paragraph.Start;
            if (openAt is not null)
            {
                var first = FirstNonSpace(text, paragraph.Start, paragraph.End);
                if (first < paragraph.End && text[first] == openMark) i = first + 1;
                else { found.Add(new Quotation(openAt.Value, lastParagraphEnd)); openAt = null; }
            }
            for (; i < paragraph.End; i++)
            {
                var c = text[i];
                if (openAt is null)
                {
                    if (Opens(text, i, paragraph.Start)) { (openAt, openMark, innerOpen) = (i, c, false); }
                }
                else if (openMark == '"' && c is '“' or '”' && (c == '“' || innerOpen)) innerOpen = c == '“';
                else if (Closes(text, i, openMark) || openMark == '“' && StraightCloses(text, openAt.Value, i, paragraph.End))
                {
                    found.Add(new Quotation(openAt.Value, i + 1));
                    openAt = null;
                }
                // the paragraph ends with a curly quotation open: the one mark in it that can only close closes it, and the rest of
                // the paragraph is read again
                if (i + 1 == paragraph.End && openAt is { } open && openMark == '“' && LoneCloser(text, Math.Max(open + 1, paragraph.Start), paragraph.End) is { } closer)
                {
                    found.Add(new Quotation(open, closer + 1));
                    openAt = null;
                    i = closer;
                }
            }
            lastParagraphEnd = paragraph.End;
        }
        if (openAt is not null) found.Add(new Quotation(openAt.Value, lastParagraphEnd));
        return found;
    }

    private static int FirstNonSpace(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from])) from++;
        return from;
    }

    private static bool Opens(string text, int i, int paragraphStart)
    {
        var c = text[i];
        var before = i > paragraphStart ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            '“' or '„' or '«' or '‚' => !char.IsWhiteSpace(after),
            '"' or '‘' => (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or ':') && !char.IsWhiteSpace(after),
            _ => false,
        };
    }

    // “...," said X: a curly opening mark closed with a straight one (scraped and pasted text mixes them), where the text leaves no
    // doubt: the first straight mark since the opening one, no curly closing mark before the next curly opening one in the
    // paragraph, and the straight mark ends a word and its paragraph, or a comma, ? or ! before a reporting clause
    // ("“...," she said"; not "“good neighbours," who ...", a word or two quoted inside a sentence that runs on).
    private static bool StraightCloses(string text, int openAt, int i, int paragraphEnd)
    {
        if (text[i] != '"' || char.IsWhiteSpace(text[i - 1]) || text.AsSpan(openAt, i - openAt).Contains('"')) return false;
        if (i + 1 < paragraphEnd && !char.IsWhiteSpace(text[i + 1]) && !char.IsPunctuation(text[i + 1])) return false;
        var rest = text.AsSpan(i + 1, paragraphEnd - i - 1);
        var nextOpen = rest.IndexOf('“');
        var beforeOpen = nextOpen < 0 ? rest : rest[..nextOpen];
        var curlyClose = beforeOpen.IndexOf('”');
        var reopened = curlyClose >= 0 && StraightReopens(beforeOpen[..curlyClose]);
        if (curlyClose >= 0 && !reopened) return false;
        return rest.IsWhiteSpace() || text[i - 1] is ',' or '?' or '!' && CueFollows(rest);
    }

    // “definitely not support" him, “a good neighbour," who ...: a curly quotation left open at the end of its paragraph whose stretch
    // in the paragraph holds one straight mark, and that one after a letter or a comma, a full stop, ? or ! and before a space or
    // punctuation (a closing mark typed with another keyboard): the mark closes it. Not a height (5'11").
    private static int? LoneCloser(string text, int from, int end)
    {
        var span = text.AsSpan(from, end - from);
        if (span.Count('"') != 1) return null;
        var at = from + span.IndexOf('"');
        var after = at + 1 < end ? text[at + 1] : ' ';
        return at > from && (char.IsLetter(text[at - 1]) || text[at - 1] is ',' or '.' or '?' or '!') && (char.IsWhiteSpace(after) || char.IsPunctuation(after)) ? at : null;
    }

    // “...," she said. "...”: the tag stands between a straight closing mark and a straight opening one, the curly marks at the
    // two ends (a curly closing mark later in the paragraph then closes the second piece, not the first); the opening straight
    // mark follows a space or a dash and comes before a word
    private static bool StraightReopens(ReadOnlySpan<char> between)
    {
        var at = between.IndexOf('"');
        return at > 0 && between[(at + 1)..].IndexOf('"') < 0 && (char.IsWhiteSpace(between[at - 1]) || between[at - 1] is '—' or '–')
            && at + 1 < between.Length && !char.IsWhiteSpace(between[at + 1]);
    }

    // ", the group wrote", "? said Daniel Okafor": a verb or noun of reporting among the next few words, before the sentence ends
    private static bool CueFollows(ReadOnlySpan<char> rest)
    {
        var words = 0;
        foreach (var word in WordPattern().EnumerateMatches(rest))
        {
            var value = rest.Slice(word.Index, word.Length);
            if (value[0] is '.' or '“' or '"') return false;
            if (ReportingCues.IsReportingWord(value.ToString()) || value is "continued" or "continues" or "continuing") return true;
            if (++words == MaxWordsBeforeCue) return false;
        }
        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+|[.“""]")]
    private static partial Regex WordPattern();

    private static bool Closes(string text, int i, char openMark)
    {
        var c = text[i];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return openMark switch
        {
            // "“It's unusual,“ said Lee": an opening mark typed for the closing one, after a word and before a space or punctuation
            '“' => c == '”' || c == '“' && i > 0 && !char.IsWhiteSpace(text[i - 1]) && (char.IsWhiteSpace(after) || char.IsPunctuation(after)),
            '„' => c is '“' or '”',
            '«' => c == '»',
            '"' => c is '"' or '”',
            '‘' => c == '’' && !char.IsLetter(after),
            '‚' => c is '‘' or '’' && !char.IsLetter(after),
            _ => false,
        };
    }
}
