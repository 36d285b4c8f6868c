namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Examples numbered for the trainer: sparse feature indices, an optional dense vector each, labels, and a weight per
/// example (a positive example weighs <see cref="TrainingSettings.PositiveWeight"/>, times its set's weight).
/// </summary>
internal sealed record TrainingProblem(IReadOnlyList<int[]> Examples, IReadOnlyList<float[]>? Dense, IReadOnlyList<bool> Labels,
    IReadOnlyList<double> SetWeights, double PositiveWeight, int Dimensions, int BiasIndex)
{
    /// <summary>Each sparse feature's L2 multiplier.</summary>
    public IReadOnlyList<double>? L2Scales { get; init; }

    /// <summary>A hidden layer to train with its starting weights (its <see cref="HiddenLayer.Features"/> numbered as in
    /// <see cref="HiddenFeatures"/>), or null for a plain logistic regression.</summary>
    public HiddenLayer? Hidden { get; init; }

    /// <summary>Each example's features the hidden layer reads, as indexes into its <see cref="HiddenLayer.Features"/>.</summary>
    public IReadOnlyList<int[]> HiddenFeatures { get; init; } = [];

    public int DenseDimensions => Dense is { Count: > 0 } vectors ? vectors[0].Length : 0;

    public double Weight(int i) => SetWeights[i] * (Labels[i] ? PositiveWeight : 1.0);
}
