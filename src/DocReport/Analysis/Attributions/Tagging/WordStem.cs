namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>A rough stem of an English word, so that the forms of one verb share features ("announced", "announces", "announcing" -> "announc").</summary>
internal static class WordStem
{
    private static readonly string[] Endings = ["ing", "ies", "ied", "es", "ed", "s", "e", "y"];

    public static string Of(string lower)
    {
        foreach (var ending in Endings)
            if (lower.Length > ending.Length + 3 && lower.EndsWith(ending, StringComparison.Ordinal)) return lower[..^ending.Length];
        return lower;
    }
}
