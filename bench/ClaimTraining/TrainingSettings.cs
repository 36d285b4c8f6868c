namespace DocReport.Bench.ClaimTraining;

/// <summary>Hyper-parameters of the logistic regression: L2 strength, passes over the data, AdaGrad step, weight of a positive example.</summary>
internal sealed record TrainingSettings(double L2, int Epochs, double LearningRate, double PositiveWeight, int MinimumCount)
{
    public override string ToString() => $"l2={L2} epochs={Epochs} lr={LearningRate} posWeight={PositiveWeight} minCount={MinimumCount}";
}
