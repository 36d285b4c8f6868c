using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Analysis.Linking;

/// <summary>
/// Which sources each sentence is attributed to: the sources of the attributions in it and of the
/// quotations around it. A sentence no attribution reaches has none: nothing is guessed.
/// </summary>
internal sealed class ClaimSourceLinks
{
    private readonly Dictionary<string, SortedSet<int>> sourcesBySentence = [];
    private readonly HashSet<string> attributed = [];
    private readonly HashSet<string> quoted = [];

    public ClaimSourceLinks(Article article, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry?> resolved)
    {
        var index = new SentenceIndex(article);
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (!f.Embedded) Add(f.Sentence.Id, resolved[i]);
            foreach (var quotation in f.Quotations)
            foreach (var sentence in index.Overlapping(quotation.Start + 1, quotation.End - 1))
            {
                quoted.Add(sentence.Id);
                Add(sentence.Id, resolved[i]);
            }
        }
    }

    public bool IsAttributed(string sentenceId) => attributed.Contains(sentenceId);

    public bool IsQuoted(string sentenceId) => quoted.Contains(sentenceId);

    /// <summary>Indexes of the sources a sentence is attributed to, in source order.</summary>
    public IReadOnlyList<int> SourcesOf(string sentenceId) =>
        sourcesBySentence.TryGetValue(sentenceId, out var set) ? set.ToList() : [];

    private void Add(string sentenceId, SourceEntry? source)
    {
        attributed.Add(sentenceId);
        if (source is null) return;
        if (!sourcesBySentence.TryGetValue(sentenceId, out var set)) sourcesBySentence[sentenceId] = set = [];
        set.Add(source.Index);
    }
}
