using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>The values of a page's &lt;meta&gt; tags that describe the article, keyed the way Readability keys them ("og:title", "author", "dc:creator").</summary>
internal sealed partial class MetaTags
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrEmpty(content)) continue;
            var property = meta.GetAttribute("property");
            var name = meta.GetAttribute("name");
            if (property is not null && PropertyPattern().Match(property) is { Success: true } match)
                values[Whitespace().Replace(match.Value.ToLowerInvariant(), "")] = content.Trim();
            else if (name is not null && NamePattern().IsMatch(name))
                values[Whitespace().Replace(name.ToLowerInvariant(), "").Replace('.', ':')] = content.Trim();
        }
    }

    /// <summary>The first of <paramref name="keys"/> that the page has a non-empty value for.</summary>
    public string? First(params string[] keys) =>
        keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    [GeneratedRegex(@"\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|title|site_name)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PropertyPattern();

    [GeneratedRegex(@"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-\.:]\s*)?(author|creator|description|title|site_name)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();
}
