namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Binary logistic regression on binary sparse features and, optionally, a dense vector per example: full-batch Adam on
/// the weighted mean log-loss plus L2 (the bias excluded). Full batches make the result independent of example order,
/// so a rerun gives the same weights. With a <see cref="TrainingProblem.Hidden"/> layer its weights are trained with the rest,
/// their L2 <see cref="TrainingSettings.HiddenL2"/> times the others'.
/// </summary>
internal static class LogisticRegressionTrainer
{
    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;

    public static (double[] Sparse, double[] Dense, HiddenLayer? Hidden) Train(TrainingProblem problem, TrainingSettings settings)
    {
        var sparse = new AdamVector(problem.Dimensions);
        var dense = new AdamVector(problem.DenseDimensions);
        var layer = problem.Hidden;
        var input = new AdamVector(layer?.Input.Length ?? 0);
        var output = new AdamVector(layer?.Units ?? 0);
        layer?.Input.CopyTo(input.Values, 0);
        layer?.Output.CopyTo(output.Values, 0);
        var embeddings = layer is null ? null : problem.Dense!.Select(v => Array.ConvertAll(v, x => (double)x)).ToArray();
        var activations = new double[layer?.Units ?? 0];
        var totalWeight = problem.Labels.Select((l, i) => problem.Weight(i)).Sum();
        for (var step = 1; step <= settings.Epochs; step++)
        {
            sparse.StartStep(settings.L2, except: problem.BiasIndex, problem.L2Scales);
            dense.StartStep(settings.L2, except: -1);
            input.StartStep(settings.L2 * settings.HiddenL2, except: -1);
            output.StartStep(settings.L2 * settings.HiddenL2, except: -1);
            for (var i = 0; i < problem.Examples.Count; i++)
            {
                var logit = Logit(sparse.Values, dense.Values, problem, i);
                for (var k = 0; k < activations.Length; k++)
                {
                    activations[k] = layer!.Activation(k, input.Values, embeddings![i], problem.HiddenFeatures[i]);
                    logit += output.Values[k] * activations[k];
                }
                var error = (Sigmoid(logit) - (problem.Labels[i] ? 1.0 : 0.0)) * problem.Weight(i) / totalWeight;
                foreach (var f in problem.Examples[i]) sparse.Gradient[f] += error;
                if (problem.Dense is { } vectors)
                {
                    var vector = vectors[i];
                    for (var d = 0; d < vector.Length; d++) dense.Gradient[d] += error * vector[d];
                }
                for (var k = 0; k < activations.Length; k++)
                {
                    output.Gradient[k] += error * activations[k];
                    var back = error * output.Values[k] * (1 - activations[k] * activations[k]);
                    var row = k * layer!.Width;
                    HiddenLayer.AddScaled(input.Gradient.AsSpan(row, layer.EmbeddingDimensions), back, embeddings![i]);
                    foreach (var f in problem.HiddenFeatures[i]) input.Gradient[row + layer.EmbeddingDimensions + f] += back;
                    input.Gradient[row + layer.Width - 1] += back;
                }
            }
            sparse.Move(step, settings.LearningRate);
            dense.Move(step, settings.LearningRate);
            input.Move(step, settings.LearningRate);
            output.Move(step, settings.LearningRate);
        }
        return (sparse.Values, dense.Values, layer is null ? null : layer with { Input = input.Values, Output = output.Values });
    }

    private static double Logit(double[] sparse, double[] dense, TrainingProblem problem, int i)
    {
        var sum = 0.0;
        foreach (var f in problem.Examples[i]) sum += sparse[f];
        if (problem.Dense is { } vectors)
        {
            var vector = vectors[i];
            for (var d = 0; d < vector.Length; d++) sum += dense[d] * vector[d];
        }
        return sum;
    }

    public static double Sigmoid(double logit) => 1.0 / (1.0 + Math.Exp(-logit));

    /// <summary>Weights with their gradient and Adam's moment estimates.</summary>
    private sealed class AdamVector(int size)
    {
        private readonly double[] firstMoment = new double[size];
        private readonly double[] secondMoment = new double[size];
        public double[] Values { get; } = new double[size];
        public double[] Gradient { get; } = new double[size];

        public void StartStep(double l2, int except, IReadOnlyList<double>? scales = null)
        {
            for (var f = 0; f < size; f++) Gradient[f] = f == except ? 0 : l2 * (scales?[f] ?? 1) * Values[f];
        }

        public void Move(int step, double learningRate)
        {
            var correction1 = 1 - Math.Pow(Beta1, step);
            var correction2 = 1 - Math.Pow(Beta2, step);
            for (var f = 0; f < size; f++)
            {
                firstMoment[f] = Beta1 * firstMoment[f] + (1 - Beta1) * Gradient[f];
                secondMoment[f] = Beta2 * secondMoment[f] + (1 - Beta2) * Gradient[f] * Gradient[f];
                Values[f] -= learningRate * (firstMoment[f] / correction1) / (Math.Sqrt(secondMoment[f] / correction2) + Epsilon);
            }
        }
    }
}
