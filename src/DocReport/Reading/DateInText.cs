using System.Globalization;
using System.Text.RegularExpressions;
using DocReport.Resources;

namespace DocReport.Reading;

/// <summary>
/// Finds the first date written anywhere in a short text ("Veröffentlicht am 14. Juni 2019, 15:49",
/// "Publikacja: 04.05.2021", "posted March 8, 2025"), in the languages of Reading/Data/month_names.txt.
/// A full ISO timestamp is kept with its time and zone; any other date is given as yyyy-MM-dd.
/// </summary>
internal static partial class DateInText
{
    private static readonly Lazy<Dictionary<string, int>> Months = new(() => WordList.Load("Reading/Data/month_names.txt")
        .SelectMany((line, i) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(name => (name, month: i + 1)))
        .DistinctBy(m => m.name)
        .ToDictionary(m => m.name, m => m.month, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="word"/> is a month name or its abbreviation ("March", "Dez.").</summary>
    public static bool IsMonthName(string word) => Months.Value.ContainsKey(word.Trim().TrimEnd('.'));

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (IsoTimestamp().Match(text) is { Success: true } iso
            && Compose(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value) is { } day)
            return iso.Groups["zone"].Success ? iso.Value : day;
        foreach (Match m in Numeric().Matches(text))
        {
            var (first, second) = (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture));
            var year = m.Groups["y"].Value;
            // Dots write day.month; a slash is read as month/day only when the day cannot be first.
            var date = m.Groups["sep"].Value == "." || second <= 12 && first > 12 ? Compose(year, second, first)
                : first <= 12 && second > 12 ? Compose(year, first, second) : null;
            if (date is not null) return date;
        }
        foreach (Match m in DayMonthYear().Matches(text))
            if (Months.Value.TryGetValue(m.Groups["mon"].Value.TrimEnd('.'), out var month)) return Compose(m.Groups["y"].Value, month, m.Groups["d"].Value);
        foreach (Match m in MonthDayYear().Matches(text))
            if (Months.Value.TryGetValue(m.Groups["mon"].Value.TrimEnd('.'), out var month)) return Compose(m.Groups["y"].Value, month, m.Groups["d"].Value);
        return null;
    }

    private static string? Compose(string year, int month, string day) =>
        Compose(year, month.ToString(CultureInfo.InvariantCulture), day);

    private static string? Compose(string year, int month, int day) =>
        Compose(year, month.ToString(CultureInfo.InvariantCulture), day.ToString(CultureInfo.InvariantCulture));

    private static string? Compose(string year, string month, string day)
    {
        if (!int.TryParse(year, out var y) || !int.TryParse(month, out var m) || !int.TryParse(day, out var d)) return null;
        if (year.Length == 2) y += 2000;
        if (y < Validation.PublishedDateRule.FirstYear || y > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?")]
    private static partial Regex IsoTimestamp();

    [GeneratedRegex(@"(?<!\d[./])\b(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})\b(?![./]\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?<mon>\p{L}{3,10}\.?)(?:,|\s+de)?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>\p{L}{3,10}\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();
}
