namespace DocReport.Bench.ClaimTraining;

/// <summary>Hyper-parameters of the logistic regression: L2 strength, passes over the data, Adam step size, weight of a positive
/// example, the least count of a feature, and the units of a hidden layer over the embedding and hand features (0: none) with
/// its L2 as a multiple of <see cref="L2"/>.</summary>
internal sealed record TrainingSettings(double L2, int Epochs, double LearningRate, double PositiveWeight, int MinimumCount, string FamilyL2 = "",
    int HiddenUnits = 0, double HiddenL2 = 1)
{
    /// <summary>Boosted trees fitted after the regression (round 25; 0: none): rounds, depth, shrinkage, leaf L2, the least hessian
    /// of a child, and the least count of a feature they split on.</summary>
    public int BoostRounds { get; init; }
    public int BoostDepth { get; init; } = 2;
    public double BoostRate { get; init; } = 0.1;
    public double BoostL2 { get; init; } = 1;
    public double BoostMinimumHessian { get; init; } = 5;
    public int BoostMinimumCount { get; init; } = 30;
    public bool BoostVectors { get; init; }

    /// <summary>The L2 multiplier of a feature: "c:=10,k:=3" makes the letter 4-grams' L2 ten times <see cref="L2"/>, the pairs' three times.</summary>
    public double L2Scale(string feature)
    {
        foreach (var part in FamilyL2.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = part.IndexOf('=');
            if (feature.StartsWith(part[..at], StringComparison.Ordinal)) return double.Parse(part[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        }
        return 1;
    }

    public override string ToString() => $"l2={L2} epochs={Epochs} lr={LearningRate} posWeight={PositiveWeight} minCount={MinimumCount}{(FamilyL2.Length > 0 ? " l2 times " + FamilyL2 : "")}{(HiddenUnits > 0 ? $" hidden={HiddenUnits} hiddenL2={HiddenL2}x" : "")}{(BoostRounds > 0 ? $" boost={BoostRounds}x{BoostDepth} rate={BoostRate} leafL2={BoostL2} minHessian={BoostMinimumHessian} minCount={BoostMinimumCount}{(BoostVectors ? " vectors" : "")}" : "")}";
}
