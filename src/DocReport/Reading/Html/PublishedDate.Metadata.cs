using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>A published date's machine-readable sources: meta tags by name, the JSON-LD date anywhere in a script, a number that is a date.</summary>
internal static partial class PublishedDate
{
    private static string? JsonLdAnywhere(IDocument document) => JsonLdValue(document, JsonLdDate());

    private static string? JsonLdValue(IDocument document, Regex property) =>
        document.All(JsonLdArticle.Scripts)
            .Select(s => property.Match(s.Text())).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.GetElementsByTagName("meta"))
            if ((meta.GetAttribute("content") ?? meta.GetAttribute("datetime")) is { Length: > 0 } content)
                foreach (var key in new[] { meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop"), meta.GetAttribute("http-equiv") })
                    if (key is not null) values.TryAdd(key.Trim(), content);
        return values;
    }

    private static string? FirstDate(Dictionary<string, string> meta, string[] keys, NumericDateOrder order = NumericDateOrder.Unknown) =>
        keys.Select(meta.GetValueOrDefault).Select(v => DateText.Find(v, order) ?? NumberDate(v)).FirstOrDefault(d => d is not null);

    // A meta value that is only a number: a Unix time in seconds or milliseconds ("1614848400", given in UTC), or a day
    // written without separators, perhaps with its clock time ("20210304", "20210304101500").
    private static string? NumberDate(string? value)
    {
        if (value is null || !OnlyDigits().IsMatch(value = value.Trim())) return null;
        if (value.Length is 8 or 12 or 14) return FromUrl($"/{value[..8]}/");
        if (value.Length is not (10 or 13) || !long.TryParse(value, out var number)) return null;
        var instant = DateTimeOffset.FromUnixTimeSeconds(value.Length == 13 ? number / 1000 : number);
        return instant.Year is >= 1995 and <= 2100 ? instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null;
    }

    // The value may be given as a one-item array ("datePublished": ["2021-03-04"]).
    [GeneratedRegex(@"""datePublished""\s*:\s*\[?\s*""([^""]+)""")]
    private static partial Regex JsonLdDate();

    // A video page's (VideoObject's) upload date: late, since an article may embed another day's video.
    [GeneratedRegex(@"""uploadDate""\s*:\s*\[?\s*""([^""]+)""")]
    private static partial Regex JsonLdUploadDate();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex OnlyDigits();
}
