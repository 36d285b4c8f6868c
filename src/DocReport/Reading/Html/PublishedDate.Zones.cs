using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>A published date's time zone: a UTC instant given in the zone the page's other timestamps use, and the day the
/// page shows its readers when a UTC instant falls near midnight.</summary>
internal static partial class PublishedDate
{
    private static readonly ISelector TimeElements = Selectors.Parse("time");
    private static readonly ISelector Timestamps = Selectors.Parse("meta[content], time[datetime], script");

    // An instant in UTC ("2018-12-31T23:11:59+00:00", "Wed, 04 May 2022 00:25:56 GMT") falls on the next or the previous
    // day in the page's own zone when it is near midnight. When the page shows its readers a day (the dated path of its
    // address, or a time element's text) that the instant reaches in some zone of the world, that day is the publication's.
    // Date lines are not asked: a page's header often shows the day it was fetched.
    private static string? ShownDayOfUtcInstant(IDocument document, string? jsonLdDate, string? date, Dictionary<string, string> meta, Lazy<string?> jsonLdAnywhere, NumericDateOrder order)
    {
        if (date is null || date.Length < 10) return null;
        var day = date[..10];
        var metaDates = meta.Where(m => MetaKeys.Contains(m.Key, StringComparer.OrdinalIgnoreCase)).Select(m => m.Value);
        var instant = new[] { jsonLdDate, jsonLdAnywhere.Value, date }.Concat(metaDates)
            .Select(UtcInstant).FirstOrDefault(i => i?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == day);
        if (instant is null || ShownDay(document, order) is not { } shown || shown == day) return null;
        var earliest = instant.Value.UtcDateTime.AddHours(-12).Date;
        var latest = instant.Value.UtcDateTime.AddHours(14).Date;
        var shownDate = DateTime.ParseExact(shown, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return shownDate >= earliest && shownDate <= latest ? shown : null;
    }

    private static DateTimeOffset? UtcInstant(string? value) =>
        value is not null && UtcTime().IsMatch(value)
        && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && instant.Offset == TimeSpan.Zero
            ? instant : null;

    private static string? ShownDay(IDocument document, NumericDateOrder order) =>
        FromUrl(HtmlMetadata.CanonicalUrl(document))
        ?? document.All(TimeElements).Where(t => !InComments(t)).Select(t => DateText.Find(t.TextContent, order)).FirstOrDefault(d => d is not null)?[..10];

    // A CMS that stores times in UTC makes an evening article next day's. When the page's other timestamps (in meta
    // tags, time elements or scripts) are in one local zone, written with it or as the same instant in local clock
    // time, the instant is given in that zone, so its calendar day is the one the page's readers saw.
    private static string? InPageZone(IDocument document, string? date)
    {
        if (date is null || !Timestamp().IsMatch(date)
            || !DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) || instant.Offset != TimeSpan.Zero) return date;
        var zones = PageTimestamps(document).Select(t => ZoneOf(t, instant)).OfType<TimeSpan>().Where(o => o != TimeSpan.Zero).Distinct().ToList();
        return zones.Count == 1 ? instant.ToOffset(zones[0]).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : date;
    }

    // The zone a timestamp is written in; for a clock time without one, the zone in which it is the same instant as
    // the UTC one (a whole number of quarter hours away, within the world's zones), or null.
    private static TimeSpan? ZoneOf(string timestamp, DateTimeOffset utc)
    {
        if (Zoned().IsMatch(timestamp))
            return DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var zoned) ? zoned.Offset : null;
        if (!DateTime.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        var offset = local - utc.UtcDateTime;
        return offset.Ticks % TimeSpan.FromMinutes(15).Ticks == 0 && offset >= TimeSpan.FromHours(-12) && offset <= TimeSpan.FromHours(14) ? offset : null;
    }

    private static IEnumerable<string> PageTimestamps(IDocument document) =>
        document.All(Timestamps)
            .Select(e => e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.Text())
            .SelectMany(v => Timestamp().Matches(v).Select(m => m.Value));

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"(?:Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex Zoned();

    // A time of day written in UTC: "Z", "+00:00", "GMT" or "UTC" after it.
    [GeneratedRegex(@"\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UtcTime();
}
