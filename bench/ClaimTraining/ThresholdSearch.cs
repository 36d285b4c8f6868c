namespace DocReport.Bench.ClaimTraining;

/// <summary>Scores a model on a labelled set and picks the probability threshold with the best F1 of the positive class.</summary>
internal static class ThresholdSearch
{
    public static BinaryCounts At(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, double threshold) =>
        BinaryCounts.Of(labels.Select((gold, i) => (gold, probabilities[i] >= threshold)));

    public static (double Threshold, BinaryCounts Counts) Best(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels) =>
        Enumerable.Range(10, 71).Select(t => t / 100.0)
            .Select(t => (Threshold: t, Counts: At(probabilities, labels, t)))
            .MaxBy(r => r.Counts.F1);

    public static IReadOnlyList<double> Probabilities(TrainedModel model, EncodedSet set) =>
        set.Features.Select(model.Probability).ToList();
}
