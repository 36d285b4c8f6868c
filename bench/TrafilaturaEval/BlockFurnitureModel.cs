using System.Globalization;
using DocReport.Reading.Html;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// A logistic regression over <see cref="BlockFeatures"/> that scores a block of a page's content as furniture, trained by
/// <see cref="BlockTraining"/>. Its weights file holds lines "feature&lt;TAB&gt;weight", "@bias" and "@threshold" (a block scoring at
/// or above it is furniture); '#' lines are comments.
/// </summary>
internal sealed class BlockFurnitureModel(IReadOnlyDictionary<string, double> weights, double bias, double threshold)
{
    /// <summary>The probability that a block with these features is furniture.</summary>
    public double Score(IEnumerable<string> features)
    {
        var sum = bias;
        foreach (var feature in features) sum += weights.GetValueOrDefault(feature);
        return 1 / (1 + Math.Exp(-sum));
    }

    /// <summary>The blocks this model scores below its threshold.</summary>
    public BlockSelector Selector => (blocks, content, title) =>
    {
        var features = BlockFeatures.Of(blocks, content, title);
        return blocks.Where((b, i) => Score(features[i]) < threshold).Select(b => b.Block);
    };

    public BlockFurnitureModel WithThreshold(double value) => new(weights, bias, value);

    public static BlockFurnitureModel Read(string path)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        double bias = 0, threshold = 1;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.Split('\t') is not [var name, var value]) continue;
            var number = double.Parse(value, CultureInfo.InvariantCulture);
            if (name == "@bias") bias = number;
            else if (name == "@threshold") threshold = number;
            else weights[name] = number;
        }
        return new BlockFurnitureModel(weights, bias, threshold);
    }

    public void Write(string path, string comment) =>
        File.WriteAllLines(path, new[] { "# " + comment, Line("@bias", bias), Line("@threshold", threshold) }
            .Concat(weights.Where(w => w.Value != 0).OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => Line(w.Key, w.Value))));

    private static string Line(string name, double value) => name + "\t" + value.ToString("R", CultureInfo.InvariantCulture);
}
