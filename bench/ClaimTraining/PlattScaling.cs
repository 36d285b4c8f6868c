namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Platt scaling: the probability sigmoid(A·logit + B), with A and B fitted by Newton's method to the weighted log-loss of
/// held-out logits, so that a score of 0.9 means about nine in ten such sentences are check-worthy.
/// </summary>
internal sealed record PlattScaling(double A, double B)
{
    public double Probability(double logit) => LogisticRegressionTrainer.Sigmoid(A * logit + B);

    public static PlattScaling Fit(IReadOnlyList<double> logits, IReadOnlyList<bool> labels, IReadOnlyList<double> weights)
    {
        double a = 1, b = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (var i = 0; i < logits.Count; i++)
            {
                var p = LogisticRegressionTrainer.Sigmoid(a * logits[i] + b);
                var error = (p - (labels[i] ? 1 : 0)) * weights[i];
                var curvature = p * (1 - p) * weights[i];
                ga += error * logits[i];
                gb += error;
                haa += curvature * logits[i] * logits[i];
                hab += curvature * logits[i];
                hbb += curvature;
            }
            var determinant = haa * hbb - hab * hab;
            a -= (hbb * ga - hab * gb) / determinant;
            b -= (haa * gb - hab * ga) / determinant;
        }
        return new PlattScaling(a, b);
    }
}
