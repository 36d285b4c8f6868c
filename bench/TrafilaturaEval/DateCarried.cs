using System.Net;
using System.Text.RegularExpressions;
using DocReport.Reading;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// Whether a page carries its annotated date: the day is written somewhere in its source (text, meta tags, scripts, its
/// address) in a form <see cref="DateText"/> reads. The issue's target counts the pages that carry one; a malformed
/// annotation ("2022-29-11") is carried by no page. The measure grows with what DateText reads, so it is reported beside
/// the share of all annotated pages, never alone.
/// </summary>
internal static partial class DateCarried
{
    public static bool In(string path, string url, string date)
    {
        if (!WellFormed().IsMatch(date)) return false;
        var html = File.ReadAllText(path);
        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        return DateText.Days(html).Contains(date) || DateText.Days(text).Contains(date) || UrlDay(url) == date;
    }

    private static string? UrlDay(string url) =>
        UrlDate().Match(url) is { Success: true } m ? $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}" : null;

    [GeneratedRegex(@"^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$")]
    private static partial Regex WellFormed();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"/(\d{4})[/-](\d{2})[/-](\d{2})(?:/|$|\D)")]
    private static partial Regex UrlDate();
}
