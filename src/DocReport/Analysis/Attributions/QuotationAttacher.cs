using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// Gives each quotation to the attribution of its sentence; a quotation with no cue of its own goes on
/// the speaker of the quotation just before it, in the same or the previous paragraph ("“A,” she said. “B.”").
/// </summary>
internal static class QuotationAttacher
{
    // A quotation shorter than this is a title or a scare quote ("Put Domoy"), not speech to carry on.
    private const int MinWordsToCarryOn = 4;

    public static IEnumerable<FoundAttribution> Attach(Article article, List<FoundAttribution> found, IReadOnlyList<Quotation> quotations)
    {
        var attached = found.Select(_ => new List<Quotation>()).ToList();
        var paragraphStarts = article.Paragraphs.Select(p => p.Start).ToArray();
        foreach (var quotation in quotations)
        {
            var owner = OwnerInSentence(found, quotation) ?? CarriedOn(article.Text, found, attached, quotation, paragraphStarts);
            if (owner is { } index) attached[index].Add(quotation);
        }
        return found.Select((f, i) => f with { Quotations = attached[i] });
    }

    private static int? OwnerInSentence(List<FoundAttribution> found, Quotation quotation)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var cueInside = quotation.Start < f.Cue.Start && f.Cue.Start < quotation.End;
            if (cueInside || !quotation.Overlaps(f.Sentence.Start, f.Sentence.End)) continue;
            var distance = Math.Min(Math.Abs(f.Cue.Start - quotation.End), Math.Abs(f.Cue.End - quotation.Start));
            if (distance < bestDistance) (best, bestDistance) = (i, distance);
        }
        return best;
    }

    private static int? CarriedOn(string text, List<FoundAttribution> found, List<List<Quotation>> attached, Quotation quotation, int[] paragraphStarts)
    {
        if (text[quotation.Start..quotation.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWordsToCarryOn) return null;
        var previous = found.FindLastIndex(f => f.Cue.End <= quotation.Start);
        if (previous < 0 || attached[previous].Count == 0) return null;
        var gap = ParagraphOf(paragraphStarts, quotation.Start) - ParagraphOf(paragraphStarts, attached[previous][^1].End - 1);
        return gap is 0 or 1 ? previous : null;
    }

    private static int ParagraphOf(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }
}
