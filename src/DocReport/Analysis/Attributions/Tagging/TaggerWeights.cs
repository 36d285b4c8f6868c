using System.Globalization;
using DocReport.Resources;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// The weights of the attribution tagger: for each feature, a score per tag; and a score per pair of
/// consecutive tags. Read from a file of lines "feature&lt;TAB&gt;tag:weight tag:weight ..." (tags by number,
/// see <see cref="Tag"/>); transitions are the features "&gt; PREVIOUS", the first token's "&gt; start".
/// </summary>
internal sealed class TaggerWeights
{
    public const string TransitionPrefix = "> ";
    public const string StartName = "start";

    private readonly Dictionary<ulong, int> rows;
    private readonly float[] emissions;

    public TaggerWeights(Dictionary<ulong, int> rows, float[] emissions, float[] transitions, float[] start)
    {
        (this.rows, this.emissions, Transitions, Start) = (rows, emissions, transitions, start);
    }

    /// <summary>Weights embedded in the library, by their path under src/DocReport.</summary>
    public static TaggerWeights Load(string relativePath) => Parse(WordList.ReadText(relativePath));

    /// <summary>Score of tag <c>next</c> after tag <c>previous</c>, at <c>previous * Tags.Count + next</c>.</summary>
    public float[] Transitions { get; }

    /// <summary>Score of each tag on the first token of a paragraph.</summary>
    public float[] Start { get; }

    public int FeatureCount => rows.Count;

    /// <summary>Adds the feature's score for each tag to <paramref name="scores"/>; an unknown feature adds nothing.</summary>
    public void AddTo(ulong feature, Span<float> scores)
    {
        if (!rows.TryGetValue(feature, out var row)) return;
        var weights = emissions.AsSpan(row * Tags.Count, Tags.Count);
        for (var t = 0; t < Tags.Count; t++) scores[t] += weights[t];
    }

    public static TaggerWeights Parse(string text)
    {
        var rows = new Dictionary<ulong, int>();
        var emissions = new List<float>();
        var (transitions, start) = (new float[Tags.Count * Tags.Count], new float[Tags.Count]);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var tab = line.LastIndexOf('\t');
            if (line.Length == 0 || line[0] == '#' || tab < 0) continue;
            var (name, weights) = (line[..tab], new float[Tags.Count]);
            foreach (var pair in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = pair.IndexOf(':');
                weights[int.Parse(pair[..colon], CultureInfo.InvariantCulture)] = float.Parse(pair[(colon + 1)..], CultureInfo.InvariantCulture);
            }
            if (name.StartsWith(TransitionPrefix, StringComparison.Ordinal))
            {
                var previous = name[TransitionPrefix.Length..];
                weights.CopyTo(previous == StartName ? start : transitions.AsSpan(int.Parse(previous, CultureInfo.InvariantCulture) * Tags.Count));
                continue;
            }
            rows[FeatureHash.OfName(name)] = rows.Count;
            emissions.AddRange(weights);
        }
        return new TaggerWeights(rows, emissions.ToArray(), transitions, start);
    }
}
