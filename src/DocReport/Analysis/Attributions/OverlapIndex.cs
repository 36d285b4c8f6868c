using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// Tells whether a span overlaps any span of a fixed set, in O(log n): checking every rule attribution against every
/// tagged one was quadratic, seconds of CPU for a document of 40,000 attributions.
/// </summary>
internal sealed class OverlapIndex
{
    private readonly int[] starts;
    // The largest end among the spans at or before each position in start order.
    private readonly int[] reach;

    public OverlapIndex(IEnumerable<Span> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        starts = sorted.Select(s => s.Start).ToArray();
        reach = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
            reach[i] = i == 0 ? sorted[i].End : Math.Max(reach[i - 1], sorted[i].End);
    }

    /// <summary>True when some span of the set starts before <paramref name="span"/> ends and ends after it starts.</summary>
    public bool Overlaps(Span span)
    {
        var before = StartingBefore(span.End);
        return before > 0 && reach[before - 1] > span.Start;
    }

    // How many spans start before the offset.
    private int StartingBefore(int offset)
    {
        int low = 0, high = starts.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (starts[middle] < offset) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
