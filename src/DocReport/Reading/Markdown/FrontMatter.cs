using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Reading.Markdown;

/// <summary>Reads the title, authors and date of a YAML front matter block (flat keys, inline or dashed lists).</summary>
internal static partial class FrontMatter
{
    public static DocumentMetadata Read(string yaml)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        foreach (var line in yaml.Split('\n'))
        {
            if (Entry().Match(line) is { Success: true } entry)
            {
                current = values[entry.Groups["key"].Value] = [];
                var value = entry.Groups["value"].Value.Trim();
                if (value.StartsWith('[') && value.EndsWith(']')) current.AddRange(value[1..^1].Split(',').Select(Unquote));
                else if (value.Length > 0) current.Add(Unquote(value));
            }
            else if (current is not null && ListItem().Match(line) is { Success: true } item)
                current.Add(Unquote(item.Groups["value"].Value));
        }
        string? First(params string[] keys) => keys.SelectMany(k => values.GetValueOrDefault(k) ?? []).FirstOrDefault(v => v.Length > 0);
        var authors = new[] { "authors", "author", "creator", "by" }.SelectMany(k => values.GetValueOrDefault(k) ?? [])
            .SelectMany(a => a.Contains(',') || a.Contains(" and ") ? Reading.BylineText.SplitNames(a) : Reading.BylineText.NameOnly(a) is { } name ? [name] : []).Distinct().ToList();
        return new DocumentMetadata
        {
            Title = First("title", "headline"),
            Authors = authors,
            Published = Reading.DateText.ToIso(First("date", "published", "pubDate", "publishDate", "datePublished")),
            Url = First("url", "canonical", "link", "source"),
            Language = First("lang", "language"),
            SiteName = First("site", "site_name", "publication"),
        };
    }

    // A YAML scalar's value: in double quotes with its escapes read ("The \"quiet\" harbour"), in single quotes with its
    // doubled quote read ('The harbour''s fares'), else as written. A quote inside the value is the title's own
    // ("Fares: 'a fair deal'" keeps its closing quote).
    private static string Unquote(string value)
    {
        value = value.Trim();
        if (value.Length < 2 || value[0] != value[^1] || value[0] is not ('"' or '\'')) return value;
        var inner = value[1..^1];
        return (value[0] == '\'' ? inner.Replace("''", "'") : Escape().Replace(inner, Unescaped)).Trim();
    }

    // A title is one line: a line break or tab escaped inside it is a space. "\uD83D\uDE00" gives its two halves in turn.
    private static string Unescaped(Match escape) => escape.Groups["hex"].Success
        ? ((char)Convert.ToInt32(escape.Groups["hex"].Value, 16)).ToString()
        : escape.Groups["char"].Value switch { "n" or "t" or "r" => " ", "0" => "", var other => other };

    [GeneratedRegex(@"\\(?:[uU](?<hex>[0-9A-Fa-f]{4})|(?<char>.))")]
    private static partial Regex Escape();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*)\s*:\s*(?<value>.*)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^\s+-\s+(?<value>.+)$|^-\s+(?<value>.+)$")]
    private static partial Regex ListItem();
}
