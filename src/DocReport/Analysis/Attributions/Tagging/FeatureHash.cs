namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// Receives a token's features as parts ("w" "said", or "ww-" "he" "said"). A feature's name is its parts
/// joined by spaces; tokens never hold white space, so the name splits back into its parts.
/// </summary>
internal interface IFeatureSink
{
    void Add(string template, string value);
    void Add(string template, string first, string second);
}

/// <summary>FNV-1a over a feature's name, computed from its parts without building the name.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string template, string value) => Append(Append(Append(Offset, template), ' '), value);

    public static ulong Of(string template, string first, string second) =>
        Append(Append(Append(Append(Append(Offset, template), ' '), first), ' '), second);

    /// <summary>The hash of a feature's name as written in the weights file.</summary>
    public static ulong OfName(string name) => Append(Offset, name);

    private static ulong Append(ulong hash, string text)
    {
        foreach (var c in text) hash = Append(hash, c);
        return hash;
    }

    private static ulong Append(ulong hash, char c) => (hash ^ c) * Prime;
}
