namespace DocReport.Bench.TrafilaturaEval;

/// <summary>Whether what DocReport gives is what a label says: a title or a name the same with white space collapsed and
/// case ignored; authors the same names in any order (the fresh set and the labelled bylines alike).</summary>
internal static class LabelMatch
{
    public static bool Same(string? given, string? labelled) =>
        labelled is not null && given is not null && string.Equals(SnippetCounts.Normalize(given), SnippetCounts.Normalize(labelled), StringComparison.OrdinalIgnoreCase);

    public static bool SameNames(IReadOnlyList<string> given, IReadOnlyList<string> labelled) =>
        given.Count == labelled.Count && labelled.All(name => given.Any(g => Same(g, name)));
}
