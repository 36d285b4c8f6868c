using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>How a model scores one held-out set: AUC of its logits, and the counts at the calibrated threshold.</summary>
internal sealed record HeldOutScore(double Auc, BinaryCounts Counts)
{
    public static HeldOutScore Of(IReadOnlyList<double> logits, IReadOnlyList<bool> labels, PlattScaling platt, double threshold) =>
        new(RankingQuality.Auc(logits, labels), ThresholdSearch.At(logits.Select(platt.Probability).ToList(), labels, threshold));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"AUC {Auc:F3}  {Counts}");
}
