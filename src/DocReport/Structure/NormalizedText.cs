using DocReport.Model;

namespace DocReport.Structure;

/// <summary>Normalised text and, for every offset of the original, the offset it became.</summary>
internal sealed record NormalizedText(string Text, IReadOnlyList<int> OffsetMap)
{
    /// <summary>
    /// The link moved into the normalised text and trimmed of white space at its ends, shifted by
    /// <paramref name="shift"/>; null when it no longer covers any text.
    /// </summary>
    public Link? Map(Link link, int shift)
    {
        if (link.Start < 0 || link.End >= OffsetMap.Count || link.Start >= link.End) return null;
        var start = OffsetMap[link.Start];
        var end = OffsetMap[link.End];
        while (start < end && char.IsWhiteSpace(Text[start])) start++;
        while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
        return end > start ? link with { Start = start + shift, End = end + shift } : null;
    }
}
