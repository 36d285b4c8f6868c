using DocReport.Analysis.Attributions;
using DocReport.Analysis.Linking;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// With --unlinked FILE: every attributed sentence left unlinked, with why, counted by class and written to FILE (one line a
/// sentence: the class, the gold source and cue, the sentence). The class is read from the gold attribution covering most of the
/// sentence, through the first of these that applies: the sentence is no claim; the gold source has no predicted attribution (its
/// cue found or not); the predicted one reports nothing (a belief, an intention: its kind), or links no claim (hearsay, a time
/// clause), or its source is resolved to no one, or lies inside another report's content (nested); its content does not reach
/// the sentence (the sentence before or after the cue's, or elsewhere in it); its content covers less than half the sentence.
/// Each class is split by where the sentence stands to the gold cue: its own sentence, or a later or earlier one.
/// </summary>
internal sealed class UnlinkedTally
{
    private readonly SortedDictionary<string, int> counts = new(StringComparer.Ordinal);
    private int total;

    public void Add(PolnearDocument document, Article article, ArticleDataset dataset, IReadOnlyList<FoundAttribution> found,
        IReadOnlyList<IReadOnlyList<SourceEntry>> resolved, TextWriter log)
    {
        var text = document.Text;
        var sentences = article.Paragraphs.SelectMany(p => p.Sentences).OrderBy(s => s.Start).ToList();
        var claims = dataset.Claims.ToDictionary(c => c.SentenceId);
        var links = new ClaimSourceLinks(article, found, resolved);
        var reporting = found.Where(f => f.Reports && !f.ContentIsSentence).Select(f => f.Content).ToList();
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            var covering = document.Attributions.Where(a => a.Source is not null)
                .Select(a => (Gold: a, Shared: a.Contents.SelectMany(c => c.Ranges).Sum(r => Shared(s.Start, s.End, r.Start, r.End))))
                .Where(x => x.Shared > 0).OrderByDescending(x => x.Shared).ToList();
            if (covering.Count == 0) continue;
            if (claims.TryGetValue(s.Id, out var claim) && claim.SourceIds.Count > 0) continue;
            var gold = covering[0].Gold;
            var cueSentence = gold.Cue is { } cue ? sentences.FindIndex(x => x.Start <= cue.Start && cue.Start < x.End) : -1;
            var place = cueSentence < 0 ? "no cue" : cueSentence == k ? "cue's sentence" : cueSentence < k ? $"after the cue's ({Math.Min(k - cueSentence, 3)}{(k - cueSentence >= 3 ? "+" : "")})" : "before the cue's";
            var (why, f) = Why(text, s, gold, claim, found, resolved, links, reporting);
            var form = s.Text.TrimEnd().EndsWith('?') ? ", question" : s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 5 ? ", fragment" : "";
            Count($"{why}");
            Count($"{why} / {place}");
            if (form.Length > 0) Count($"(form{form})");
            total++;
            log.WriteLine($"{why} / {place}{form}\t{document.Name}\t[{Of(text, gold.Source!.Start, gold.Source.End)}] <{(gold.Cue is { } c ? Of(text, c.Start, c.End) : "")}>\t{s.Text.Replace('\n', ' ')}\t{(f is null ? "" : $"[{f.Source.Text}] <{f.Cue.Text}> {{{Of(text, f.Content.Start, f.Content.End)}}}")}\t{(f is null ? "" : Before(found, resolved, f))}");
        }
    }

    private static (string, FoundAttribution?) Why(string text, Sentence s, GoldAttribution gold, Claim? claim, IReadOnlyList<FoundAttribution> found,
        IReadOnlyList<IReadOnlyList<SourceEntry>> resolved, ClaimSourceLinks links, List<Span> reporting)
    {
        if (claim is null) return ("not a claim", null);
        var g = gold.Source!;
        var index = Enumerable.Range(0, found.Count).Where(i => found[i].Source.Start < g.End && g.Start < found[i].Source.End).ToList();
        if (index.Count == 0)
            return (gold.Cue is { } cue && found.Any(f => f.Cue.Start < cue.End && cue.Start < f.Cue.End) ? "source not found, its cue found (another source)" : "source not found", null);
        // the furthest any of them gets
        var best = index.MaxBy(i => Rank(Stage(s, found[i], resolved[i], links, reporting)));
        return (Stage(s, found[best], resolved[best], links, reporting), found[best]);
    }

    private static readonly string[] Order =
    [
        "found: reports nothing (Belief)", "found: reports nothing (View)", "found: reports nothing (Speech)", "found: reports nothing (Document)",
        "found: links no claim", "found: nested in another's content", "found: source resolved to no one",
        "found: content elsewhere in the sentence", "found: content misses the sentence (before the cue's)", "found: content misses the sentence (after the cue's)",
        "found: content covers less than half", "found: sentence attributed, no source", "found: other",
    ];

    private static int Rank(string stage) => Array.IndexOf(Order, stage);

    private static string Stage(Sentence s, FoundAttribution f, IReadOnlyList<SourceEntry> resolved, ClaimSourceLinks links, List<Span> reporting)
    {
        if (!f.Reports) return $"found: reports nothing ({f.Kind})";
        if (!f.LinksClaims) return "found: links no claim";
        if (reporting.Any(c => c.Start < f.Source.End && f.Source.Start < c.End)) return "found: nested in another's content";
        if (resolved.Count == 0) return "found: source resolved to no one";
        var parts = f.ContentParts.Append(new TextRange(f.Content.Start, f.Content.End)).Concat(f.Quotations.Select(q => new TextRange(q.Start, q.End)));
        if (!parts.Any(p => p.Start < s.End && s.Start < p.End))
            return f.Sentence.Start == s.Start ? "found: content elsewhere in the sentence"
                : s.Start < f.Sentence.Start ? "found: content misses the sentence (before the cue's)" : "found: content misses the sentence (after the cue's)";
        if (!links.IsAttributed(s.Id)) return "found: content covers less than half";
        return links.SourcesOf(s.Id).Count == 0 ? "found: sentence attributed, no source" : "found: other";
    }

    // the two attributions before this one (by source), with the sources they resolved to and how far back: what a pronoun could stand for
    private static string Before(IReadOnlyList<FoundAttribution> found, IReadOnlyList<IReadOnlyList<SourceEntry>> resolved, FoundAttribution f) =>
        string.Join(" | ", Enumerable.Range(0, found.Count).Where(i => found[i].Source.Start < f.Source.Start).OrderByDescending(i => found[i].Source.Start).Take(2)
            .Select(i => $"-{f.Source.Start - found[i].Source.Start} [{found[i].Source.Text.Replace('\n', ' ')}] -> {(resolved[i].Count == 0 ? "none" : string.Join(", ", resolved[i].Select(e => $"{e.Name} ({e.Kind})")))}"));

    private void Count(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    public void Write(TextWriter output)
    {
        output.WriteLine($"unlinked attributed sentences {total}:");
        foreach (var (key, n) in counts) output.WriteLine($"  {key}: {n}");
    }

    private static int Shared(int a, int b, int c, int d) => Math.Max(0, Math.Min(b, d) - Math.Max(a, c));

    private static string Of(string text, int start, int end) => text[start..end].Replace('\n', ' ');
}
