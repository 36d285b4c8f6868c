using System.Globalization;

namespace DocReport.Output;

/// <summary>A document's publication date as dataset.json holds it (ISO 8601), read back as a calendar date or a timestamp.</summary>
internal static class PublishedDate
{
    /// <summary>
    /// The date of "2025-03-08", or the wall-clock time of "2025-03-08T09:00:00+01:00" in its own offset (09:00, as the page
    /// gives it); <paramref name="hasTime"/> tells which. False for anything else, a bare year and month included.
    /// </summary>
    public static bool TryParse(string published, out DateTime value, out bool hasTime)
    {
        var text = published.Trim();
        hasTime = false;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            value = day.ToDateTime(TimeOnly.MinValue);
            return true;
        }
        if (text.Length >= 10 && char.IsDigit(text[0])
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            (value, hasTime) = (stamp.DateTime, true);
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>
    /// The UTC offset a timestamp names, as "+01:00" ("UTC" for Z), to show beside its wall-clock time; null for a date, a
    /// timestamp that names none, or text <see cref="TryParse"/> does not read.
    /// </summary>
    public static string? Offset(string published)
    {
        var text = published.Trim();
        if (!TryParse(text, out _, out var hasTime) || !hasTime) return null;
        if (text.EndsWith('Z') || text.EndsWith('z')) return "UTC";
        var sign = text.LastIndexOfAny(['+', '-']);
        // The sign of an offset comes after the time ("T09:00+01:00"); a '-' before it is the date's.
        if (sign < text.IndexOf(':')) return null;
        var offset = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).Offset;
        return (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }
}
