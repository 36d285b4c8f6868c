using System.Globalization;
using DocReport.Analysis;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Round 26: each source DocReport lists on a split, labelled real when one of the source spans of its attributions overlaps a
/// PolNeAR source span (PolNeAR links no coreference, so a mention the annotators did not mark counts as not real), with the
/// features the library knows of it (<see cref="ListedSourceFeatures"/>): one tab-separated line per listed source.
/// </summary>
internal static class ListingLabels
{
    public static void Write(IReadOnlyList<PolnearDocument> documents, AttributionTagger tagger, TextWriter output)
    {
        var analyzer = new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }, tagger);
        output.WriteLine(string.Join('\t', new[] { "article", "id", "name", "kind", "real", "mention" }.Concat(ListedSourceFeatures.Names).Append("words")));
        foreach (var document in documents)
        {
            var dataset = analyzer.Analyze(PlainTextArticle.Build(document.Name, document.Text));
            var gold = document.Attributions.Select(a => a.Source).OfType<GoldSpan>().SelectMany(s => s.Ranges).ToList();
            foreach (var (source, features, words) in dataset.Sources.Zip(ListedSourceFeatures.Of(dataset), ListedSourceFeatures.Words(dataset)))
            {
                var spans = SpansOf(dataset, source.Id);
                var real = spans.Any(s => gold.Any(g => g.Start < s.End && s.Start < g.End));
                var shown = string.Join(" | ", spans.Take(3).Select(s => $"{s.Text.ReplaceLineEndings(" ")}@{s.Start}"));
                output.WriteLine(string.Join('\t', new[] { document.Name, source.Id, source.Name, source.Kind.ToString(), real ? "1" : "0", shown }
                    .Concat(features.Select(x => x.ToString("0.###", CultureInfo.InvariantCulture))).Append(words)));
            }
        }
    }

    // "Lindsey Graham and David Perdue said": an attribution resolves to one source, so the second of two coordinated sources has
    // no attribution of its own; its spans are those of the attributions of the sentences whose claims list it beside another
    // (round 29: 34 of the 298 not real on train at ed48905d were spanless, 27 of them such second halves)
    private static List<Span> SpansOf(ArticleDataset dataset, string id)
    {
        var own = dataset.Attributions.Where(a => a.SourceId == id).Select(a => a.Source);
        var shared = dataset.Claims.Where(c => c.SourceIds.Contains(id))
            .SelectMany(c => dataset.Attributions.Where(a => a.SentenceId == c.SentenceId && a.SourceId is { } other && other != id && c.SourceIds.Contains(other)))
            .Select(a => a.Source);
        var spans = own.DistinctBy(s => s.Start).ToList();
        return spans.Count > 0 ? spans : shared.DistinctBy(s => s.Start).ToList();
    }
}
