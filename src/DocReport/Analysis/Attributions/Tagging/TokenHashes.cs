using System.Runtime.InteropServices;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>The hashes of each token's own features (<see cref="TokenFeatures.EmitOwn"/>) in a paragraph, computed once for both passes.</summary>
internal sealed class TokenHashes : IFeatureSink
{
    // EmitOwn adds at most this many features a token (~40 as a rule), so the list seldom grows while it is filled
    private const int FeaturesPerToken = 48;

    private readonly List<ulong> hashes;
    private int[] ends;

    /// <summary>An empty buffer, for <see cref="Fill"/>.</summary>
    public TokenHashes() : this(0) { }

    private TokenHashes(int tokens) => (hashes, ends) = (new List<ulong>(tokens * FeaturesPerToken), new int[tokens]);

    /// <summary>A paragraph's hashes in buffers of their own.</summary>
    public static TokenHashes Of(ParagraphTokens tokens) => new TokenHashes(tokens.Count).Fill(tokens);

    /// <summary>
    /// This buffer holding the hashes of <paramref name="tokens"/> in place of the paragraph's before: a document's paragraphs
    /// tagged one after another share one buffer, as large as their largest, instead of one each (~400 bytes a token, a long
    /// paragraph's on the large object heap).
    /// </summary>
    public TokenHashes Fill(ParagraphTokens tokens)
    {
        hashes.Clear();
        hashes.EnsureCapacity(tokens.Count * FeaturesPerToken);
        if (ends.Length < tokens.Count) ends = new int[Math.Max(tokens.Count, ends.Length * 2)];
        for (var i = 0; i < tokens.Count; i++)
        {
            TokenFeatures.EmitOwn(tokens, i, this);
            ends[i] = hashes.Count;
        }
        return this;
    }

    /// <summary>The hashes of token <paramref name="i"/>'s features.</summary>
    public ReadOnlySpan<ulong> Of(int i) => CollectionsMarshal.AsSpan(hashes)[(i == 0 ? 0 : ends[i - 1])..ends[i]];

    public void Add(FeaturePart template, FeaturePart value) => hashes.Add(FeatureHash.Of(template, value));

    public void Add(FeaturePart template, FeaturePart first, FeaturePart second) => hashes.Add(FeatureHash.Of(template, first, second));
}
