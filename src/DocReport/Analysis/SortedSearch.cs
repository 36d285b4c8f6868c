namespace DocReport.Analysis;

/// <summary>Binary search over offsets sorted ascending, with duplicates.</summary>
internal static class SortedSearch
{
    /// <summary>The index of the first value not less than <paramref name="value"/> (the count when there is none).</summary>
    public static int LowerBound(IReadOnlyList<int> sorted, int value) => LowerBound(sorted, value, v => v);

    /// <summary>The index of the first item whose <paramref name="key"/> is not less than <paramref name="value"/>, over items sorted by that key.</summary>
    public static int LowerBound<T>(IReadOnlyList<T> sorted, int value, Func<T, int> key)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (key(sorted[mid]) < value) low = mid + 1; else high = mid;
        }
        return low;
    }
}
