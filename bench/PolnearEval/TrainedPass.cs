using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Settings chosen by cross-validation on train: perceptron epochs, the fewest occurrences in training a kept
/// feature needs, how many features are kept (those with the largest weights), which sets the file's size, the
/// training margins (see <see cref="PerceptronTrainer"/>), and how many perceptrons, trained on different
/// orders of the paragraphs (or, bagged, on bootstrap samples of them), are averaged into one (an ensemble that
/// costs nothing more at tagging time).
/// </summary>
internal sealed record TrainingSettings(int Epochs, int MinCount, int MaxFeatures, float Margin = 0, float SourceCost = 0, int Seeds = 1, int Bagged = 0, float VectorScale = 0)
{
    public override string ToString() =>
        $"epochs={Epochs} min-count={MinCount} max-features={MaxFeatures} margin={Margin} source-cost={SourceCost} seeds={Seeds} bagged={Bagged}" + (VectorScale > 0 ? $" vectors={VectorScale}" : "");

    /// <summary>The options of the bench's train command that give these settings.</summary>
    public string Options() =>
        $"--epochs {Epochs} --min-count {MinCount} --max-features {MaxFeatures} --margin {Margin} --source-cost {SourceCost} --seeds {Seeds} --bagged {Bagged}";
}

/// <summary>One pass's averaged weights, pruned as the settings say, as they will be in the weights file.</summary>
internal sealed class TrainedPass
{
    private const int K = Tags.Count;

    private TrainedPass((float[] Emissions, float[] Transitions, float[] Start, float[] Dense) weights, int[] counts) =>
        (Weights, Counts) = (weights, counts);

    public (float[] Emissions, float[] Transitions, float[] Start, float[] Dense) Weights { get; }
    public int[] Counts { get; }

    public static TrainedPass Fit(IReadOnlyList<TrainingExample> examples, int featureCount, TrainingSettings settings, TextWriter log)
    {
        var counts = new int[featureCount];
        foreach (var f in examples.SelectMany(e => e.Features).SelectMany(f => f)) counts[f]++;
        var weights = Enumerable.Range(0, settings.Seeds).Select(s =>
        {
            var width = settings.VectorScale > 0 ? examples.FirstOrDefault(e => e.Vectors is not null && e.Gold.Length > 0) is { } v ? v.Vectors!.Length / v.Gold.Length : 0 : 0;
            var trainer = new PerceptronTrainer(featureCount, settings.Margin, settings.SourceCost, width, settings.VectorScale);
            trainer.Train(settings.Bagged == 0 ? examples : Bootstrap(examples, seed: 17 + s), settings.Epochs, seed: 17 + s, log);
            return trainer.Averaged();
        }).Aggregate((a, b) => (Sum(a.Emissions, b.Emissions), Sum(a.Transitions, b.Transitions), Sum(a.Start, b.Start), Sum(a.Dense, b.Dense)));
        for (var f = 0; f < featureCount; f++)
            if (counts[f] < settings.MinCount) Array.Clear(weights.Emissions, f * K, K);
        var strength = Enumerable.Range(0, featureCount).Select(f => Strength(weights.Emissions, f)).ToArray();
        var cut = strength.Where(s => s > 0).OrderDescending().Skip(settings.MaxFeatures).FirstOrDefault();
        for (var f = 0; f < featureCount; f++)
            if (strength[f] <= cut) Array.Clear(weights.Emissions, f * K, K);
        return new TrainedPass(weights, counts);
    }

    private static List<TrainingExample> Bootstrap(IReadOnlyList<TrainingExample> examples, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, examples.Count).Select(_ => examples[random.Next(examples.Count)]).ToList();
    }

    // The sum of the ensemble's weights scores as their average does: the decoder only compares sums.
    private static float[] Sum(float[] a, float[] b)
    {
        for (var i = 0; i < a.Length; i++) a[i] += b[i];
        return a;
    }

    // A feature matters as much as the spread of its weights over the tags.
    private static float Strength(float[] emissions, int f)
    {
        var row = emissions.AsSpan(f * K, K);
        var (min, max) = (row[0], row[0]);
        foreach (var w in row) (min, max) = (Math.Min(min, w), Math.Max(max, w));
        return max - min;
    }

    public Tag[] Decode(int[][] features, float[]? vectors = null) =>
        ViterbiDecoder.Decode(PerceptronTrainer.Emissions(features, Weights.Emissions, vectors, Weights.Dense), features.Length, Weights.Transitions, Weights.Start);
}
