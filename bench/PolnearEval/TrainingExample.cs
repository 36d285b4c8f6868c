using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>One paragraph for training: its tokens, each token's feature ids, and the tags the annotation gives them.</summary>
internal sealed record TrainingExample(ParagraphTokens Tokens, int[][] Features, Tag[] Gold)
{
    /// <summary>Each token's contextual vector, scaled (round 25), tokens x width; null when the pass reads none.</summary>
    public float[]? Vectors { get; init; }

    /// <summary>
    /// The paragraphs of a document, with features numbered in <paramref name="index"/>; with <paramref name="firstTags"/>
    /// (one per paragraph), the second pass's features that read them.
    /// </summary>
    public static List<TrainingExample> Of(PolnearDocument document, FeatureIndex index, IReadOnlyList<Tag[]>? firstTags = null)
    {
        var article = PlainTextArticle.Build(document.Name, document.Text);
        var quotations = QuotationFinder.Find(article);
        var paragraphs = article.Paragraphs.Select((p, i) => new ParagraphTokens(article.Text, p, i, quotations)).ToList();
        var passes = firstTags is null ? null : FirstPass.Of(paragraphs, firstTags);
        return paragraphs.Select((tokens, p) => new TrainingExample(tokens,
                Enumerable.Range(0, tokens.Count).Select(i => index.Of(tokens, i, passes?[p])).ToArray(),
                GoldTags.Of(tokens, document.Attributions)))
            .ToList();
    }
}
