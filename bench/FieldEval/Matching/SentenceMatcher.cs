namespace DocReport.Bench.FieldEval.Matching;

/// <summary>Finds each gold sentence, in order, at the first output sentence after the previous match that fits its <see cref="Anchor"/>.</summary>
internal static class SentenceMatcher
{
    /// <returns>For each anchor, the index of its output sentence, or -1 when none after the previous match fits.</returns>
    public static int[] Match(IReadOnlyList<string> anchors, IReadOnlyList<string> sentences)
    {
        var normalized = sentences.Select(TextNormalizer.Normalize).ToList();
        var matches = new int[anchors.Count];
        var next = 0;
        for (var i = 0; i < anchors.Count; i++)
        {
            var anchor = new Anchor(anchors[i]);
            matches[i] = normalized.FindIndex(next, anchor.Fits);
            if (matches[i] >= 0) next = matches[i] + 1;
        }
        return matches;
    }
}
