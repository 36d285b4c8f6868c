using System.Globalization;
using System.Text.RegularExpressions;

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

/// <summary>The numeric date order of a language tag ("en-US", "de", "fr_FR"), or of the page's own dates.</summary>
internal static partial class NumericDateOrders
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

    /// <summary>The order the page's own numeric dates show: when every date on the page whose day cannot be the month is
    /// written one way ("28/03/2021" day first, "03/28/2021" month first), that way; otherwise the language's order.</summary>
    public static NumericDateOrder Of(string? languageTag, IEnumerable<string> pageTexts)
    {
        bool dayFirst = false, monthFirst = false;
        foreach (var text in pageTexts)
            foreach (Match m in SlashOrHyphenDate().Matches(text))
            {
                var (first, second) = (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture));
                if (first is > 12 and <= 31 && second is >= 1 and <= 12) dayFirst = true;
                else if (second is > 12 and <= 31 && first is >= 1 and <= 12) monthFirst = true;
                if (dayFirst && monthFirst) return Of(languageTag);
            }
        return dayFirst ? NumericDateOrder.DayFirst : monthFirst ? NumericDateOrder.MonthFirst : Of(languageTag);
    }

    // A numeric date with slashes ("28/03/2021", "03/28/21") or hyphens and a four-digit year ("28-03-2021"); dots always write the day first.
    [GeneratedRegex(@"(?<![\d./-])\b(?<a>\d{1,2})(?:/(?<b>\d{1,2})/(?:\d{4}|\d{2})|-(?<b>\d{1,2})-\d{4})\b(?![./-]?\d)")]
    private static partial Regex SlashOrHyphenDate();
}
