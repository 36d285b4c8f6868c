namespace DocReport.Analysis;

/// <summary>Binary search over offsets sorted ascending, with duplicates.</summary>
internal static class SortedSearch
{
    /// <summary>The index of the first value not less than <paramref name="value"/> (the count when there is none).</summary>
    public static int LowerBound(IReadOnlyList<int> sorted, int value)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] < value) low = mid + 1; else high = mid;
        }
        return low;
    }
}
