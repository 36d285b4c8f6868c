namespace DocReport.Bench.ClaimTraining;

/// <summary>Counts at a probability threshold.</summary>
internal static class ThresholdSearch
{
    public static BinaryCounts At(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, double threshold) =>
        BinaryCounts.Of(labels.Select((gold, i) => (gold, probabilities[i] >= threshold)));
}
