using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>How a model scores one held-out set: AUC of its logits, and the counts at its genre's calibrated threshold.</summary>
internal sealed record HeldOutScore(double Auc, BinaryCounts Counts)
{
    public static HeldOutScore Of(IReadOnlyList<double> logits, IReadOnlyList<bool> labels, Calibrated.Genre genre) =>
        new(RankingQuality.Auc(logits, labels), ThresholdSearch.At(logits.Select(genre.Platt.Probability).ToList(), labels, genre.Threshold));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"AUC {Auc:F3}  {Counts}");
}
