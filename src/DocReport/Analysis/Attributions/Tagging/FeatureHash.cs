namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>A feature's template ("w") or value ("said") with its hash, computed once and reused by every feature that holds it.</summary>
internal readonly record struct FeaturePart(string Text, ulong Hash)
{
    public static FeaturePart Of(string text) => new(text, FeatureHash.Part(text));
}

/// <summary>
/// Receives a token's features as parts ("w" "said", or "ww-" "he" "said"). A feature's name is its parts
/// joined by spaces; tokens never hold white space, so the name splits back into its parts.
/// </summary>
internal interface IFeatureSink
{
    void Add(FeaturePart template, FeaturePart value);
    void Add(FeaturePart template, FeaturePart first, FeaturePart second);
}

/// <summary>
/// A feature's hash from the hashes of its parts (FNV-1a each, combined with a 64-bit finaliser), so that
/// the tagger never hashes a string twice; the weights file holds features by these hashes.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Part(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text) hash = (hash ^ c) * Prime;
        return hash;
    }

    public static ulong Of(FeaturePart template, FeaturePart value) => Combine(template.Hash, value.Hash);

    public static ulong Of(FeaturePart template, FeaturePart first, FeaturePart second) => Combine(Combine(template.Hash, first.Hash), second.Hash);

    // splitmix64's finaliser over the two hashes, so that ("a", "b") and ("b", "a") differ.
    private static ulong Combine(ulong a, ulong b)
    {
        var x = a * 0x9E3779B97F4A7C15UL ^ b;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
