using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Linking;

/// <summary>
/// Which sources each sentence is attributed to. A sentence is attributed when an attribution's content (its
/// parts and quotations included) covers at least half of what the sentence says besides that attribution's
/// own source and cue (and what stands between them): "X said Y" is, "after X announced Y, prices rose" is not. Only reporting attributions
/// link ("X plans to Y" does not). A sentence no attribution covers has no source: nothing is guessed.
/// </summary>
internal sealed class ClaimSourceLinks
{
    private readonly Dictionary<string, SortedSet<int>> sourcesBySentence = [];
    private readonly HashSet<string> attributed = [];
    private readonly HashSet<string> quoted = [];

    public ClaimSourceLinks(Article article, IReadOnlyList<FoundAttribution> found, IReadOnlyList<IReadOnlyList<SourceEntry>> resolved)
    {
        var index = new SentenceIndex(article);
        var contents = new OverlapIndex(found.Where(f => f.Reports).Select(f => f.Content));
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            // "They claimed that Ramdehol had told them ...": a report inside another's content is theirs to tell
            if (!f.Reports || !f.LinksClaims || contents.Overlaps(f.Source)) continue;
            var parts = f.ContentParts.Append(new TextRange(f.Content.Start, f.Content.End))
                .Concat(f.Quotations.Select(q => new TextRange(q.Start, q.End))).ToList();
            foreach (var sentence in parts.SelectMany(p => index.Overlapping(p.Start, p.End)).Distinct())
                if (Covers(parts, f, sentence)) Add(sentence.Id, resolved[i]);
            foreach (var quotation in f.Quotations)
            foreach (var sentence in index.Overlapping(quotation.Start + 1, quotation.End - 1))
                quoted.Add(sentence.Id);
        }
    }

    public bool IsAttributed(string sentenceId) => attributed.Contains(sentenceId);

    public bool IsQuoted(string sentenceId) => quoted.Contains(sentenceId);

    /// <summary>Indexes of the sources a sentence is attributed to, in source order.</summary>
    public IReadOnlyList<int> SourcesOf(string sentenceId) =>
        sourcesBySentence.TryGetValue(sentenceId, out var set) ? set.ToList() : [];

    private static bool Covers(List<TextRange> parts, FoundAttribution f, Sentence sentence)
    {
        var covered = new TextRange(sentence.Start, sentence.End);
        // "Hicks, whose husband serves in the Navy, said": what stands between the source and its cue is theirs too
        var (from, to) = (Math.Min(f.Source.Start, f.Cue.Start), Math.Max(f.Source.End, f.Cue.End));
        var own = parts.Any(p => p.Start < to && from < p.End)
            ? Shared(covered, f.Source.Start, f.Source.End) + Shared(covered, f.Cue.Start, f.Cue.End)
            : Shared(covered, from, to);
        var content = parts.Sum(p => Shared(covered, p.Start, p.End));
        return content * 2 >= sentence.End - sentence.Start - own;
    }

    private static int Shared(TextRange a, int start, int end) => Math.Max(0, Math.Min(a.End, end) - Math.Max(a.Start, start));

    private void Add(string sentenceId, IReadOnlyList<SourceEntry> sources)
    {
        attributed.Add(sentenceId);
        if (sources.Count == 0) return;
        if (!sourcesBySentence.TryGetValue(sentenceId, out var set)) sourcesBySentence[sentenceId] = set = [];
        foreach (var source in sources) set.Add(source.Index);
    }
}
