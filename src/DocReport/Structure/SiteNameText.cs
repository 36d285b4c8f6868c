using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// The site's name as the brief, the workbook and the dataset show it. A page's <c>og:site_name</c> or JSON-LD publisher
/// name is often more than the name: a content system's unfilled template variable (<c>{$plugin.site_name}</c>,
/// <c>{{ site.name }}</c>, <c>%sitename%</c>), the site's address (<c>https://example.org</c>), the page's own title before
/// the name ("Headline | Site"), or the name followed by its slogan ("Site | News, Weather, Sports", "Site – the forum for
/// anglers"). The name is what stays: none for a template variable, the host for an address, the part the title does not
/// hold, the part before a separator when what follows it is a slogan of three words or more, the part after an ornament
/// ("☆☆☆ - Site"), none for an ornament alone.
/// </summary>
internal static partial class SiteNameText
{
    private static readonly string[] Separators = [" | ", " │ ", " - ", " – ", " — ", " :: ", " · ", " » "];
    private static readonly char[] SeparatorMarks = ['|', '│', '-', '–', '—', ':', '·', '»', ' '];

    public static string? Clean(string? siteName, string? title)
    {
        if (string.IsNullOrWhiteSpace(siteName)) return null;
        var name = siteName.Trim();
        if (TemplateVariable().IsMatch(name) || !name.Any(char.IsLetterOrDigit)) return null;
        if (Uri.TryCreate(name, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0)
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        if (!string.IsNullOrWhiteSpace(title) && title.Trim() is { Length: > 0 } t && name.Length > t.Length
            && name.StartsWith(t, StringComparison.OrdinalIgnoreCase) && name[t.Length..].TrimStart() is { Length: > 0 } afterTitle
            && SeparatorMarks.Contains(afterTitle[0]) && afterTitle.TrimStart(SeparatorMarks).Trim() is { Length: > 0 } rest)
            return Clean(rest, null);
        var first = Separators.Select(s => (Separator: s, At: name.IndexOf(s, StringComparison.Ordinal))).Where(p => p.At > 0).OrderBy(p => p.At).FirstOrDefault();
        // "☆☆☆☆☆ - Site - slogan": a head of no letter or digit (a rating, an ornament) names nothing; the name follows it
        if (first.Separator is not null && !name[..first.At].Any(char.IsLetterOrDigit))
            return Clean(name[(first.At + first.Separator.Length)..], null);
        if (first.Separator is not null && Words(name[(first.At + first.Separator.Length)..]) >= 3 && name[..first.At].Trim() is { Length: > 0 } head)
            return head;
        return name;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    // "{$plugin.tx_news.opengraph.site_name}", "{{ site.title }}", "${siteName}", "%%sitename%%", "[site_name]"
    [GeneratedRegex(@"^(?:\{\{.*\}\}|\{[$%#].*\}|\$\{.*\}|%%?[A-Za-z_.]+%%?|\[[A-Za-z_.]+\])$")]
    private static partial Regex TemplateVariable();
}
