using DocReport.Model;

namespace DocReport.Analysis.Linking;

/// <summary>The article's sentences in text order, searched by offset.</summary>
internal sealed class SentenceIndex
{
    private readonly List<Sentence> sentences;
    private readonly int[] ends;

    public SentenceIndex(Article article)
    {
        sentences = article.Paragraphs.SelectMany(p => p.Sentences).OrderBy(s => s.Start).ToList();
        ends = sentences.Select(s => s.End).ToArray();
    }

    /// <summary>The sentences that overlap <c>[start,end)</c>.</summary>
    public IEnumerable<Sentence> Overlapping(int start, int end)
    {
        for (var i = SortedSearch.LowerBound(ends, start + 1); i < sentences.Count && sentences[i].Start < end; i++) yield return sentences[i];
    }
}
