using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using DocReport.Resources;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// The weights of the attribution tagger: for each feature, a score per tag; and a score per pair of
/// consecutive tags. Read from a file of lines "feature&lt;TAB&gt;tag:weight tag:weight ..." (tags by number,
/// see <see cref="Tag"/>); transitions are the features "&gt; PREVIOUS", the first token's "&gt; start".
/// Features are found by their hash in an open-addressing table: the tagger looks up some hundred thousand per article.
/// </summary>
internal sealed class TaggerWeights
{
    public const string TransitionPrefix = "> ";
    public const string StartName = "start";

    /// <summary>Each feature's row holds a weight per tag, padded to eight for vector addition.</summary>
    public const int RowWidth = 8;

    private readonly ulong[] keys;
    private readonly int[] rows;
    private readonly float[] emissions;
    private readonly int mask;

    private TaggerWeights(IReadOnlyList<(ulong Hash, float[] Weights)> features, float[] transitions, float[] start)
    {
        (Transitions, Start, FeatureCount) = (transitions, start, features.Count);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, features.Count * 2));
        (keys, rows, mask) = (new ulong[capacity], new int[capacity], capacity - 1);
        emissions = new float[features.Count * RowWidth];
        for (var f = 0; f < features.Count; f++)
        {
            var slot = (int)features[f].Hash & mask;
            while (rows[slot] != 0) slot = (slot + 1) & mask;
            (keys[slot], rows[slot]) = (features[f].Hash, f + 1);
            features[f].Weights.CopyTo(emissions, f * RowWidth);
        }
    }

    /// <summary>Score of tag <c>next</c> after tag <c>previous</c>, at <c>previous * Tags.Count + next</c>.</summary>
    public float[] Transitions { get; }

    /// <summary>Score of each tag on the first token of a paragraph.</summary>
    public float[] Start { get; }

    public int FeatureCount { get; }

    /// <summary>Adds the feature's score for each tag to the row of <paramref name="scores"/> at <paramref name="at"/> (<see cref="RowWidth"/> floats); an unknown feature adds nothing.</summary>
    public void AddTo(ulong feature, float[] scores, int at)
    {
        for (var slot = (int)feature & mask; rows[slot] != 0; slot = (slot + 1) & mask)
        {
            if (keys[slot] != feature) continue;
            var row = (rows[slot] - 1) * RowWidth;
            var sum = Vector256.Create(scores, at) + Vector256.Create(emissions, row);
            sum.CopyTo(scores, at);
            return;
        }
    }

    /// <summary>Weights embedded in the library, by their path under src/DocReport.</summary>
    public static TaggerWeights Load(string relativePath) => Parse(WordList.ReadText(relativePath));

    /// <summary>Reads the weights; over spans, without a string a line: it runs at the start of every process.</summary>
    public static TaggerWeights Parse(string text)
    {
        var features = new List<(ulong, float[])>();
        var (transitions, start) = (new float[Tags.Count * Tags.Count], new float[Tags.Count]);
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd('\r');
            var tab = line.LastIndexOf('\t');
            if (line.Length == 0 || line[0] == '#' || tab < 0) continue;
            var name = line[..tab];
            var weights = new float[RowWidth];
            var values = line[(tab + 1)..];
            foreach (var range in values.Split(' '))
            {
                var pair = values[range];
                if (pair.IsEmpty) continue;
                var colon = pair.IndexOf(':');
                weights[int.Parse(pair[..colon], CultureInfo.InvariantCulture)] = float.Parse(pair[(colon + 1)..], CultureInfo.InvariantCulture);
            }
            if (name.StartsWith(TransitionPrefix, StringComparison.Ordinal))
            {
                var previous = name[TransitionPrefix.Length..];
                weights.AsSpan(0, Tags.Count).CopyTo(previous.SequenceEqual(StartName) ? start : transitions.AsSpan(int.Parse(previous, CultureInfo.InvariantCulture) * Tags.Count));
                continue;
            }
            features.Add((FeatureHash.OfName(name), weights));
        }
        return new TaggerWeights(features, transitions, start);
    }
}
