using System.Globalization;
using DocReport.Analysis;
using DocReport.Analysis.Attributions.Tagging;
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
        output.WriteLine(string.Join('\t', new[] { "article", "id", "name", "kind", "real", "mention" }.Concat(ListedSourceFeatures.Names)));
        foreach (var document in documents)
        {
            var dataset = analyzer.Analyze(PlainTextArticle.Build(document.Name, document.Text));
            var gold = document.Attributions.Select(a => a.Source).OfType<GoldSpan>().SelectMany(s => s.Ranges).ToList();
            foreach (var (source, features) in dataset.Sources.Zip(ListedSourceFeatures.Of(dataset)))
            {
                var spans = dataset.Attributions.Where(a => a.SourceId == source.Id).Select(a => a.Source).DistinctBy(s => s.Start).ToList();
                var real = spans.Any(s => gold.Any(g => g.Start < s.End && s.Start < g.End));
                var shown = string.Join(" | ", spans.Take(3).Select(s => $"{s.Text.ReplaceLineEndings(" ")}@{s.Start}"));
                output.WriteLine(string.Join('\t', new[] { document.Name, source.Id, source.Name, source.Kind.ToString(), real ? "1" : "0", shown }
                    .Concat(features.Select(x => x.ToString("0.###", CultureInfo.InvariantCulture)))));
            }
        }
    }
}
