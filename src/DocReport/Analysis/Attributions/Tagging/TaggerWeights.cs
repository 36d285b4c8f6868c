using System.Numerics;
using System.Runtime.Intrinsics;
using DocReport.Resources;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// The weights of one pass of the attribution tagger, as read from a <see cref="TaggerWeightsFile"/>: for each
/// feature (by its <see cref="FeatureHash"/>) a 16-bit score per tag, a score per pair of consecutive tags and a
/// score per tag on a paragraph's first token. The tagger looks up some hundred thousand features per article,
/// so each feature's hash and scores sit together in one slot of an open-addressing table: one cache line a lookup.
/// </summary>
internal sealed class TaggerWeights
{
    /// <summary>Each token's row of scores holds a score per tag, padded to eight for vector addition.</summary>
    public const int RowWidth = 8;

    private readonly Slot[] slots;
    private readonly int mask;

    public TaggerWeights(ulong[] keys, short[] rows, float[] transitions, float[] start, float scale, string about)
    {
        (Transitions, Start, Scale, About, FeatureCount) = (transitions, start, scale, about, keys.Length);
        // a load factor between 3/8 and 3/4 keeps probe runs short
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length + keys.Length / 3 + 1));
        (slots, mask) = (new Slot[capacity], capacity - 1);
        Span<short> row = stackalloc short[RowWidth];
        for (var f = 0; f < keys.Length; f++)
        {
            var slot = (int)keys[f] & mask;
            while (slots[slot].Key != 0) slot = (slot + 1) & mask;
            rows.AsSpan(f * Tags.Count, Tags.Count).CopyTo(row);
            slots[slot] = new Slot(keys[f], Vector128.Create<short>(row));
        }
    }

    /// <summary>Score of tag <c>next</c> after tag <c>previous</c>, at <c>previous * Tags.Count + next</c>.</summary>
    public float[] Transitions { get; }

    /// <summary>Score of each tag on the first token of a paragraph.</summary>
    public float[] Start { get; }

    /// <summary>Units of score per unit of trained weight.</summary>
    public float Scale { get; }

    /// <summary>How the weights were trained, as the trainer wrote it.</summary>
    public string About { get; }

    public int FeatureCount { get; }

    /// <summary>Adds the feature's score for each tag to the row of <paramref name="scores"/> at <paramref name="at"/> (<see cref="RowWidth"/> ints); an unknown feature adds nothing.</summary>
    public void AddTo(ulong feature, int[] scores, int at)
    {
        // hash 0 marks an empty slot: the weights file holds no feature with that hash
        for (var slot = (int)feature & mask; slots[slot].Key != 0; slot = (slot + 1) & mask)
        {
            if (slots[slot].Key != feature) continue;
            var (low, high) = Vector128.Widen(slots[slot].Scores);
            (Vector256.Create(scores, at) + Vector256.Create(low, high)).CopyTo(scores, at);
            return;
        }
    }

    /// <summary>The weights back as floats (scores over <see cref="Scale"/>), features in hash order: writing them again gives the same file.</summary>
    public WeightsTable ToTable()
    {
        var features = slots.Where(s => s.Key != 0).OrderBy(s => s.Key).ToArray();
        var emissions = features.SelectMany(s => Enumerable.Range(0, Tags.Count).Select(t => s.Scores[t] / Scale)).ToArray();
        return new WeightsTable(features.Select(s => s.Key).ToArray(), emissions,
            Transitions.Select(w => w / Scale).ToArray(), Start.Select(w => w / Scale).ToArray(), About);
    }

    /// <summary>Weights embedded in the library, by their path under src/DocReport.</summary>
    public static TaggerWeights Load(string relativePath) => TaggerWeightsFile.Read(WordList.ReadBytes(relativePath), relativePath);

    private readonly record struct Slot(ulong Key, Vector128<short> Scores);
}
