namespace DocReport.Bench.ClaimTraining;

/// <summary>Confusion counts for the positive (check-worthy) class, and its precision, recall and F1.</summary>
internal sealed record BinaryCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Ratio(2.0 * Precision * Recall, Precision + Recall);

    public static BinaryCounts Of(IEnumerable<(bool Gold, bool Predicted)> pairs)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (gold, predicted) in pairs)
        {
            if (gold && predicted) tp++;
            else if (predicted) fp++;
            else if (gold) fn++;
            else tn++;
        }
        return new BinaryCounts(tp, fp, fn, tn);
    }

    public override string ToString() =>
        $"F1 {F1:F3}  P {Precision:F3}  R {Recall:F3}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives}, tn {TrueNegatives})";

    private static double Ratio(double a, double b) => b == 0 ? 0 : a / b;
}
