namespace DocReport.Bench.ClaimTraining;

/// <summary>The hyper-parameter values the tune command tries, every combination of them.</summary>
internal sealed record TuningGrid(IReadOnlyList<double> L2, IReadOnlyList<int> Epochs, IReadOnlyList<double> PositiveWeights, double LearningRate, int MinimumCount);
