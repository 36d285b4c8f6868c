using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Trains the two passes. The second pass must learn from first-pass tags as good as those it will see on new
/// text, so each training document's first-pass tags come from a first pass trained on the other folds
/// (jackknifing). Cross-validation reuses those folds: fold f is scored with its jackknifed first pass and a
/// second pass trained on the other folds. The first pass is a plain averaged perceptron with the first settings'
/// epochs and pruning; the margins and ensembles are compared on the second pass, whose spans are the output,
/// with one jackknifed first pass for all of them.
/// </summary>
internal sealed class Stacking
{
    private readonly IReadOnlyList<PolnearDocument> documents;
    private readonly TrainingSettings firstSettings;
    private readonly int folds;
    private readonly TextWriter log;
    private readonly FeatureIndex firstIndex = new(), secondIndex = new();
    private readonly List<List<TrainingExample>> first, second;
    private readonly List<List<Tag[]>> jackknifed;

    public Stacking(IReadOnlyList<PolnearDocument> documents, TrainingSettings settings, int folds, TextWriter log, Func<PolnearDocument, float[][]>? vectors = null)
    {
        (this.documents, this.folds, this.log) = (documents, folds, log);
        firstSettings = settings with { Margin = 0, SourceCost = 0, Seeds = 1 };
        first = documents.Select(d => TrainingExample.Of(d, firstIndex)).ToList();
        log.WriteLine($"  {first.Sum(d => d.Count)} paragraphs, {first.Sum(d => d.Sum(e => e.Gold.Length))} tokens, {firstIndex.Count} first-pass features");
        jackknifed = documents.Select(_ => new List<Tag[]>()).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            var pass = TrainedPass.Fit(Examples(first, fold, heldOut: false), firstIndex.Count, firstSettings, log);
            foreach (var d in InFold(fold)) jackknifed[d] = first[d].Select(e => pass.Decode(e.Features)).ToList();
        }
        second = documents.Select((d, i) => TrainingExample.Of(d, secondIndex, jackknifed[i])).ToList();
        // round 25: the second pass may read each token's contextual vector too
        if (vectors is not null)
            for (var d = 0; d < documents.Count; d++)
            {
                var paragraphs = vectors(documents[d]);
                second[d] = second[d].Select((e, p) => e with { Vectors = paragraphs[p] }).ToList();
            }
        log.WriteLine($"  {secondIndex.Count} second-pass features");
    }

    /// <summary>Both passes trained on every document, the second with <paramref name="settings"/>.</summary>
    public TrainedTagger Train(TrainingSettings settings) =>
        new(firstIndex, firstPass ??= TrainedPass.Fit(first.SelectMany(d => d).ToList(), firstIndex.Count, firstSettings, log),
            secondIndex, TrainedPass.Fit(second.SelectMany(d => d).ToList(), secondIndex.Count, settings, log));

    private TrainedPass? firstPass;

    /// <summary>Span scores of the first and the second pass (trained with <paramref name="settings"/>) over the first <paramref name="runs"/> held-out folds.</summary>
    public (TaggerScore First, TaggerScore Second) CrossValidate(TrainingSettings settings, int runs, int show, TextWriter output, TextWriter? misses = null)
    {
        var (firstScore, secondScore) = (new TaggerScore(), new TaggerScore());
        for (var fold = 0; fold < Math.Min(runs, folds); fold++)
        {
            var pass = TrainedPass.Fit(Examples(second, fold, heldOut: false), secondIndex.Count, settings, log);
            foreach (var d in InFold(fold))
            {
                var tags = second[d].Select(e => pass.Decode(e.Features, e.Vectors)).ToList();
                firstScore.Add(documents[d], Spans(first[d], jackknifed[d]));
                secondScore.Add(documents[d], Spans(second[d], tags));
                if (misses is not null) GoldSourceDump.Write(misses, documents[d], Spans(second[d], tags), Spans(first[d], jackknifed[d]));
                if (fold == 0 && d / folds < show) TagPrinter.Write(output, documents[d], Spans(second[d], tags));
            }
        }
        return (firstScore, secondScore);
    }

    private static List<TaggedSpan> Spans(List<TrainingExample> examples, List<Tag[]> tags) =>
        examples.SelectMany((e, p) => AttributionTagger.SpansOf(e.Tokens, tags[p], p)).ToList();

    private IEnumerable<int> InFold(int fold) => Enumerable.Range(0, documents.Count).Where(d => d % folds == fold);

    private List<TrainingExample> Examples(List<List<TrainingExample>> all, int fold, bool heldOut) =>
        all.Where((_, d) => (d % folds == fold) == heldOut).SelectMany(d => d).ToList();
}
