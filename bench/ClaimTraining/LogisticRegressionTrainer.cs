namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Binary logistic regression on binary sparse features: full-batch Adam on the mean log-loss plus L2 (the bias excluded).
/// Full batches make the result independent of example order, so a rerun gives the same weights.
/// </summary>
internal static class LogisticRegressionTrainer
{
    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;

    public static double[] Train(IReadOnlyList<int[]> examples, IReadOnlyList<bool> labels, int dimensions, int biasIndex, TrainingSettings settings)
    {
        var weights = new double[dimensions];
        var gradient = new double[dimensions];
        var firstMoment = new double[dimensions];
        var secondMoment = new double[dimensions];
        var totalWeight = labels.Sum(l => l ? settings.PositiveWeight : 1.0);
        for (var step = 1; step <= settings.Epochs; step++)
        {
            for (var f = 0; f < dimensions; f++) gradient[f] = f == biasIndex ? 0 : settings.L2 * weights[f];
            for (var i = 0; i < examples.Count; i++)
            {
                var exampleWeight = labels[i] ? settings.PositiveWeight : 1.0;
                var error = (Sigmoid(Logit(weights, examples[i])) - (labels[i] ? 1.0 : 0.0)) * exampleWeight / totalWeight;
                foreach (var f in examples[i]) gradient[f] += error;
            }
            var correction1 = 1 - Math.Pow(Beta1, step);
            var correction2 = 1 - Math.Pow(Beta2, step);
            for (var f = 0; f < dimensions; f++)
            {
                firstMoment[f] = Beta1 * firstMoment[f] + (1 - Beta1) * gradient[f];
                secondMoment[f] = Beta2 * secondMoment[f] + (1 - Beta2) * gradient[f] * gradient[f];
                weights[f] -= settings.LearningRate * (firstMoment[f] / correction1) / (Math.Sqrt(secondMoment[f] / correction2) + Epsilon);
            }
        }
        return weights;
    }

    private static double Logit(double[] weights, int[] features)
    {
        var sum = 0.0;
        foreach (var f in features) sum += weights[f];
        return sum;
    }

    public static double Sigmoid(double logit) => 1.0 / (1.0 + Math.Exp(-logit));
}
