using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// With --verbose: each gold source span with the predicted source overlapping it, and each predicted source no gold span
/// overlaps. A missed source shows its gold cue and context, "source untagged, cue tagged" when the tagger found its cue but not
/// the source, and "tagged" when the tagger's own spans held it, with where it
/// was lost: no cue tagged in its sentence, its sentence's cues refused (no reporting word, an adjective), every cue taken by another
/// source, its cue left without content (it went to a nearer cue), or assembled and dropped after (by the rules around the tagger).
/// Each extra source span is listed once (the score counts spans as a set), marked when it lies inside a gold content: a report
/// nested in another, which PolNeAR does not mark; with its attribution's kind and the listed source it resolves to (round 40: an
/// extra resolved to no listed source is not in the Sources sheet a user reads).
/// </summary>
internal static class MissLog
{
    public static void Write(TextWriter log, MissTally tally, PolnearDocument document, Article article, ArticleDataset dataset, IReadOnlyList<TaggedSpan> tagged)
    {
        var text = document.Text;
        log.WriteLine($"== {document.Name}");
        var golds = document.Attributions.Where(a => a.Source is not null).Select(a => a.Source!).DistinctBy(s => s.Key).OrderBy(s => s.Start).ToList();
        foreach (var g in golds)
        {
            var p = dataset.Attributions.FirstOrDefault(a => a.Source.Start < g.End && g.Start < a.Source.End);
            var mark = p is null ? "MISS " : p.Source.Start == g.Start && p.Source.End == g.End ? "ok   " : "PART ";
            tally.Golds++;
            if (p is not null) tally.Found++;
            if (mark == "PART ") tally.Partial(text, g.Start, g.End, p!.Source.Start, p.Source.End);
            var note = p is not null ? mark == "ok   " ? "" : $" got [{p.Source.Text}]"
                : $" <{(CueOf(document, g) is { } cue ? Of(text, cue.Start, cue.End) : "")}>{Where(document, article, tagged, g, tally)}{Bare(document, article, dataset, g)}  in: {Around(text, g.Start, g.End)}";
            log.WriteLine($"  {mark}[{Of(text, g.Start, g.End)}]{note}");
        }
        var contents = document.Attributions.SelectMany(a => a.Contents).SelectMany(c => c.Ranges).ToList();
        foreach (var p in dataset.Attributions.Where(a => !golds.Any(g => a.Source.Start < g.End && g.Start < a.Source.End)).DistinctBy(a => (a.Source.Start, a.Source.End)))
        {
            var nested = contents.Any(r => r.Start <= p.Source.Start && p.Source.End <= r.End);
            (tally.Extras, tally.NestedExtras) = (tally.Extras + 1, tally.NestedExtras + (nested ? 1 : 0));
            var listed = dataset.Attributions.Where(a => a.Source.Start == p.Source.Start && a.Source.End == p.Source.End && a.SourceId is not null)
                .Select(a => dataset.Sources.First(s => s.Id == a.SourceId).Name).FirstOrDefault();
            tally.Extra(text, p.Source.Start, p.Source.End, p.Cue.Text, nested, listed is not null);
            log.WriteLine($"  EXTRA [{p.Source.Text}] {p.Cue.Text}{(nested ? " (inside a gold content)" : "")} {{{p.Kind}{(listed is null ? ", not listed" : $" -> {listed}")}}}  in: {Around(text, p.Source.Start, p.Source.End)}");
        }
    }

    // where a missed gold source was lost, counted in the tally and written after its cue
    private static string Where(PolnearDocument document, Article article, IReadOnlyList<TaggedSpan> tagged, GoldSpan g, MissTally tally)
    {
        var (text, gc) = (document.Text, CueOf(document, g));
        if (tagged.FirstOrDefault(t => t.Role == SpanRole.Source && t.Start < g.End && g.Start < t.End) is { } t)
        {
            var lost = WhereLost(article, tagged, t);
            tally.Miss($"source tagged, lost: {Regex.Replace(lost, "<[^>]*>", "<>")}", text, g, gc);
            return $" tagged, {lost}";
        }
        if (gc is not null && tagged.FirstOrDefault(c => c.Role == SpanRole.Cue && c.Start < gc.End && gc.Start < c.End) is { } tc)
        {
            tally.Miss("cue tagged, source not", text, g, gc);
            return $" source untagged, cue tagged <{text[tc.Start..tc.End]}>";
        }
        tally.Miss(MissTally.Untagged, text, g, gc);
        return "";
    }

    // round 38: " (sentence bare: PLACE) «SENTENCE»" when no attribution of the output has its cue in the sentence of the gold cue
    // (of the source when there is none): nothing read there at all; PLACE is where the gold content stands to its cue
    private static string Bare(PolnearDocument document, Article article, ArticleDataset dataset, GoldSpan g)
    {
        var attribution = document.Attributions.First(a => a.Source?.Key == g.Key);
        var at = attribution.Cue?.Start ?? g.Start;
        var sentences = article.Paragraphs.SelectMany(p => p.Sentences).ToList();
        var sentence = sentences.FirstOrDefault(s => s.Start <= at && at < s.End);
        if (sentence is null || dataset.Attributions.Any(a => a.Cue.Start < sentence.End && sentence.Start < a.Cue.End)) return "";
        var content = attribution.Contents.SelectMany(c => c.Ranges).ToList();
        var place = content.Count == 0 ? "no content"
            : !content.Any(r => r.Start < sentence.End && sentence.Start < r.End) ? "content in another sentence"
            : content.Min(r => r.Start) >= at ? "cue before content" : "cue after content";
        return $" (sentence bare: {place}) «{sentence.Text.Replace('\n', ' ')}»";
    }

    private static GoldSpan? CueOf(PolnearDocument document, GoldSpan source) => document.Attributions.First(a => a.Source?.Key == source.Key).Cue;

    private static string WhereLost(Article article, IReadOnlyList<TaggedSpan> tagged, TaggedSpan source)
    {
        var text = article.Text;
        var built = TaggedAttributions.Build(article, tagged);
        if (built.FirstOrDefault(b => b.Source == source) is { } given)
            return given.Contents.Count == 0 ? $"its cue <{text[given.Cue.Start..given.Cue.End]}> got no content" : "dropped after assembly";
        var sentence = article.Paragraphs[source.Paragraph].Sentences.Last(s => s.Start <= source.Start || s == article.Paragraphs[source.Paragraph].Sentences[0]);
        var cues = tagged.Where(t => t.Role == SpanRole.Cue && t.Paragraph == source.Paragraph && t.Start >= sentence.Start && t.Start < sentence.End).ToList();
        if (cues.Count == 0) return "no cue in its sentence";
        return built.Any(b => cues.Contains(b.Cue)) ? "every cue of its sentence taken by another source" : $"cue refused <{string.Join("|", cues.Select(c => text[c.Start..c.End]))}>";
    }

    private static string Around(string text, int start, int end) => Of(text, Math.Max(0, start - 40), Math.Min(text.Length, end + 40));

    private static string Of(string text, int start, int end) => text[start..end].Replace('\n', ' ');
}
