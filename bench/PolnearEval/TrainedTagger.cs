using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Both trained passes with their float weights, before they are quantized into weights files: to write those files,
/// and to tag with the float weights, which measures what the files' 16 bits change.
/// </summary>
internal sealed record TrainedTagger(FeatureIndex FirstIndex, TrainedPass First, FeatureIndex SecondIndex, TrainedPass Second)
{
    public (byte[] First, byte[] Second) Files(Func<string, IEnumerable<string>> about) =>
        (WeightsFile.Write(FirstIndex, First, about("first")), WeightsFile.Write(SecondIndex, Second, about("second")));

    /// <summary>The spans of a document as <see cref="AttributionTagger.Tag"/> finds them, but scored with the float weights.</summary>
    public List<TaggedSpan> Tag(PolnearDocument document, float[][]? vectors = null)
    {
        var article = PlainTextArticle.Build(document.Name, document.Text);
        var quotations = QuotationFinder.Find(article);
        var paragraphs = article.Paragraphs.Select((p, i) => new ParagraphTokens(article.Text, p, i, quotations)).ToList();
        var passes = FirstPass.Of(paragraphs, paragraphs.Select(p => First.Decode(Features(FirstIndex, p, null))).ToList());
        return paragraphs.SelectMany((p, i) => AttributionTagger.SpansOf(p, Second.Decode(Features(SecondIndex, p, passes[i]), vectors?[i]), i)).ToList();
    }

    private static int[][] Features(FeatureIndex index, ParagraphTokens p, FirstPass? pass) =>
        Enumerable.Range(0, p.Count).Select(i => index.Of(p, i, pass, frozen: true)).ToArray();
}
