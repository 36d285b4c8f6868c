namespace DocReport.Reading;

/// <summary>How a page writes a numeric date whose first two numbers could each be the day: "03/08/2021" is 8 March in the
/// United States and 3 August almost everywhere else.</summary>
internal enum NumericDateOrder
{
    /// <summary>Not known: such a date is not read.</summary>
    Unknown,

    /// <summary>Day, month, year.</summary>
    DayFirst,

    /// <summary>Month, day, year (US English).</summary>
    MonthFirst,
}

/// <summary>The numeric date order of a language tag ("en-US", "de", "fr_FR").</summary>
internal static class NumericDateOrders
{
    // Languages that write the year first (Chinese, Japanese, Korean, Hungarian, Lithuanian) and English without a region say nothing.
    private static readonly HashSet<string> YearFirstOrUnknown = new(StringComparer.OrdinalIgnoreCase) { "zh", "ja", "ko", "hu", "lt", "en" };

    public static NumericDateOrder Of(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag)) return NumericDateOrder.Unknown;
        var parts = languageTag.Trim().Split('-', '_');
        if (parts[0].Equals("en", StringComparison.OrdinalIgnoreCase) && parts.Length > 1)
            return parts[1].Equals("US", StringComparison.OrdinalIgnoreCase) ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;
        return YearFirstOrUnknown.Contains(parts[0]) ? NumericDateOrder.Unknown : NumericDateOrder.DayFirst;
    }
}
