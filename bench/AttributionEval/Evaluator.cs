using System.Text.RegularExpressions;
using DocReport.Analysis;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Tests.Analysis;

namespace DocReport.Bench.AttributionEval;

/// <summary>Runs the analyzer on one annotated article and scores attributions, kinds and claim links.</summary>
internal static class Evaluator
{
    public static Tally Score(AnnotatedArticle annotated, PipelineOptions options, TextWriter log)
    {
        var article = ArticleFixture.Build(annotated.Paragraphs, []);
        var dataset = new ArticleAnalyzer(options).Analyze(article);
        var sources = dataset.Sources.ToDictionary(s => s.Id);
        // a sentence that goes on with another's words repeats that attribution's source and cue: no mention of its own
        var attributions = dataset.NamingAttributions().ToList();
        var tally = new Tally { Predicted = attributions.Count, Expected = annotated.Attributions.Count };
        var used = new HashSet<string>();
        foreach (var expected in annotated.Attributions)
        {
            var expectedText = article.Text[expected.Start..expected.End];
            var match = attributions.FirstOrDefault(a => !used.Contains(a.Id)
                && a.Source.Start < expected.End && expected.Start < a.Source.End
                && (expected.CueStart < 0 || a.Cue.Start < expected.CueEnd && expected.CueStart < a.Cue.End));
            if (match is null) { log.WriteLine($"  MISS  {expected.Label}: [{expectedText}]  in: {Around(article.Text, expected.Start)}"); continue; }
            used.Add(match.Id);
            tally.Matched++;
            if (match.Source.Text == expectedText) tally.Exact++;
            if (WithoutDeterminer(match.Source.Text) == WithoutDeterminer(expectedText)) tally.ExactModuloDeterminer++;
            var want = annotated.Sources[expected.SourceKey];
            var got = match.SourceId is null ? null : sources[match.SourceId];
            if (got is not null && got.Kind.ToString() == want.Kind) tally.KindRight++;
            else log.WriteLine($"  KIND  {expected.Label}: [{expectedText}] -> {got?.Name ?? "(unresolved)"} {got?.Kind}, expected {want.Name} {want.Kind}");
            if (got is not null && SameName(got.Name, want.Name)) tally.NameRight++;
            else log.WriteLine($"  NAME  {expected.Label}: [{expectedText}] -> {got?.Name ?? "(unresolved)"}, expected {want.Name}");
        }
        foreach (var extra in attributions.Where(a => !used.Contains(a.Id)))
            log.WriteLine($"  EXTRA {extra.Id}: [{extra.Source.Text}] {extra.Cue.Text}  in: {Around(article.Text, extra.Source.Start)}");
        ScoreLinks(annotated, dataset, sources, tally, log);
        return tally;
    }

    private static void ScoreLinks(AnnotatedArticle annotated, ArticleDataset dataset, Dictionary<string, Source> sources, Tally tally, TextWriter log)
    {
        foreach (var claim in dataset.Claims)
        {
            var expected = annotated.LinkMarkers.Where(m => m.Offset > claim.Start && m.Offset <= claim.End).SelectMany(m => m.Keys).ToHashSet();
            var predicted = claim.SourceIds.Select(id => KeyOf(annotated, sources[id]) ?? "?" + sources[id].Name).ToHashSet();
            tally.LinksExpected += expected.Count;
            tally.LinksPredicted += predicted.Count;
            tally.LinksMatched += predicted.Count(expected.Contains);
            if (!expected.SetEquals(predicted))
                log.WriteLine($"  LINK  {claim.SentenceId}: got [{string.Join(",", predicted)}] expected [{string.Join(",", expected)}]  {Around(dataset.Text, claim.Start)}");
        }
    }

    private static string? KeyOf(AnnotatedArticle annotated, Source source) =>
        annotated.Sources.Values.Where(s => SameName(s.Name, source.Name)).OrderBy(s => Math.Abs(s.Name.Length - source.Name.Length)).FirstOrDefault()?.Key;

    /// <summary>
    /// Names match when one holds the other, ignoring case, determiners, possessives ("Judge Helen Carver" ~ "Helen Carver")
    /// and the "unnamed" DocReport puts before a description it could not resolve ("unnamed countries" ~ "neighbouring countries").
    /// </summary>
    private static bool SameName(string a, string b)
    {
        var (x, y) = (Normalise(a), Normalise(b));
        return x.Length > 0 && y.Length > 0 && (x == y || $" {x} ".Contains($" {y} ") || $" {y} ".Contains($" {x} "));
    }

    private static string Normalise(string name) =>
        Regex.Replace(Regex.Replace(WithoutDeterminer(name), @"^unnamed\s+", "").ToLowerInvariant().Replace("’s", "").Replace("'s", ""), @"[^\p{L}\p{N}]+", " ").Trim();

    private static string WithoutDeterminer(string text) => Regex.Replace(text, @"^(?:the|a|an)\s+", "", RegexOptions.IgnoreCase);

    private static string Around(string text, int at) => text[Math.Max(0, at - 30)..Math.Min(text.Length, at + 60)].Replace('\n', ' ');
}
