using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>A published date in a script's own data (a page's state as JSON or a JavaScript object), by the key it stands under.</summary>
internal static partial class PublishedDate
{
    // The keys a page's scripts give its publication under, compared without case, "_" or "-" ("publish_date", "publishDate",
    // "publish-date"), in the order they are trusted: the date the story shows its readers (Arc's "display_date", which editors
    // may set apart from the first publication), then the first publication (a later one may be a print edition's or a
    // republication), then the bare names. A last change's key ("modified", "updated"), a build or request time and a
    // record's creation ("created_at", often a draft's) are not among them.
    private static readonly string[][] ScriptDataKeys =
    [
        ["displaydate"],
        ["firstpublished", "firstpublishedat", "firstpublishdate", "firstpublicationdate", "datefirstpublished"],
        ["datepublished", "published", "publishedat", "publishedon", "publisheddate", "publishdate", "publicationdate", "publishedtime", "publishtime",
            "publicationtime", "pubdate", "publishdatetime", "publisheddatetime", "articlepublishdate", "articlepubdate", "postdate"],
        ["datecreated"],
    ];

    private static readonly Dictionary<string, int> ScriptDataRank = ScriptDataKeys
        .SelectMany((keys, rank) => keys.Select(key => (key, rank))).ToDictionary(k => k.key, k => k.rank);

    // A key that gives several dates is a list's (related stories, a feed of posts, each with its own): no key of those is the
    // page's. The first trusted key that gives one date, however often, gives the page's.
    private static string? ScriptData(IDocument document)
    {
        var dates = new Dictionary<string, string?>();
        foreach (var script in document.GetElementsByTagName("script"))
        {
            if (script.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true) continue;
            foreach (Match m in ScriptDataValue().Matches(script.Text()))
            {
                var key = m.Groups["key"].Value.ToLowerInvariant().Replace("_", "").Replace("-", "");
                if (!ScriptDataRank.ContainsKey(key)) continue;
                if (DateText.Find(m.Groups["value"].Value) is not { } date) continue;
                // a key seen with another date before stays without one
                dates[key] = dates.TryGetValue(key, out var earlier) && earlier != date ? null : date;
            }
        }
        return dates.OrderBy(d => ScriptDataRank[d.Key]).Select(d => d.Value).FirstOrDefault(d => d is not null);
    }

    // A key, bare or quoted (in JSON escaped inside a string, \"published\"), then ":" or "=", then a quoted value of a date's
    // length. A Unix time is not read: it is an instant whose day depends on the zone the page is written for, which a script
    // seldom says (1582671600 is midnight in Berlin and 23:00 the day before in UTC).
    [GeneratedRegex("""(?<![\w$\-])\\?["']?(?<key>[A-Za-z_$][\w\-]{2,40})\\?["']?\s*[:=]\s*\\?["'](?<value>[^"'\\\r\n]{6,40})\\?["']""")]
    private static partial Regex ScriptDataValue();
}
