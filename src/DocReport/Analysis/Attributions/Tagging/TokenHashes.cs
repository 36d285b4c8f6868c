using System.Runtime.InteropServices;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>The hashes of each token's own features (<see cref="TokenFeatures.EmitOwn"/>) in a paragraph, computed once for both passes.</summary>
internal sealed class TokenHashes : IFeatureSink
{
    private readonly List<ulong> hashes;
    private readonly int[] ends;

    private TokenHashes(int tokens) => (hashes, ends) = (new List<ulong>(tokens * 48), new int[tokens]);

    public static TokenHashes Of(ParagraphTokens tokens)
    {
        var result = new TokenHashes(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            TokenFeatures.EmitOwn(tokens, i, result);
            result.ends[i] = result.hashes.Count;
        }
        return result;
    }

    /// <summary>The hashes of token <paramref name="i"/>'s features.</summary>
    public ReadOnlySpan<ulong> Of(int i) => CollectionsMarshal.AsSpan(hashes)[(i == 0 ? 0 : ends[i - 1])..ends[i]];

    public void Add(FeaturePart template, FeaturePart value) => hashes.Add(FeatureHash.Of(template, value));

    public void Add(FeaturePart template, FeaturePart first, FeaturePart second) => hashes.Add(FeatureHash.Of(template, first, second));
}
