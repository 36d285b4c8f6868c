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

    private TaggerWeights(List<ulong> hashes, float[] emissions, float[] transitions, float[] start)
    {
        (Transitions, Start, FeatureCount, this.emissions) = (transitions, start, hashes.Count, emissions);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, hashes.Count * 2));
        (keys, rows, mask) = (new ulong[capacity], new int[capacity], capacity - 1);
        for (var f = 0; f < hashes.Count; f++)
        {
            var slot = (int)hashes[f] & mask;
            while (rows[slot] != 0) slot = (slot + 1) & mask;
            (keys[slot], rows[slot]) = (hashes[f], f + 1);
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

    /// <summary>Reads the weights over spans, into one array of rows: it runs at the start of every process.</summary>
    public static TaggerWeights Parse(string text)
    {
        var lines = text.AsSpan().Count('\n') + 1;
        var (hashes, emissions) = (new List<ulong>(lines), new List<float>(lines * RowWidth));
        var (transitions, start) = (new float[Tags.Count * Tags.Count], new float[Tags.Count]);
        Span<float> weights = stackalloc float[RowWidth];
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd('\r');
            var tab = line.LastIndexOf('\t');
            if (line.Length == 0 || line[0] == '#' || tab < 0) continue;
            var name = line[..tab];
            weights.Clear();
            var values = line[(tab + 1)..];
            foreach (var range in values.Split(' '))
            {
                var pair = values[range];
                if (pair.IsEmpty) continue;
                var colon = pair.IndexOf(':');
                weights[int.Parse(pair[..colon], CultureInfo.InvariantCulture)] = Weight(pair[(colon + 1)..]);
            }
            if (name.StartsWith(TransitionPrefix, StringComparison.Ordinal))
            {
                var previous = name[TransitionPrefix.Length..];
                weights[..Tags.Count].CopyTo(previous.SequenceEqual(StartName) ? start : transitions.AsSpan(int.Parse(previous, CultureInfo.InvariantCulture) * Tags.Count));
                continue;
            }
            hashes.Add(FeatureHash.OfName(name));
            emissions.AddRange(weights);
        }
        return new TaggerWeights(hashes, emissions.ToArray(), transitions, start);
    }

    /// <summary>The trainer writes whole numbers; an integer parses in about a third of the time of a float.</summary>
    private static float Weight(ReadOnlySpan<char> text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole : float.Parse(text, CultureInfo.InvariantCulture);
}
