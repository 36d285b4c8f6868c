namespace DocReport.Bench.ClaimTraining;

/// <summary>Hyper-parameters of the logistic regression: L2 strength, passes over the data, Adam step size, weight of a positive example, and the least count of a feature.</summary>
internal sealed record TrainingSettings(double L2, int Epochs, double LearningRate, double PositiveWeight, int MinimumCount)
{
    public override string ToString() => $"l2={L2} epochs={Epochs} lr={LearningRate} posWeight={PositiveWeight} minCount={MinimumCount}";
}
