using System.Text.RegularExpressions;
using DocReport.Analysis;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Analysis.Sources;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Round 34: the gold sources of reports (a gold cue of saying, telling, writing, another reporting verb or noun, or "according
/// to": <see cref="MissTally.CueClass"/>) whose mention DocReport lists under no source, by why: no attribution found over the
/// span (its cue found or not); found, but reporting nothing (a belief: its kind) or linking no claim; found, its phrase unread;
/// read and resolved to no one, or inside another's report; resolved, but left out of the listing (unsure, a headline's only).
/// A span whose words name a source listed through another mention ("Clinton" when "Hillary Clinton" is listed) is counted as
/// the entity listed. One line a missed span to FILE (class, article, the span, the gold cue, the sentence, what was found).
/// </summary>
internal static partial class SourceMisses
{
    public static void Run(IReadOnlyList<PolnearDocument> documents, AttributionTagger tagger, TextWriter output, TextWriter log)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var entities = new SortedDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Count(string key, string entity)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (!entities.TryGetValue(key, out var set)) entities[key] = set = [];
            set.Add(entity);
        }
        foreach (var document in documents)
        {
            var article = PlainTextArticle.Build(document.Name, document.Text);
            var extracted = AttributionExtractor.Extract(article, tagger);
            var (listed, resolved, found) = SourceResolution.Resolve(article, extracted);
            var text = document.Text;
            var names = listed.Select(e => e.Name).ToList();
            foreach (var gold in document.Attributions.Where(a => a.Source is not null).DistinctBy(a => a.Source!.Key))
            {
                var cueClass = MissTally.CueClass(text, gold.Source!, gold.Cue);
                if (cueClass is not ("say, tell, ask, write" or "another reporting verb" or "reporting noun (a statement, remarks)" or "a preposition's (according to, in an interview with, per, in)")) continue;
                var span = text[gold.Source!.Start..gold.Source.End].Replace('\n', ' ').Trim();
                var entity = $"{document.Name}/{Key(span)}";
                var over = Enumerable.Range(0, found.Count).Where(i => found[i].Source.Start < gold.Source.End && gold.Source.Start < found[i].Source.End).ToList();
                if (over.Any(i => resolved[i].Count > 0)) { Count("listed", entity); continue; }
                var form = MissTally.Form(span);
                if (form is not ("pronoun" or "relative pronoun") && names.Any(n => NamesListed(span, n))) { Count("entity listed through another mention", entity); continue; }
                string why;
                FoundAttribution? f = null;
                if (over.Count == 0)
                    why = gold.Cue is { } cue && found.Any(x => x.Cue.Start < cue.End && cue.Start < x.Cue.End) ? "no attribution over the span, its cue found" : "no attribution over the span";
                else
                {
                    f = found[over[0]];
                    why = !f.Reports ? $"found, reports nothing ({f.Kind})"
                        : !f.LinksClaims ? "found, links no claim"
                        : f.Phrase is null ? "found, phrase unread"
                        : "found, read, resolved to no one or left out";
                }
                Count($"missed: {why}", entity);
                Count($"missed: {why} / {form}", entity);
                log.WriteLine($"{why} / {form}\t{document.Name}\t[{span}] <{(gold.Cue is { } c ? text[c.Start..c.End].Replace('\n', ' ') : "")}>\t{Around(text, gold.Source.Start, gold.Source.End)}\t" +
                              (f is null ? "" : $"[{f.Source.Text.Replace('\n', ' ')}] <{f.Cue.Text.Replace('\n', ' ')}> {f.Phrase?.Form} {f.Phrase?.Name}"));
            }
        }
        output.WriteLine("gold sources of reports (spans, distinct span texts per article):");
        foreach (var (key, n) in counts) output.WriteLine($"  {key}: {n} ({entities[key].Count})");
    }

    private static string Key(string span) => Regex.Replace(span.ToLowerInvariant(), @"\s+", " ");

    // "Clinton" and "Hillary Clinton", "the Trump campaign" and "Trump": a capitalised word of the span is the listed name's last word
    private static bool NamesListed(string span, string name)
    {
        var last = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return last.Length > 1 && char.IsUpper(last[0]) && Regex.IsMatch(span, $@"\b{Regex.Escape(last)}\b");
    }

    private static string Around(string text, int start, int end)
    {
        var (from, to) = (Math.Max(0, start - 120), Math.Min(text.Length, end + 120));
        return (text[from..start] + "[" + text[start..end] + "]" + text[end..to]).Replace('\n', ' ');
    }
}
