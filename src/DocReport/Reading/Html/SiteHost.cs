using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>
/// The host of the site a page belongs to, so that a link to another of its pages is told from a link to another site: the
/// host of the page's canonical address (written with or without its scheme), else, for a page saved without an absolute
/// one, the host that most of the page's absolute links go to, as a site's menus, footers and lists of its stories link to
/// its own pages.
/// </summary>
internal static class SiteHost
{
    // Fewer absolute links, or a host among many, say nothing about which site is the page's own.
    private const int MinLinks = 5;
    private const double MinShare = 0.5;

    /// <summary>The site's host, read from the whole page before its article is taken out of it; null when it cannot tell.</summary>
    public static string? Of(IDocument document)
    {
        if (Absolute(HtmlMetadata.CanonicalUrl(document)) is { } canonical) return canonical.Host;
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var total = 0;
        foreach (var link in document.GetElementsByTagName("a"))
        {
            if (Absolute(link.GetAttribute("href")) is not { } uri) continue;
            counts[uri.Host] = counts.GetValueOrDefault(uri.Host) + 1;
            total++;
        }
        if (counts.Count == 0) return null;
        var (host, count) = counts.MaxBy(c => c.Value);
        return count >= MinLinks && count >= total * MinShare ? host : null;
    }

    /// <summary>The labels of the host of <paramref name="url"/> that name the site ("kirche-und-leben" of
    /// "www.kirche-und-leben.de"): every label but the last, "www" left out; none for an address that is not absolute.</summary>
    public static IEnumerable<string> NameLabels(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Split('.')[..^1].Where(l => l != "www") : [];

    private static Uri? Absolute(string? href)
    {
        href = href?.Trim();
        if (string.IsNullOrEmpty(href)) return null;
        if (href.StartsWith("//", StringComparison.Ordinal)) href = "http:" + href;
        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
    }
}
