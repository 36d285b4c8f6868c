namespace DocReport.Output.Brief.Tables;

/// <summary>Shares a table's width among its columns by the width their content asks for.</summary>
internal static class ColumnWidths
{
    /// <summary>
    /// Each column's natural width when all fit; else every column gets its longest word (at most an equal share, so
    /// one long token cannot crush the others) and the width left over is shared in proportion to what each still
    /// wants, as browsers lay out auto tables.
    /// </summary>
    public static float[] Fit(IReadOnlyList<float> natural, IReadOnlyList<float> minimum, float available)
    {
        if (natural.Sum() <= available) return natural.ToArray();
        var floor = minimum.Select(m => Math.Min(m, available / natural.Count)).ToList();
        var extra = available - floor.Sum();
        var wanted = natural.Select((n, i) => n - floor[i]).Sum();
        return natural.Select((n, i) => floor[i] + (n - floor[i]) * extra / wanted).ToArray();
    }
}
