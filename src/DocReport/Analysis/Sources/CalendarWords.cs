using System.Globalization;

namespace DocReport.Analysis.Sources;

/// <summary>Capitalised words that say when, never who: the weekdays and the months, as English writes them.</summary>
internal static class CalendarWords
{
    public static readonly IReadOnlyList<string> Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly HashSet<string> Months = new(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0), StringComparer.Ordinal);
}
