using System.Globalization;
using DocReport.Reading.Html;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// A logistic regression over <see cref="BlockFeatures"/> that scores a block of a page's content as furniture, trained by
/// <see cref="BlockTraining"/>. A stacked model also reads its neighbours' decisions: a first model scores every block, and
/// the second adds those scores of the block and of its neighbours (<see cref="NeighbourDecisions"/>). Its weights file holds
/// lines "feature&lt;TAB&gt;weight", "@bias" and "@threshold" (a block scoring at or above it is furniture), the first model's
/// prefixed "1|"; '#' lines are comments.
/// </summary>
internal sealed class BlockFurnitureModel(IReadOnlyDictionary<string, double> weights, double bias, double threshold, BlockFurnitureModel? first = null)
{
    private const string FirstPrefix = "1|";

    /// <summary>The probability that each block, with these features in page order, is furniture.</summary>
    public double[] Scores(IReadOnlyList<string[]> features)
    {
        if (first is null) return [.. features.Select(Score)];
        var decisions = first.Scores(features);
        return [.. features.Select((f, i) => Score(f.Concat(NeighbourDecisions.Of(decisions, i))))];
    }

    private double Score(IEnumerable<string> features)
    {
        var sum = bias;
        foreach (var feature in features) sum += weights.GetValueOrDefault(feature);
        return 1 / (1 + Math.Exp(-sum));
    }

    /// <summary>The blocks this model scores below its threshold.</summary>
    public BlockSelector Selector => (blocks, content, title) =>
    {
        var scores = Scores(BlockFeatures.Of(blocks, content, title));
        return blocks.Where((b, i) => scores[i] < threshold).Select(b => b.Block);
    };

    public BlockFurnitureModel WithThreshold(double value) => new(weights, bias, value, first);

    public BlockFurnitureModel StackedOn(BlockFurnitureModel firstModel) => new(weights, bias, threshold, firstModel);

    public static BlockFurnitureModel Read(string path)
    {
        var weights = new Dictionary<string, double>[] { new(StringComparer.Ordinal), new(StringComparer.Ordinal) };
        double[] biases = [0, 0];
        double threshold = 1;
        var stacked = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.Split('\t') is not [var name, var value]) continue;
            var number = double.Parse(value, CultureInfo.InvariantCulture);
            var stage = name.StartsWith(FirstPrefix, StringComparison.Ordinal) ? 0 : 1;
            stacked |= stage == 0;
            if (stage == 0) name = name[FirstPrefix.Length..];
            if (name == "@bias") biases[stage] = number;
            else if (name == "@threshold") threshold = number;
            else weights[stage][name] = number;
        }
        return new BlockFurnitureModel(weights[1], biases[1], threshold, stacked ? new BlockFurnitureModel(weights[0], biases[0], 1) : null);
    }

    public void Write(string path, string comment) =>
        File.WriteAllLines(path, new[] { "# " + comment, Line("@threshold", threshold) }.Concat(first?.Lines(FirstPrefix) ?? []).Concat(Lines("")));

    private IEnumerable<string> Lines(string prefix) =>
        new[] { Line(prefix + "@bias", bias) }
            .Concat(weights.Where(w => w.Value != 0).OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => Line(prefix + w.Key, w.Value)));

    private static string Line(string name, double value) => name + "\t" + value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A first model's decisions on a block and its neighbours, as features of a second model.</summary>
internal static class NeighbourDecisions
{
    public static IEnumerable<string> Of(IReadOnlyList<double> scores, int i)
    {
        yield return "own-score:" + Bucket(scores[i]);
        yield return "prev-score:" + (i == 0 ? "none" : Bucket(scores[i - 1]));
        yield return "next-score:" + (i == scores.Count - 1 ? "none" : Bucket(scores[i + 1]));
        var around = Enumerable.Range(i - 2, 5).Where(j => j != i && j >= 0 && j < scores.Count).ToList();
        yield return "around-furniture:" + around.Count(j => scores[j] >= 0.5) + "/" + around.Count;
    }

    private static string Bucket(double score) => score switch { < 0.1 => "<.1", < 0.3 => "<.3", < 0.5 => "<.5", < 0.7 => "<.7", < 0.9 => "<.9", _ => "high" };
}
