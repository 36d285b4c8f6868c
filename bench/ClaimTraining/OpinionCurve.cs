using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Round 40 (`opinion-curve`): the opinion classifier's learning curve. Its labels are split by news-cv's page folds
/// (<see cref="PageFolds"/>); each fold is scored by a classifier trained on a share of the other folds' pages (the first pages in
/// the order of a stable hash of the repeat's number and the page's name), and the out-of-fold scores of all five folds give one
/// AUC per share and repeat. If the AUC still climbs from three quarters of the labels to all of them, more labels are a lever;
/// if it is flat, the features are what limit it. The reader is the claim featurizer's words ("words", <see cref="OpinionScore"/>'s),
/// the sentence's arctic vector ("vector") or both. With <c>--also FILE</c> the AUC is also given on the labels FILE holds alone (an
/// earlier, smaller labels file), so a larger file's curve can be read on the same sentences as the smaller one's.
/// </summary>
internal static class OpinionCurve
{
    /// <summary>One share of the labels: the mean count a classifier was trained on, the out-of-fold AUC of each repeat, the mean
    /// spread of the folds' own AUCs, and each repeat's AUC on the labels of <c>--also</c> (empty without it).</summary>
    public sealed record Point(double Share, double Trained, IReadOnlyList<double> Aucs, double FoldSpread, IReadOnlyList<double> AlsoAucs);

    /// <summary>Prints the curve; <paramref name="vectors"/> are the labels' scaled arctic vectors when the reader needs them.</summary>
    public static void Run(IReadOnlyList<OpinionLabel> labels, string reader, IReadOnlyList<float[]>? vectors, IReadOnlyList<double> shares, int repeats, TrainingSettings settings,
        IReadOnlySet<string>? also = null)
    {
        if (reader is not ("words" or "vector" or "both")) throw new ArgumentException($"unknown --reader {reader}: words, vector or both");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"opinion curve ({reader}; {settings}): {labels.Count} labels of {labels.Select(l => l.Page).Distinct().Count()} pages, {labels.Count(l => l.IsOpinion)} counted as opinion"));
        Console.WriteLine("share  labels  AUC mean  sd over repeats  min-max  sd over folds" + (also is null ? "" : $"  AUC on the {labels.Count(l => also.Contains(l.Text))} of --also (sd)"));
        foreach (var point in Curve(labels, reader is "words" or "both", reader is "words" ? null : vectors, shares, repeats, settings, also))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{point.Share,5:F2}  {point.Trained,6:F0}  {point.Aucs.Average(),8:F3}  {Spread(point.Aucs),15:F3}  {point.Aucs.Min():F3}-{point.Aucs.Max():F3}  {point.FoldSpread,13:F3}")
                + (point.AlsoAucs.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"  {point.AlsoAucs.Average():F3} ({Spread(point.AlsoAucs):F3})")));
        }
    }

    /// <summary>The curve over <paramref name="shares"/>, read by the featurizer's words, the (scaled) <paramref name="vectors"/>, or both;
    /// a share of 1 is one run (every repeat would train on the same pages).</summary>
    public static IReadOnlyList<Point> Curve(IReadOnlyList<OpinionLabel> labels, bool words, IReadOnlyList<float[]>? vectors, IReadOnlyList<double> shares, int repeats,
        TrainingSettings settings, IReadOnlySet<string>? also = null)
    {
        var set = new EncodedSet([.. labels.Select(l => words ? OpinionScore.FeaturesOf(l.Text).ToArray() : ["h:bias"])], [.. labels.Select(l => l.IsOpinion)], vectors, [.. labels.Select(_ => 1.0)]);
        var alsoRows = also is null ? [] : Enumerable.Range(0, labels.Count).Where(i => also.Contains(labels[i].Text)).ToList();
        return [.. shares.Select(share =>
        {
            var runs = Enumerable.Range(0, share >= 1 ? 1 : repeats).Select(repeat => OutOfFold(labels, set, share, repeat, settings)).ToList();
            return new Point(share, runs.Average(r => r.Trained), [.. runs.Select(r => r.Auc)], runs.Average(r => Spread(r.FoldAucs)),
                alsoRows.Count == 0 ? [] : [.. runs.Select(r => RankingQuality.Auc([.. alsoRows.Select(i => r.Scores[i])], [.. alsoRows.Select(i => set.Labels[i])]))]);
        })];
    }

    /// <summary>Every label scored by a classifier trained on <paramref name="share"/> of the pages of the other folds: the pooled AUC,
    /// each fold's own, the mean count of labels a classifier was trained on, and the scores.</summary>
    private static (double Auc, IReadOnlyList<double> FoldAucs, double Trained, IReadOnlyList<double> Scores) OutOfFold(IReadOnlyList<OpinionLabel> labels, EncodedSet set, double share, int repeat, TrainingSettings settings)
    {
        var scores = new double[labels.Count];
        var foldAucs = new List<double>();
        var trained = 0.0;
        for (var fold = 0; fold < PageFolds.Count; fold++)
        {
            var pages = labels.Select(l => l.Page).Distinct().Where(p => PageFolds.Of(p) != fold)
                .OrderBy(p => StableHash.Of(repeat.ToString(CultureInfo.InvariantCulture) + ":" + p)).ThenBy(p => p, StringComparer.Ordinal).ToList();
            var kept = pages.Take((int)Math.Round(share * pages.Count)).ToHashSet(StringComparer.Ordinal);
            var train = Enumerable.Range(0, labels.Count).Where(i => kept.Contains(labels[i].Page)).ToList();
            var held = Enumerable.Range(0, labels.Count).Where(i => PageFolds.Of(labels[i].Page) == fold).ToList();
            var model = TrainedModel.Train(set.Take(train), settings);
            foreach (var i in held) scores[i] = model.Logit(set, i);
            foldAucs.Add(RankingQuality.Auc([.. held.Select(i => scores[i])], [.. held.Select(i => set.Labels[i])]));
            trained += train.Count / (double)PageFolds.Count;
        }
        return (RankingQuality.Auc(scores, set.Labels), foldAucs, trained, scores);
    }

    private static double Spread(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
