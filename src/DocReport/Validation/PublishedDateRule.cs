using System.Globalization;

namespace DocReport.Validation;

/// <summary>What a publication date must be: absent, or an ISO 8601 date (or timestamp) of a real day from 1900 on.</summary>
internal static class PublishedDateRule
{
    /// <summary>The earliest year taken as a publication date; earlier ones are defaults such as 0001-01-01.</summary>
    public const int FirstYear = 1900;

    public static bool IsValid(string? published)
    {
        if (published is null) return true;
        if (published.Length < 10 || !DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return false;
        return day.Year >= FirstYear
            && (published.Length == 10 || DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
    }
}
