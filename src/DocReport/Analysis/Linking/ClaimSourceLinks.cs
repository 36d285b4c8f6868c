using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Linking;

/// <summary>
/// Which sources each sentence is attributed to. A sentence is attributed when an attribution's content (its
/// parts and quotations included) covers at least half of what the sentence says besides that attribution's
/// own source and cue (and what stands between them) and the circumstances of the report next to them ("in a statement on
/// Thursday", "told reporters at a briefing"): "X said Y" is, "after X announced Y, prices rose" is not. Only reporting attributions
/// link ("X plans to Y" does not). A sentence no attribution covers has no source: nothing is guessed.
/// </summary>
internal sealed partial class ClaimSourceLinks
{
    // The most words a report's circumstances take ("told reporters at a briefing in Leith on Tuesday evening").
    private const int MaxCircumstanceWords = 12;

    private readonly Dictionary<string, SortedSet<int>> sourcesBySentence = [];
    private readonly HashSet<string> attributed = [];
    private readonly HashSet<string> quoted = [];
    private readonly List<(Sentence Sentence, int Attribution)> continued = [];
    private readonly string text;

    public ClaimSourceLinks(Article article, IReadOnlyList<FoundAttribution> found, IReadOnlyList<IReadOnlyList<SourceEntry>> resolved)
    {
        text = article.Text;
        var index = new SentenceIndex(article);
        // A content that fell back to its sentence holds every source there, its own too: it hides no other report ("the governor
        // indicated that ..." beside "... the inquiry report."), while such a report is hidden by any other attribution's content
        // ("it expanded the services that Mr. Sanders demanded"): only one that stands outside them all ("..., records show")
        // takes its sentence.
        var contents = new OverlapIndex(found.Where(f => f.Reports && !f.ContentIsSentence).Select(f => f.Content));
        var bySentence = SentenceMates(found);
        var anyContent = new OtherContents(found.Select(f => f.Content).ToList());
        var quotedBy = new QuotedWords(found);
        var quoting = QuotingSentences(found, resolved, index);
        var headings = HeadingPeople.Of(article);
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            // "They claimed that Ramdehol had told them ...": a report inside another's content is theirs to tell
            if (!f.Reports || !f.LinksClaims || contents.Overlaps(f.Source)
                || f.ContentIsSentence && anyContent.OverlapOtherThan(i, f.Source) || InsideOthersQuotation(quotedBy, i, f)) continue;
            var parts = f.ContentParts.Append(new TextRange(f.Content.Start, f.Content.End))
                .Concat(f.Quotations.Select(q => new TextRange(q.Start, q.End))).ToList();
            var main = MainReport(found, bySentence[found[i].Sentence.Id], i);
            foreach (var sentence in parts.SelectMany(p => index.Overlapping(p.Start, p.End)).Distinct())
                if (Covers(parts, f, sentence) && (sentence.Id == f.Sentence.Id || !QuotedByAnother(quoting, sentence.Id, i) && !OtherNamedInHeading(headings, f, sentence)))
                {
                    Add(sentence.Id, main is { } m && sentence.Id == f.Sentence.Id ? resolved[m] : resolved[i]);
                    if (sentence.Id != f.Sentence.Id) continued.Add((sentence, i));
                }
            foreach (var quotation in f.Quotations)
            foreach (var sentence in index.Overlapping(quotation.Start + 1, quotation.End - 1))
                quoted.Add(sentence.Id);
        }
    }

    // The reporting attributions, resolved to a source, given a quotation that lies within each sentence (one running on past a
    // sentence's end may pair marks that do not belong together).
    private static Dictionary<string, List<int>> QuotingSentences(IReadOnlyList<FoundAttribution> found, IReadOnlyList<IReadOnlyList<SourceEntry>> resolved, SentenceIndex index)
    {
        var quoting = new Dictionary<string, List<int>>();
        for (var i = 0; i < found.Count; i++)
            if (found[i].Reports && resolved[i].Count > 0)
                foreach (var quotation in found[i].Quotations)
                foreach (var sentence in index.Overlapping(quotation.Start + 1, quotation.End - 1))
                {
                    if (quotation.Start < sentence.Start || quotation.End > sentence.End) continue;
                    if (!quoting.TryGetValue(sentence.Id, out var owners)) quoting[sentence.Id] = owners = [];
                    owners.Add(i);
                }
        return quoting;
    }

    // Round 40 (issue 8): "“We will trace every packet,” said Marta Quillan." then a heading "Victor Alden runs the shop ...", then
    // "“Every buyer will be found.”": words that run on past a heading naming someone else are not the speaker's for certain (the
    // quotation marks and the tagger's spans both carry across paragraphs), so the sentence stays unlinked
    private static bool OtherNamedInHeading(HeadingPeople headings, FoundAttribution f, Sentence sentence) =>
        sentence.Start > f.Sentence.End && headings.LastNaming(f.Sentence.End, sentence.Start, '-', f.Source.Text) is not null;

    // "Lee suggested the deal would fail. “Who knows?” Ruiz said.": a sentence whose quotation another speaker's cue is given is
    // theirs, not the next sentence of a content that ran on from a report before it (the tagger's spans may cross a sentence's end)
    private static bool QuotedByAnother(Dictionary<string, List<int>> quoting, string sentenceId, int attribution) =>
        quoting.TryGetValue(sentenceId, out var owners) && !owners.Contains(attribution);

    // "He claimed the cuts would pay for themselves even as the budget office estimated that ...", "Rubio suggested ..., while Cruz
    // said ...": a report in a clause that "while", "as" or "though" opens after another's report in the sentence is said beside
    // the main one; the sentence is the main clause's speaker's, not the one named in the clause (nobody's when that one is unknown).
    // The index of that earlier report, or null; null too when the nearest attribution before reports nothing ("Clinton endorsed the
    // deal, although she made it clear ...", "The bickering began before he cleared the airspace, as Nieto said ...").
    // mates: the indexes of the attributions of f's sentence, ascending (a scan of the whole document per attribution was
    // 14% of a 30,000-paragraph document's CPU).
    private int? MainReport(IReadOnlyList<FoundAttribution> found, List<int> mates, int i)
    {
        var f = found[i];
        int? main = null;
        foreach (var j in mates)
            if (j != i && found[j] is var g && g.Cue.End <= f.Source.Start
                && (main is null || found[main.Value].Cue.End < g.Cue.End))
                main = j;
        return main is { } m && found[m].Reports && Subordinate().IsMatch(text[found[m].Cue.End..f.Source.Start]) ? m : null;
    }

    // Whether any attribution's content but one overlaps a span, in O(log n) (a scan of them all per attribution grew with
    // the square of a long document): the contents in order of their start, with the largest end so far, its owner, and
    // the largest end so far of any other.
    private sealed class OtherContents
    {
        private readonly int[] starts;
        private readonly (int End, int Owner, int Other)[] reach;

        public OtherContents(IReadOnlyList<Span> contents)
        {
            var order = Enumerable.Range(0, contents.Count).OrderBy(i => contents[i].Start).ToArray();
            starts = order.Select(i => contents[i].Start).ToArray();
            reach = new (int, int, int)[order.Length];
            for (var k = 0; k < order.Length; k++)
            {
                var (end, owner) = (contents[order[k]].End, order[k]);
                reach[k] = k == 0 ? (end, owner, int.MinValue)
                    : end > reach[k - 1].End ? (end, owner, reach[k - 1].End)
                    : (reach[k - 1].End, reach[k - 1].Owner, Math.Max(reach[k - 1].Other, end));
            }
        }

        /// <summary>True when the content of some attribution other than <paramref name="index"/> starts before the span ends and ends after it starts.</summary>
        public bool OverlapOtherThan(int index, Span span)
        {
            var before = SortedSearch.LowerBound(starts, span.End);
            if (before == 0) return false;
            var r = reach[before - 1];
            return (r.Owner != index ? r.End : r.Other) > span.Start;
        }
    }

    // "''If the party believes that, it is mistaken. They have blinders on,'' Ms. Lee said.": a report whose source and cue both
    // stand inside the words another speaker is quoted as saying is part of that speaker's quotation, not a report of its own: the
    // sentences are the quoted speaker's ("the party" believes nothing the text reports).
    // A speaker's tag right after closing marks ("“I was clear,\" Ryan continued.") is no report inside a quotation: the quotation
    // that seems to hold it pairs marks that do not belong together.
    private bool InsideOthersQuotation(QuotedWords quoted, int index, FoundAttribution f)
    {
        var (from, to) = (Math.Min(f.Source.Start, f.Cue.Start), Math.Max(f.Source.End, f.Cue.End));
        return quoted.HoldsOtherThan(index, from, to) && !AfterClosingMarks().IsMatch(text.AsSpan(Math.Max(0, from - 8), Math.Min(8, from)));
    }

    [GeneratedRegex(@"\p{Pf}[,.!?…\s]*$|[,.!?…—–-]\s*[\p{Pf}""']+\s*$")]
    private static partial Regex AfterClosingMarks();

    // The quotations each reporting attribution was given, in order of their start, with the largest end so far, its owner and
    // the largest end so far of any other owner: whether another's quotation holds a stretch, in O(log n).
    private sealed class QuotedWords
    {
        private readonly int[] starts;
        private readonly (int End, int Owner, int Other)[] reach;

        public QuotedWords(IReadOnlyList<FoundAttribution> found)
        {
            var quotations = found.SelectMany((f, i) => f.Reports ? f.Quotations.Select(q => (q.Start, q.End, Owner: i)) : []).OrderBy(q => q.Start).ToArray();
            starts = quotations.Select(q => q.Start).ToArray();
            reach = new (int, int, int)[quotations.Length];
            for (var k = 0; k < quotations.Length; k++)
            {
                var (_, end, owner) = quotations[k];
                reach[k] = k == 0 ? (end, owner, int.MinValue)
                    : reach[k - 1] is var r && r.Owner == owner ? (Math.Max(r.End, end), owner, r.Other)
                    : end > r.End ? (end, owner, r.End)
                    : (r.End, r.Owner, Math.Max(r.Other, end));
            }
        }

        /// <summary>True when a quotation of an attribution other than <paramref name="index"/> starts at or before <paramref name="from"/> and ends at or after <paramref name="to"/>.</summary>
        public bool HoldsOtherThan(int index, int from, int to)
        {
            var count = SortedSearch.LowerBound(starts, from + 1);
            if (count == 0) return false;
            var r = reach[count - 1];
            return (r.Owner != index ? r.End : r.Other) >= to;
        }
    }

    // The indexes of each sentence's attributions, ascending.
    private static Dictionary<string, List<int>> SentenceMates(IReadOnlyList<FoundAttribution> found)
    {
        var mates = new Dictionary<string, List<int>>();
        for (var i = 0; i < found.Count; i++)
        {
            if (!mates.TryGetValue(found[i].Sentence.Id, out var list)) mates[found[i].Sentence.Id] = list = [];
            list.Add(i);
        }
        return mates;
    }

    [GeneratedRegex(@"(?:[,\s—–-]|^)(?:even\s+as|while|as|though|although|whereas)\s+(?:the\s+)?$")]
    private static partial Regex Subordinate();

    public bool IsAttributed(string sentenceId) => attributed.Contains(sentenceId);

    /// <summary>
    /// The sentences an attribution covers besides its own ("“A,” she said. “B.”": the second), each with the index of the
    /// attribution, in the order found.
    /// </summary>
    public IReadOnlyList<(Sentence Sentence, int Attribution)> Continued => continued;

    public bool IsQuoted(string sentenceId) => quoted.Contains(sentenceId);

    /// <summary>Indexes of the sources a sentence is attributed to, in source order.</summary>
    public IReadOnlyList<int> SourcesOf(string sentenceId) =>
        sourcesBySentence.TryGetValue(sentenceId, out var set) ? set.ToList() : [];

    private bool Covers(List<TextRange> parts, FoundAttribution f, Sentence sentence)
    {
        var covered = new TextRange(sentence.Start, sentence.End);
        // "Hicks, whose husband serves in the Navy, said": what stands between the source and its cue is theirs too
        var (from, to) = (Math.Min(f.Source.Start, f.Cue.Start), Math.Max(f.Source.End, f.Cue.End));
        var own = parts.Any(p => p.Start < to && from < p.End)
            ? Shared(covered, f.Source.Start, f.Source.End) + Shared(covered, f.Cue.Start, f.Cue.End)
            : Shared(covered, from, to);
        var content = parts.Sum(p => Shared(covered, p.Start, p.End));
        own += Circumstances(parts, covered, from, to, f.Cue);
        return content * 2 >= sentence.End - sentence.Start - own;
    }

    // "Fares will rise, the union said in a statement on Thursday.", "The union said fares will rise in a statement on Thursday.",
    // "In a letter to parents on Monday, the head said ...", "..., he said, according to a transcript": when, where, how, to
    // whom and through whom it was said belong to the report, not to what the sentence claims. A stretch of the sentence outside
    // the content, the source and the cue counts as theirs when it opens with such a word: right after the cue (after "told",
    // its hearer first), at the sentence's end, or opening the sentence; never a clause ("after prices rose") or a long run of
    // words.
    private int Circumstances(List<TextRange> parts, TextRange sentence, int from, int to, Span cue)
    {
        if (from < sentence.Start || to > sentence.End) return 0;
        var told = cue.Text.Split(' ')[0] is "told" or "tells" or "tell" or "telling";
        var taken = parts.Append(new TextRange(from, to)).Where(p => p.End > sentence.Start && p.Start < sentence.End).OrderBy(p => p.Start).ToList();
        var (total, at) = (0, sentence.Start);
        foreach (var next in taken.Append(new TextRange(sentence.End, sentence.End)))
        {
            if (next.Start > at)
            {
                var lead = at == to ? told ? TellingLead() : TrailingLead() : at == sentence.Start ? OpeningLead() : next.Start == sentence.End ? TrailingLead() : null;
                if (lead is not null && IsCircumstance(text[at..next.Start], lead)) total += next.Start - at;
            }
            at = Math.Max(at, next.End);
        }
        return total;
    }

    // "said on Thursday that ...": the word that opens the content is not a clause of the stretch's own
    private static bool IsCircumstance(string stretch, Regex lead) =>
        lead.IsMatch(stretch) && !Clause().IsMatch(ThatBeforeContent().Replace(stretch, "")) && !stretch.AsSpan().ContainsAny("“”\"«»")
        && stretch.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Length <= MaxCircumstanceWords;

    [GeneratedRegex(@"^[\s,]*(?:according\s+to|on|in|at|to|during|last|this|yesterday|today|tonight|earlier|later|late|early|via|through|from|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex TrailingLead();

    // "told reporters at a briefing", "told the BBC on Friday": the hearer comes first
    [GeneratedRegex(@"^[\s,]*\S")]
    private static partial Regex TellingLead();

    [GeneratedRegex(@"^\s*(?:In|On|At|During|Speaking|Writing|Last|This|Earlier|Later|Yesterday|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex OpeningLead();

    [GeneratedRegex(@"\bthat[\s,:]*$")]
    private static partial Regex ThatBeforeContent();

    // "after prices rose", "which cost", ", and the": what follows is a clause of its own, not the report's circumstances
    [GeneratedRegex(@"\b(?:after|before|because|since|while|when|whereas|although|though|which|who|that|and|but|if|unless|as)\b")]
    private static partial Regex Clause();

    private static int Shared(TextRange a, int start, int end) => Math.Max(0, Math.Min(a.End, end) - Math.Max(a.Start, start));

    private void Add(string sentenceId, IReadOnlyList<SourceEntry> sources)
    {
        attributed.Add(sentenceId);
        if (sources.Count == 0) return;
        if (!sourcesBySentence.TryGetValue(sentenceId, out var set)) sourcesBySentence[sentenceId] = set = [];
        foreach (var source in sources) set.Add(source.Index);
    }
}
