using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// Gives each quotation to the attribution of its sentence; a quotation with no cue of its own goes on
/// the speaker of the quotation just before it, in the same or the previous paragraph ("“A,” she said. “B.”"), when it opens
/// its sentence: one inside a sentence that another actor leads ("Japan branded North Korea an “outlaw nation.”") is not theirs.
/// A paragraph between that ends no sentence (a photo caption, a label) does not break the run. A paragraph ending in a colon
/// whose last sentence names a speaker ("One reader, Ann Lee, wrote that the fares had doubled:", "Lee states the following:")
/// introduces the quotation opening the next paragraph, or the block quotation or the list set there with no marks: that speaker's words.
/// A last sentence that says nothing but who speaks, when, where and how ("The governor added:", "In a statement on Monday, the
/// company said:", "As Lee reported:") or that announces what follows ("issued the following statement:") introduces the next plain
/// paragraph too: a block quotation that plain text has lost its setting for.
/// </summary>
internal static partial class QuotationAttacher
{
    // A quotation shorter than this is a title or a scare quote ("Put Domoy"), not speech to carry on.
    private const int MinWordsToCarryOn = 4;

    public static IEnumerable<FoundAttribution> Attach(Article article, List<FoundAttribution> found, IReadOnlyList<Quotation> quotations)
    {
        var attached = found.Select(_ => new List<Quotation>()).ToList();
        var paragraphStarts = article.Paragraphs.Select(p => p.Start).ToArray();
        var endsSentence = article.Paragraphs.Select(p => EndsSentence(p.Text)).ToArray();
        var sentenceEnds = found.Select(f => f.Sentence.End).ToArray();
        var sentenceStarts = article.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Start).ToArray();
        var people = new PersonNameScanner(article.Text);
        var lastBefore = -1;
        foreach (var quotation in quotations)
        {
            while (lastBefore + 1 < found.Count && found[lastBefore + 1].Cue.End <= quotation.Start) lastBefore++;
            var owner = OwnerInSentence(found, sentenceEnds, quotation) ?? (OpensSentence(article.Text, sentenceStarts, quotation)
                ? CueOpeningNextSentence(article.Text, found, lastBefore, quotation) ?? CarriedOn(article.Text, found, attached, lastBefore, quotation, paragraphStarts, endsSentence, people)
                : null);
            if (owner is { } index) attached[index].Add(quotation);
        }
        var introduced = new Dictionary<int, Quotation>();
        foreach (var (index, block) in Introduced(article, found, quotations))
            // a word or two quoted inside it ("would speak “bluntly”") is no speech of another's
            if (!attached.Where((_, other) => other != index).Any(a => a.Any(q => q.Overlaps(block.Start, block.End) && IsSpeech(article.Text, q))))
            {
                attached[index].Add(block);
                introduced.TryAdd(index, block);
            }
        // "Lee also said:" has no content in its own sentence (the rules fall back to the whole sentence, which holds the source):
        // what it introduces is its content
        var taken = attached.SelectMany(a => a).ToHashSet();
        var narrated = Narrated(article, found, quotations, taken, people).ToList();
        return found.Select((f, i) => introduced.TryGetValue(i, out var block) && f.ContentIsSentence
            ? f with { Quotations = attached[i], Content = AttributionRules.SpanOf(article.Text, new TextRange(block.Start, block.End).Trim(article.Text)) }
            : f with { Quotations = attached[i] }).Concat(narrated);
    }

    // For each paragraph ending in a colon whose last sentence holds a report, the quotation that opens the next paragraph,
    // or the run of block quotation paragraphs there (as one quotation, marks or none), or each item of the list there
    private static IEnumerable<(int Attribution, Quotation Block)> Introduced(Article article, List<FoundAttribution> found, IReadOnlyList<Quotation> quotations)
    {
        var paragraphs = article.Paragraphs;
        for (var k = 0; k + 1 < paragraphs.Count; k++)
        {
            // a colon inside a block quotation (an embedded post: "... and it works like this:") is the quoted writer's
            if (paragraphs[k].Sentences.Count == 0 || paragraphs[k].Kind == BlockKind.Quote) continue;
            var next = paragraphs[k + 1];
            var last = paragraphs[k].Sentences[^1];
            // "Lee wrote a series of posts on the fares." then a block quotation: with no colon, the sentence names the message it sets out
            var colon = paragraphs[k].Text.TrimEnd().EndsWith(':');
            if (!colon && (next.Kind != BlockKind.Quote || !MessageNoun().IsMatch(last.Text))) continue;
            var speaker = found.FindLastIndex(f => f.Sentence.Id == last.Id && f.Reports && f.Phrase is not null && f.Cue.End <= last.End
                && (OpensClause(article.Text[last.Start..f.Source.Start]) || colon && AsLead().IsMatch(article.Text[last.Start..f.Source.Start].TrimEnd()))
                && (colon || MessageNoun().IsMatch(article.Text[f.Cue.Start..last.End])));
            if (speaker < 0) continue;
            if (next.Kind == BlockKind.Quote)
            {
                var end = k + 1;
                while (end + 1 < paragraphs.Count && paragraphs[end + 1].Kind == BlockKind.Quote) end++;
                yield return (speaker, new Quotation(next.Start, paragraphs[end].End));
            }
            // "In the interview, Lee also said:" then a list: each point is what the speaker said (one that quotes another is not)
            else if (next.Kind == BlockKind.ListItem)
                for (var item = k + 1; item < paragraphs.Count && paragraphs[item].Kind == BlockKind.ListItem; item++)
                    yield return (speaker, new Quotation(paragraphs[item].Start, paragraphs[item].End));
            else if (quotations.FirstOrDefault(q => q.Start >= next.Start && q.Start < next.End && string.IsNullOrWhiteSpace(article.Text[next.Start..q.Start])) is { } opening)
                yield return (speaker, opening);
            // "The governor added:", "In a statement, the company said:", then a paragraph with no marks: a block quotation whose
            // setting the text lost
            else if (next.Kind == BlockKind.Paragraph && IntroducesBlock(article.Text, last, found[speaker]))
                yield return (speaker, new Quotation(next.Start, next.End));
        }
    }

    // a message a block quotation sets out, written after the cue ("posted a statement", "wrote a series of tweets")
    [GeneratedRegex(@"\b(?:tweets?|posts?|statements?|letters?|messages?|e-?mails?|notes?)\b")]
    private static partial Regex MessageNoun();

    // The attribution of a sentence the quotation overlaps, whose cue is outside it and nearest to it.
    private static int? OwnerInSentence(List<FoundAttribution> found, int[] sentenceEnds, Quotation quotation)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var i = SortedSearch.LowerBound(sentenceEnds, quotation.Start + 1); i < found.Count && found[i].Sentence.Start < quotation.End; i++)
        {
            var f = found[i];
            var cueInside = quotation.Start < f.Cue.Start && f.Cue.Start < quotation.End;
            if (cueInside || !quotation.Overlaps(f.Sentence.Start, f.Sentence.End)) continue;
            var distance = Math.Min(Math.Abs(f.Cue.Start - quotation.End), Math.Abs(f.Cue.End - quotation.Start));
            if (distance < bestDistance) (best, bestDistance) = (i, distance);
        }
        return best;
    }

    // "“Who knows?” Lee told a radio station.": a quotation closing with its own question or exclamation mark ends a sentence, and
    // the name and cue opening the next sentence of the paragraph are its speaker's, not whoever spoke before it
    private static int? CueOpeningNextSentence(string text, List<FoundAttribution> found, int previous, Quotation quotation)
    {
        if (!ClosesWithOwnMark(text, quotation)) return null;
        for (var i = previous + 1; i < found.Count && found[i].Sentence.Start <= quotation.End + 2; i++)
        {
            var f = found[i];
            if (f.Sentence.Start < quotation.End || f.Source.Start != f.Sentence.Start || !f.Reports) continue;
            if (text.AsSpan(quotation.End, f.Sentence.Start - quotation.End).ContainsAnyExcept(" \t".AsSpan())) return null;
            if (f.Source.End <= f.Cue.Start && !text.AsSpan(f.Source.End, f.Cue.Start - f.Source.End).ContainsAnyExcept(" \t".AsSpan())) return i;
        }
        return null;
    }

    private static bool ClosesWithOwnMark(string text, Quotation quotation) => MarkInside(text, quotation) is '?' or '!';

    private static int? CarriedOn(string text, List<FoundAttribution> found, List<List<Quotation>> attached, int previous, Quotation quotation, int[] paragraphStarts, bool[] endsSentence, PersonNameScanner people)
    {
        // "“...,” she said, referencing the bank's sales drive. “...”": a cue in the speaker's sentence that reports nothing is no new
        // speaker of a quotation in the same paragraph (in a dialogue a new paragraph may be another's turn)
        while (previous > 0 && !found[previous].Reports && found[previous - 1].Sentence.Start == found[previous].Sentence.Start
            && ParagraphOf(paragraphStarts, found[previous].Sentence.Start) == ParagraphOf(paragraphStarts, quotation.Start)) previous--;
        if (previous < 0 || attached[previous].Count == 0 || OtherPersonBetween(found[previous], attached[previous][^1].End, quotation.Start, people)) return null;
        var from = ParagraphOf(paragraphStarts, attached[previous][^1].End - 1);
        var to = ParagraphOf(paragraphStarts, quotation.Start);
        // "“I would,” Lee said. “I would, Sam.”": a short quotation that is a whole sentence, in the speaker's paragraph, is still speech
        if (!IsSpeech(text, quotation) && !(to == from && WholeSentence(text, quotation))) return null;
        return to - from <= 1 || (to - from == 2 && !endsSentence[from + 1]) ? previous : null;
    }

    // The quotation closes with the sentence's own mark inside it ("“The Donald.”", "“Why not?”"), as a title or a scare quote does not
    private static bool WholeSentence(string text, Quotation quotation) => MarkInside(text, quotation) is { } mark && ".!?…".Contains(mark);

    // The last character inside the closing marks
    private static char? MarkInside(string text, Quotation quotation) =>
        quotation.End - quotation.Start >= 3 && text[quotation.Start..quotation.End].TrimEnd().TrimEnd('"', '\u201d', '\'') is { Length: > 1 } inner ? inner[^1] : null;

    private static bool IsSpeech(string text, Quotation quotation) =>
        text[quotation.Start..quotation.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWordsToCarryOn;

    // A caption or a label under a photo ("The skipper on his boat at the harbour") ends with no sentence's closing mark.
    private static bool EndsSentence(string paragraph) =>
        paragraph.TrimEnd().TrimEnd('"', '\u201d', '\'', '\u2019', ')') is { Length: > 0 } text && ".!?…:".Contains(text[^1]);

    // "“..,” said Jim Dunham. Bolger’s lawyer, Jeremy Robinson, had a more succinct statement. “It is ...”": a sentence between
    // that names someone else brings in who speaks next
    private static bool OtherPersonBetween(FoundAttribution speaker, int lastQuotationEnd, int start, PersonNameScanner people) =>
        people.Between(Math.Max(lastQuotationEnd, speaker.Sentence.End), start).Any(n => !speaker.Source.Text.Contains(n.Surname, StringComparison.Ordinal));

    private static bool OpensSentence(string text, int[] sentenceStarts, Quotation quotation)
    {
        var sentence = SortedSearch.LowerBound(sentenceStarts, quotation.Start + 1) - 1;
        var start = sentence < 0 ? 0 : sentenceStarts[sentence];
        return !text.AsSpan(start, quotation.Start - start).ContainsAnyExcept(" \t\n\u00a0—–-([…".AsSpan());
    }

    // The source opens the sentence's clause: nothing before it, or an opening phrase closed by a comma, or "and" ("In a pamphlet,
    // Lena Ortiz states:", "A fair point, and one Ortiz makes here:"); not the subject of a clause inside another ("the people
    // telling her something she knew:", "the people who got Ortiz's point started chiming in:")
    private static bool OpensClause(string before) =>
        before.TrimEnd() is var lead && (lead.Length == 0 || lead.EndsWith(',') || ClauseJoiner().IsMatch(lead));

    [GeneratedRegex(@"(?:^|,\s*)(?:and|but|so|then)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseJoiner();

    private static int ParagraphOf(int[] starts, int offset) => SortedSearch.LowerBound(starts, offset + 1) - 1;
}
