using DocReport.Model;

namespace DocReport.Analysis.Linking;

/// <summary>The article's sentences in text order, searched by offset.</summary>
internal sealed class SentenceIndex(Article article)
{
    private readonly List<Sentence> sentences = article.Paragraphs.SelectMany(p => p.Sentences).OrderBy(s => s.Start).ToList();

    /// <summary>The sentences that overlap <c>[start,end)</c>.</summary>
    public IEnumerable<Sentence> Overlapping(int start, int end)
    {
        int low = 0, high = sentences.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sentences[mid].End <= start) low = mid + 1; else high = mid;
        }
        for (var i = low; i < sentences.Count && sentences[i].Start < end; i++) yield return sentences[i];
    }
}
