using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>Counts the spans that the tagger finds with the float weights but not with the weights files' 16-bit ones, and the reverse.</summary>
internal static class QuantizationCheck
{
    public static void Run(IReadOnlyList<PolnearDocument> documents, TrainedTagger trained, AttributionTagger quantized, TextWriter output)
    {
        var (spans, onlyFloat, onlyQuantized) = (0, 0, 0);
        foreach (var document in documents)
        {
            var floats = trained.Tag(document).ToHashSet();
            var article = PlainTextArticle.Build(document.Name, document.Text);
            var files = quantized.Tag(article, DocReport.Analysis.Attributions.QuotationFinder.Find(article)).ToHashSet();
            spans += floats.Count;
            onlyFloat += floats.Count(s => !files.Contains(s));
            onlyQuantized += files.Count(s => !floats.Contains(s));
        }
        output.WriteLine($"quantization on {documents.Count} articles: {spans} spans with float weights, {onlyFloat} of them lost and {onlyQuantized} others found with the 16-bit weights");
    }
}
