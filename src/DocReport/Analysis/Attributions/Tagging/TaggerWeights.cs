using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using DocReport.Resources;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// The weights of one pass of the attribution tagger, as read from a <see cref="TaggerWeightsFile"/>: for each
/// feature (by its <see cref="FeatureHash"/>) a 16-bit score per tag other than "outside" (whose score is 0), a score
/// per pair of consecutive tags and a score per tag on a paragraph's first token. The tagger looks up some hundred
/// thousand features per article, so a feature's six scores and a 32-bit fingerprint of its hash fill one 16-byte
/// slot of an open-addressing table: four slots a cache line.
/// </summary>
internal sealed class TaggerWeights
{
    /// <summary>A token's row of scores while features are added: tags 1 to 6 at 0 to 5, then two unused lanes.</summary>
    public const int RowWidth = 8;

    private const int Scored = Tags.Count - 1;
    private readonly Vector128<short>[] slots;
    private readonly int mask;

    public TaggerWeights(QuantizedWeights weights)
    {
        var (keys, rows) = (weights.Keys, weights.Rows);
        (Transitions, Start, Scale, FeatureCount) = (weights.Transitions, weights.Start, weights.Scale, keys.Length);
        // a load factor between 3/8 and 3/4 keeps probe runs short
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length + keys.Length / 3 + 1));
        (slots, mask) = (new Vector128<short>[capacity], capacity - 1);
        Span<short> slot = stackalloc short[RowWidth];
        for (var f = 0; f < keys.Length; f++)
        {
            var (at, print) = ((int)keys[f] & mask, Fingerprint(keys[f]));
            for (; Print(slots[at]) != 0; at = (at + 1) & mask)
                if (Print(slots[at]) == print) throw new InvalidDataException($"Features {keys[f]:x16} and another share a slot's fingerprint: the tagger would confuse them.");
            rows.AsSpan(f * Scored, Scored).CopyTo(slot);
            slots[at] = Vector128.Create<short>(slot).AsUInt32().WithElement(3, print).AsInt16();
        }
    }

    /// <summary>Score of tag <c>next</c> after tag <c>previous</c>, at <c>previous * Tags.Count + next</c>.</summary>
    public float[] Transitions { get; }

    /// <summary>Score of each tag on the first token of a paragraph.</summary>
    public float[] Start { get; }

    /// <summary>Units of score per unit of trained weight.</summary>
    public float Scale { get; }

    public int FeatureCount { get; }

    /// <summary>Adds the features' scores to the row of <paramref name="scores"/> at <paramref name="at"/> (<see cref="RowWidth"/> ints); an unknown feature adds nothing.</summary>
    public void AddAll(ReadOnlySpan<ulong> features, int[] scores, int at)
    {
        // The table is larger than the cache: every feature's first slot is fetched before any is read, so the misses
        // overlap instead of coming one after another (about a sixth less CPU for the tagging of real articles).
        if (Sse.IsSupported)
            foreach (var feature in features) Prefetch(ref slots[(int)feature & mask]);
        var sum = Vector256<int>.Zero;
        foreach (var feature in features) sum += ScoresOf(feature);
        (Vector256.Create(scores, at) + sum).CopyTo(scores, at);
    }

    private static unsafe void Prefetch(ref Vector128<short> slot) => Sse.Prefetch0(Unsafe.AsPointer(ref slot));

    private Vector256<int> ScoresOf(ulong feature)
    {
        var print = Fingerprint(feature);
        for (var slot = (int)feature & mask; ; slot = (slot + 1) & mask)
        {
            var found = Print(slots[slot]);
            if (found == print)
            {
                var (low, high) = Vector128.Widen(slots[slot]);
                return Vector256.Create(low, high);
            }
            if (found == 0) return Vector256<int>.Zero;
        }
    }

    /// <summary>The tag scores of <paramref name="tokens"/> rows filled by <see cref="AddAll"/>, <see cref="Tags.Count"/> a token, "outside" 0.</summary>
    public static float[] Emissions(int[] rows, int tokens) => Emissions(rows, tokens, new float[tokens * Tags.Count]);

    /// <summary>The same scores written into the first <paramref name="tokens"/> x <see cref="Tags.Count"/> of <paramref name="into"/>, which is returned.</summary>
    public static float[] Emissions(int[] rows, int tokens, float[] into)
    {
        for (var i = 0; i < tokens; i++)
        {
            into[i * Tags.Count] = 0;
            for (var t = 1; t < Tags.Count; t++) into[i * Tags.Count + t] = rows[i * RowWidth + t - 1];
        }
        return into;
    }

    /// <summary>Weights embedded in the library, by their path under src/DocReport.</summary>
    public static TaggerWeights Load(string relativePath) => TaggerWeightsFile.Read(WordList.ReadBytes(relativePath), relativePath);

    // The hash's high half (its low bits choose the slot); 0 marks an empty slot, so a feature never has it.
    private static uint Fingerprint(ulong key) => Math.Max(1u, (uint)(key >> 32));

    private static uint Print(Vector128<short> slot) => slot.AsUInt32().GetElement(3);
}
