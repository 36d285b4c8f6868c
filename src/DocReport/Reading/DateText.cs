using System.Globalization;
using System.Text.RegularExpressions;

namespace DocReport.Reading;

/// <summary>Recognises the common ways articles write a date and gives it as ISO 8601.</summary>
internal static partial class DateText
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The ISO form (yyyy-MM-dd, or the timestamp itself when it is a full ISO timestamp) of a string that is only a date, or null.</summary>
    public static string? ToIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = DatePrefix().Replace(value.Trim(), "");
        if (IsoTimestamp().Match(s) is { Success: true } iso)
            return iso.Groups["time"].Success && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
                ? s : Compose(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        if (MonthFirst().Match(s) is { Success: true } mf) return Compose(mf.Groups["y"].Value, MonthNumber(mf.Groups["mon"].Value), mf.Groups["d"].Value);
        if (DayFirst().Match(s) is { Success: true } df) return Compose(df.Groups["y"].Value, MonthNumber(df.Groups["mon"].Value), df.Groups["d"].Value);
        if (Numeric().Match(s) is { Success: true } n) return Compose(n.Groups["y"].Value, n.Groups["m"].Value, n.Groups["d"].Value);
        if (DottedDayFirst().Match(s) is { Success: true } dd) return Compose(dd.Groups["y"].Value, dd.Groups["m"].Value, dd.Groups["d"].Value);
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) && s.Length >= 10 && HasYear().IsMatch(s)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private static string MonthNumber(string name) =>
        (Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1).ToString(CultureInfo.InvariantCulture);

    private static string? Compose(string year, string month, string day)
    {
        if (!int.TryParse(year, out var y) || !int.TryParse(month, out var m) || !int.TryParse(day, out var d)) return null;
        if (y < 1000 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private const string MonthName = @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Weekday = @"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?\s+)?";
    private const string TimeTail = @"(?:\s*(?:,|at|-|–|—|\||·)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*(?:UTC|GMT)[+-]?\d*)?)?\s*$";

    [GeneratedRegex(@"^(?:(?:first\s+)?published|posted|updated|last\s+updated|date|dated|originally\s+published)(?:\s+on)?\s*[:\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?<time>[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoTimestamp();

    [GeneratedRegex("^" + Weekday + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" + TimeTail, RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex("^" + Weekday + @"(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @",?\s+(?<y>\d{4})" + TimeTail, RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<y>\d{4})[/.](?<m>\d{1,2})[/.](?<d>\d{1,2})" + TimeTail)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})" + TimeTail)]
    private static partial Regex DottedDayFirst();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex HasYear();
}
