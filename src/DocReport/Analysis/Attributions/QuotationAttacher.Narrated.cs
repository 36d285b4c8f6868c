using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

internal static partial class QuotationAttacher
{
    // The paragraphs of quotation after the first that go on with a narrated speaker: as many as this.
    private const int MaxNarratedParagraphs = 3;

    // The opening phrases closed by a comma before a narrated speaker's surname ("On July 6, 2015, Ruiz"), and the longest of them.
    private const int MaxOpeningPhrases = 2;
    private const int MaxOpeningPhraseChars = 40;

    /// <summary>
    /// "Lee's lawyer, Ana Ruiz, had a shorter statement. “It is ...”", "Lee continued:" then a paragraph that is a quotation: a
    /// quotation that opens its sentence, that no one is credited with and whose sentences hold no cue, right after a sentence of
    /// narration whose clause opens with the one person it names and that tells of speech (a colon at its end, or a word of
    /// speech: "statement", "summed up", "continued") is that person's; so are the paragraphs of quotation straight after it,
    /// up to <see cref="MaxNarratedParagraphs"/>, each opening with a quotation and holding no cue, no heading between. The cue is the empty span
    /// after the name (no word cues it); the row stands on the quotation's first sentence.
    /// </summary>
    private static IEnumerable<FoundAttribution> Narrated(Article article, List<FoundAttribution> found, IReadOnlyList<Quotation> quotations, HashSet<Quotation> taken, PersonNameScanner people)
    {
        var text = article.Text;
        var sentences = article.Paragraphs.SelectMany((p, pi) => p.Sentences.Select(s => (Sentence: s, Paragraph: pi))).ToList();
        var sentenceStarts = sentences.Select(s => s.Sentence.Start).ToArray();
        var paragraphStarts = article.Paragraphs.Select(p => p.Start).ToArray();
        // asked for each quotation: a scan of every attribution and quotation each time was quadratic in a long document
        var attributed = new OverlapIndex(found.Select(f => new Span("", f.Sentence.Start, f.Sentence.End)));
        var quoted = new OverlapIndex(quotations.Select(q => new Span("", q.Start, q.End)));
        var reporting = found.Where(f => f.Reports).Select(f => f.Sentence.Id).ToHashSet(StringComparer.Ordinal);
        bool Free(Quotation q) => !taken.Contains(q) && !attributed.Overlaps(new Span("", q.Start, q.End));
        for (var qi = 0; qi < quotations.Count; qi++)
        {
            var quotation = quotations[qi];
            var at = SortedSearch.LowerBound(sentenceStarts, quotation.Start + 1) - 1;
            if (at < 1 || !Free(quotation) || !OpensSentence(text, sentenceStarts, quotation) || !IsSpeech(text, quotation)) continue;
            var (before, paragraph) = sentences[at - 1];
            // the narration is the sentence just before, in the same paragraph or closing the one before when the quotation opens its own
            if (paragraph != sentences[at].Paragraph && (paragraph + 1 != sentences[at].Paragraph || article.Paragraphs[sentences[at].Paragraph].Sentences[0] != sentences[at].Sentence)) continue;
            if (article.Paragraphs[paragraph].Kind is not (BlockKind.Paragraph or BlockKind.Quote) || article.Paragraphs[paragraph].Section != article.Paragraphs[sentences[at].Paragraph].Section || quoted.Overlaps(new Span("", before.Start, before.End))
                || reporting.Contains(before.Id)) continue;
            if (!(before.Text.TrimEnd().EndsWith(':') || SpeechWord().IsMatch(before.Text)) || NarratedSpeaker(text, before, people) is not { } name
                || SourcePhrase.Parse(text[name.Start..name.End]) is not { } phrase) continue;
            var run = new List<Quotation> { quotation };
            for (var next = qi + 1; next < quotations.Count && run.Count <= MaxNarratedParagraphs; next++)
            {
                var q = quotations[next];
                var (last, from) = (run[^1], SortedSearch.LowerBound(paragraphStarts, run[^1].End) - 1);
                var to = SortedSearch.LowerBound(paragraphStarts, q.Start + 1) - 1;
                // a heading between ends the run
                if (to != from + 1 || paragraphStarts[to] != q.Start || article.Paragraphs[to].Section != article.Paragraphs[from].Section
                    || !Free(q) || !IsSpeech(text, q) || last.End > q.Start) break;
                run.Add(q);
            }
            foreach (var q in run) taken.Add(q);
            yield return new FoundAttribution(before, AttributionRules.SpanOf(text, name), new Span("", name.End, name.End), AttributionRules.SpanOf(text, new TextRange(quotation.Start, quotation.End)), phrase)
            {
                Kind = AttributionKind.Speech,
                Quotations = run,
                SpokenIn = sentences[at].Sentence,
            };
        }
    }

    // The one person the sentence names, opening its clause as the subject ("Lee's lawyer, Ana Ruiz, had", "But Ruiz continued"),
    // by full name or by the surname of someone named before
    private static TextRange? NarratedSpeaker(string text, Sentence sentence, PersonNameScanner people)
    {
        var named = people.Between(sentence.Start, sentence.End).ToList();
        if (named.Select(n => n.Surname).Distinct(StringComparer.Ordinal).Count() > 1) return null;
        TextRange? name = named.Count > 0 ? new TextRange(named[0].Start, named[0].End) : null;
        // else the surname of someone named before, opening the sentence or after an opening phrase or two ("On July 6, 2015, Ruiz made")
        var from = sentence.Start;
        HashSet<string>? before = null;
        for (var phrase = 0; name is null && phrase <= MaxOpeningPhrases; phrase++)
        {
            var surname = LeadingWord().Match(text, from, sentence.End - from);
            before ??= people.Between(0, sentence.Start).Select(n => n.Surname).ToHashSet(StringComparer.Ordinal);
            if (surname.Success && before.Contains(surname.Groups[1].Value))
                name = new TextRange(surname.Groups[1].Index, surname.Groups[1].Index + surname.Groups[1].Length);
            var comma = text.IndexOf(", ", from, Math.Min(MaxOpeningPhraseChars, sentence.End - from), StringComparison.Ordinal);
            if (comma < 0) break;
            from = comma + 2;
        }
        if (name is null) return null;
        var at = name.Value;
        return OpensClause(text[sentence.Start..at.Start]) && !Possessive().IsMatch(text, at.End) ? at : null;
    }

    // "Ruiz continued:", "But Ruiz had": a capitalised word opening the clause, after "But", "And" or "So"
    [GeneratedRegex(@"\G\s*(?:(?:But|And|So|Yet)\s+)?(\p{Lu}\p{Ll}+)\b(?![’'])")]
    private static partial Regex LeadingWord();

    [GeneratedRegex(@"\G[’']s?\b")]
    private static partial Regex Possessive();

    // A word of speech in the narration: a spoken or written piece, or a verb of going on speaking
    [GeneratedRegex(@"\b(?:statements?|remarks|words|metaphor|message|explanation|response|reply|answer|summed\s+(?:it\s+)?up|put\s+it|continued|went\s+on|goes\s+on)\b")]
    private static partial Regex SpeechWord();
}
