using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Trains the two passes. The second pass must learn from first-pass tags as good as those it will see on new
/// text, so each training document's first-pass tags come from a first pass trained on the other folds
/// (jackknifing). Cross-validation reuses those folds: fold f is scored with its jackknifed first pass and a
/// second pass trained on the other folds.
/// </summary>
internal sealed class Stacking
{
    private readonly IReadOnlyList<PolnearDocument> documents;
    private readonly TrainingSettings settings;
    private readonly int folds;
    private readonly TextWriter log;
    private readonly FeatureIndex firstIndex = new(), secondIndex = new();
    private readonly List<List<TrainingExample>> first, second;
    private readonly List<List<Tag[]>> jackknifed;

    public Stacking(IReadOnlyList<PolnearDocument> documents, TrainingSettings settings, int folds, TextWriter log)
    {
        (this.documents, this.settings, this.folds, this.log) = (documents, settings, folds, log);
        first = documents.Select(d => TrainingExample.Of(d, firstIndex)).ToList();
        log.WriteLine($"  {first.Sum(d => d.Count)} paragraphs, {first.Sum(d => d.Sum(e => e.Gold.Length))} tokens, {firstIndex.Count} first-pass features");
        jackknifed = documents.Select(_ => new List<Tag[]>()).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            var pass = TrainedPass.Fit(Examples(first, fold, heldOut: false), firstIndex.Count, settings, log);
            foreach (var d in InFold(fold)) jackknifed[d] = first[d].Select(e => pass.Decode(e.Features)).ToList();
        }
        second = documents.Select((d, i) => TrainingExample.Of(d, secondIndex, jackknifed[i])).ToList();
        log.WriteLine($"  {secondIndex.Count} second-pass features");
    }

    // TokenFeatures' feature on every token: its weights are a bias per tag.
    private const string AlwaysOn = "b 1";

    /// <summary>Both passes trained on every document, as weights files; the second pass's source beginnings biased by <paramref name="sourceBias"/>.</summary>
    public (string First, string Second) Train(float sourceBias, Func<string, IEnumerable<string>> header) =>
        (WeightsFile.Write(firstIndex, TrainedPass.Fit(first.SelectMany(d => d).ToList(), firstIndex.Count, settings, log), header("first")),
         WeightsFile.Write(secondIndex, SecondPass(second.SelectMany(d => d).ToList(), sourceBias), header("second")));

    /// <summary>
    /// Span scores of the first pass, and of the second pass under each source bias, over the first <paramref name="runs"/> held-out folds.
    /// </summary>
    public (TaggerScore First, List<TaggerScore> Second) CrossValidate(int runs, IReadOnlyList<float> sourceBiases, int show, TextWriter output)
    {
        var firstScore = new TaggerScore();
        var secondScores = sourceBiases.Select(_ => new TaggerScore()).ToList();
        for (var fold = 0; fold < Math.Min(runs, folds); fold++)
        {
            var unbiased = TrainedPass.Fit(Examples(second, fold, heldOut: false), secondIndex.Count, settings, log);
            var passes = sourceBiases.Select(b => Biased(unbiased, b)).ToList();
            foreach (var d in InFold(fold))
            {
                firstScore.Add(documents[d], Spans(first[d], jackknifed[d]));
                for (var b = 0; b < passes.Count; b++)
                {
                    var tags = second[d].Select(e => passes[b].Decode(e.Features)).ToList();
                    secondScores[b].Add(documents[d], Spans(second[d], tags));
                    if (fold == 0 && b == 0 && d / folds < show) TagPrinter.Write(output, documents[d], Spans(second[d], tags));
                }
            }
        }
        return (firstScore, secondScores);
    }

    private TrainedPass SecondPass(List<TrainingExample> examples, float sourceBias) =>
        Biased(TrainedPass.Fit(examples, secondIndex.Count, settings, log), sourceBias);

    private TrainedPass Biased(TrainedPass pass, float sourceBias) =>
        sourceBias == 0 ? pass : pass.Biased(secondIndex.IdOf(AlwaysOn), Tag.SourceBegin, sourceBias);

    private static List<TaggedSpan> Spans(List<TrainingExample> examples, List<Tag[]> tags) =>
        examples.SelectMany((e, p) => AttributionTagger.SpansOf(e.Tokens, tags[p], p)).ToList();

    private IEnumerable<int> InFold(int fold) => Enumerable.Range(0, documents.Count).Where(d => d % folds == fold);

    private List<TrainingExample> Examples(List<List<TrainingExample>> all, int fold, bool heldOut) =>
        all.Where((_, d) => (d % folds == fold) == heldOut).SelectMany(d => d).ToList();
}
