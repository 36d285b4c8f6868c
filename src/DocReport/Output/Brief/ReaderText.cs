using System.Globalization;
using DocReport.Model;

namespace DocReport.Output.Brief;

/// <summary>Values as a reader of the brief expects them: scores, dates, format names and links written for people.</summary>
internal static class ReaderText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// A score with two decimals, as the workbook's score cells show it: the four decimals every output keeps, rounded as
    /// Excel rounds, except that only a score of exactly 1 reads "1.00" (0.995 to 0.9999 read "0.99").
    /// </summary>
    public static string Score(double score)
    {
        var shown = Math.Round((decimal)DatasetText.Score(score), 2, MidpointRounding.AwayFromZero);
        return (shown == 1m && score < 1 ? 0.99m : shown).ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>"8 March 2025" for an ISO date or timestamp, on the day of the timestamp's own offset; "March 2025" for a year and month; anything else as given.</summary>
    public static string Date(string published)
    {
        var text = published.Trim();
        if (PublishedDate.TryParse(text, out var date, out _)) return date.ToString("d MMMM yyyy", English);
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return month.ToString("MMMM yyyy", English);
        return text;
    }

    /// <summary>A claim's types, "Other" left out since it says no type fits.</summary>
    public static string ClaimTypes(Claim claim) => string.Join(", ", claim.Types.Where(t => t != ClaimType.Other));

    /// <summary>A short value with no-break spaces, so a line never ends inside it; a long one as it is.</summary>
    public static string Unbroken(string value, int maxLength = 30) => value.Length <= maxLength ? value.Replace(' ', '\u00A0') : value;

    /// <summary>The input format as people name it.</summary>
    public static string FormatName(InputFormat format) => format switch
    {
        InputFormat.Text => "Plain text",
        InputFormat.Html => "HTML",
        InputFormat.Markdown => "Markdown",
        InputFormat.Docx => "Word (DOCX)",
        InputFormat.Pdf => "PDF",
        _ => format.ToString(),
    };

    /// <summary>A web address shortened for display: no scheme or "www.", escapes decoded, cut to <paramref name="maxLength"/> characters with an ellipsis.</summary>
    public static string ShortUrl(string url, int maxLength = 60)
    {
        var text = url;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            text = (host + Uri.UnescapeDataString(uri.AbsolutePath + uri.Query)).TrimEnd('/');
        }
        if (text.Length <= maxLength) return text;
        var cut = char.IsHighSurrogate(text[maxLength - 2]) ? maxLength - 2 : maxLength - 1;
        return text[..cut].TrimEnd() + "…";
    }
}
