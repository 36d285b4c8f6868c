namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>The best-scoring sequence of tags, given each token's tag scores and the transition scores, among well-formed sequences only.</summary>
internal static class ViterbiDecoder
{
    /// <summary>Token i's score for tag t is <c>emissions[i * Tags.Count + t]</c>.</summary>
    public static Tag[] Decode(float[] emissions, int length, float[] transitions, float[] start) =>
        Decode(emissions, length, transitions, start, new float[length * Tags.Count], new int[length * Tags.Count]);

    /// <summary>The same, with the best scores and back-pointers kept in <paramref name="best"/> and <paramref name="back"/> (at least
    /// <paramref name="length"/> x <see cref="Tags.Count"/> each, their contents overwritten), so one decoding's arrays serve the next.</summary>
    public static Tag[] Decode(float[] emissions, int length, float[] transitions, float[] start, float[] best, int[] back)
    {
        const int k = Tags.Count;
        var result = new Tag[length];
        if (length == 0) return result;
        for (var t = 0; t < k; t++) best[t] = Tags.CanStart((Tag)t) ? start[t] + emissions[t] : float.NegativeInfinity;
        for (var i = 1; i < length; i++)
        for (var t = 0; t < k; t++)
        {
            var (score, from) = (float.NegativeInfinity, 0);
            for (var p = 0; p < k; p++)
            {
                if (!Tags.CanFollow((Tag)p, (Tag)t)) continue;
                var s = best[(i - 1) * k + p] + transitions[p * k + t];
                if (s > score) (score, from) = (s, p);
            }
            best[i * k + t] = score + emissions[i * k + t];
            back[i * k + t] = from;
        }
        var last = 0;
        for (var t = 1; t < k; t++) if (best[(length - 1) * k + t] > best[(length - 1) * k + last]) last = t;
        for (var i = length - 1; i >= 0; i--)
        {
            result[i] = (Tag)last;
            last = back[i * k + last];
        }
        return result;
    }
}
