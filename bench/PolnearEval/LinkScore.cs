using DocReport.Model;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Whether sentences are linked to the source that said them. A sentence is attributed when a gold content span
/// covers part of it; its right sources are those DocReport resolved the gold source spans to (through the
/// predicted attribution whose source span overlaps each, all of them when the span names several). PolNeAR has no coreference, so a pronoun resolved to
/// the wrong person still counts as right here: the hand judgement on real pages checks that. With --verbose, each
/// sentence linked to a wrong source is logged with the sources linked and expected, the text before it, the gold sources and
/// cues over it and the attributions on it (round 34), each sentence linked right with its sources, and each article's counts.
/// </summary>
internal sealed class LinkScore
{
    public int Attributed, Right, Wrong, Unlinked, LinkedOutside;

    /// <summary>
    /// The same sentences read as FieldEval reads speaker sentences: through the attributions on the sentence (any kind, claim or
    /// not), right when one names a right source, wrong when they name only others.
    /// </summary>
    public int SpeakerRight, SpeakerWrong, SpeakerUnlinked;

    /// <param name="sourceIds">The ids of the sources each of the dataset's attributions resolved to, in attribution order.</param>
    public void Add(ArticleDataset dataset, IReadOnlyList<IReadOnlyList<string>> sourceIds, IReadOnlyList<GoldAttribution> gold, TextWriter log)
    {
        var sentences = dataset.Paragraphs.SelectMany(p => p.Sentences).ToList();
        var claims = dataset.Claims.ToDictionary(c => c.SentenceId);
        var expected = sentences.ToDictionary(s => s.Id, _ => new HashSet<string>());
        var attributed = new HashSet<string>();
        foreach (var a in gold.Where(a => a.Source is not null))
        {
            var predicted = dataset.Attributions.ToList().FindIndex(p => p.SourceId is not null && Overlaps(p.Source.Start, p.Source.End, a.Source!.Start, a.Source.End));
            foreach (var s in sentences.Where(s => a.Contents.Any(c => c.Ranges.Any(r => Overlaps(s.Start, s.End, r.Start, r.End)))))
            {
                attributed.Add(s.Id);
                if (predicted >= 0) expected[s.Id].UnionWith(sourceIds[predicted]);
            }
        }
        var speakers = dataset.Attributions.Where(a => a.SourceId is not null).ToLookup(a => a.SentenceId, a => a.SourceId!);
        var before = (Right, Wrong, Unlinked);
        foreach (var s in sentences)
        {
            var linked = claims.TryGetValue(s.Id, out var claim) ? claim.SourceIds : [];
            if (!attributed.Contains(s.Id)) { if (linked.Count > 0) LinkedOutside++; continue; }
            Attributed++;
            var named = speakers[s.Id].ToList();
            if (named.Count == 0) SpeakerUnlinked++;
            else if (named.Any(expected[s.Id].Contains)) SpeakerRight++;
            else SpeakerWrong++;
            if (linked.Count == 0) Unlinked++;
            else if (linked.All(expected[s.Id].Contains))
            {
                Right++;
                log.WriteLine($"  right link {Names(dataset, linked)} in: {s.Text[..Math.Min(100, s.Text.Length)]}");
            }
            else
            {
                Wrong++;
                log.WriteLine($"  WRONG LINK {Names(dataset, linked)} (expected {Names(dataset, expected[s.Id])}) in: {s.Text[..Math.Min(100, s.Text.Length)]}");
                log.WriteLine($"    text: ...{dataset.Text[Math.Max(0, s.Start - 250)..s.Start].ReplaceLineEndings(" / ")} <<{s.Text.ReplaceLineEndings(" / ")}>>");
                foreach (var a in gold.Where(a => a.Source is not null && a.Contents.Any(c => c.Ranges.Any(r => Overlaps(s.Start, s.End, r.Start, r.End)))))
                    log.WriteLine($"    gold: {Text(dataset, a.Source!)} [{(a.Cue is null ? "" : Text(dataset, a.Cue))}]");
                foreach (var p in dataset.Attributions.Where(p => p.SentenceId == s.Id || Overlaps(p.Content.Start, p.Content.End, s.Start, s.End)))
                    log.WriteLine($"    pred {p.Id}: {p.Source.Text} [{p.Cue.Text}] -> {Names(dataset, p.SourceId is null ? [] : [p.SourceId])}{(p.SentenceId == s.Id ? "" : " (other sentence)")}");
            }
        }
        log.WriteLine($"  links right {Right - before.Right}, wrong {Wrong - before.Wrong}, unlinked {Unlinked - before.Unlinked}");
    }

    private static string Names(ArticleDataset dataset, IEnumerable<string> ids) =>
        string.Join(", ", ids.Select(id => dataset.Sources.FirstOrDefault(s => s.Id == id)?.Name ?? id));

    private static string Text(ArticleDataset dataset, GoldSpan span) =>
        string.Join(" ... ", span.Ranges.Select(r => dataset.Text[r.Start..r.End]));

    private static bool Overlaps(int a, int b, int c, int d) => a < d && c < b;
}
