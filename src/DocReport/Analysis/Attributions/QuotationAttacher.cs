using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// Gives each quotation to the attribution of its sentence; a quotation with no cue of its own goes on
/// the speaker of the quotation just before it, in the same or the previous paragraph ("“A,” she said. “B.”"), when it opens
/// its sentence: one inside a sentence that another actor leads ("Japan branded North Korea an “outlaw nation.”") is not theirs.
/// </summary>
internal static class QuotationAttacher
{
    // A quotation shorter than this is a title or a scare quote ("Put Domoy"), not speech to carry on.
    private const int MinWordsToCarryOn = 4;

    public static IEnumerable<FoundAttribution> Attach(Article article, List<FoundAttribution> found, IReadOnlyList<Quotation> quotations)
    {
        var attached = found.Select(_ => new List<Quotation>()).ToList();
        var paragraphStarts = article.Paragraphs.Select(p => p.Start).ToArray();
        var sentenceEnds = found.Select(f => f.Sentence.End).ToArray();
        var sentenceStarts = article.Paragraphs.SelectMany(p => p.Sentences).Select(s => s.Start).ToArray();
        var people = new PersonNameScanner(article.Text);
        var lastBefore = -1;
        foreach (var quotation in quotations)
        {
            while (lastBefore + 1 < found.Count && found[lastBefore + 1].Cue.End <= quotation.Start) lastBefore++;
            var owner = OwnerInSentence(found, sentenceEnds, quotation) ?? (OpensSentence(article.Text, sentenceStarts, quotation) ? CarriedOn(article.Text, found, attached, lastBefore, quotation, paragraphStarts, people) : null);
            if (owner is { } index) attached[index].Add(quotation);
        }
        return found.Select((f, i) => f with { Quotations = attached[i] });
    }

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

    private static int? CarriedOn(string text, List<FoundAttribution> found, List<List<Quotation>> attached, int previous, Quotation quotation, int[] paragraphStarts, PersonNameScanner people)
    {
        if (previous < 0 || attached[previous].Count == 0 || OtherPersonBetween(found[previous], attached[previous][^1].End, quotation.Start, people)) return null;
        if (text[quotation.Start..quotation.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWordsToCarryOn) return null;
        var gap = ParagraphOf(paragraphStarts, quotation.Start) - ParagraphOf(paragraphStarts, attached[previous][^1].End - 1);
        return gap is 0 or 1 ? previous : null;
    }

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

    private static int ParagraphOf(int[] starts, int offset) => SortedSearch.LowerBound(starts, offset + 1) - 1;
}
