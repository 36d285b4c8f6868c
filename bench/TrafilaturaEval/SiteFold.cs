using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>
/// Round 32's split of the dev half by site (`--fold a|b`): a dev page is in fold "a" when the third byte of the SHA-256 of
/// its site name is even, else in "b". Pages of one site (one template) so always fall in the same fold, which the URL halves
/// (dev-a / dev-b) do not promise. A rule is chosen on fold a and checked on fold b. The byte was picked for balance alone
/// (233 / 234 dev pages before the held-out ones are left out), before any page was scored.
/// </summary>
internal static partial class SiteFold
{
    /// <summary>"a" or "b" for a dev page's URL (or evaldata.json key).</summary>
    public static string Of(string url) => SHA256.HashData(Encoding.UTF8.GetBytes(Site(url)))[2] % 2 == 0 ? "a" : "b";

    /// <summary>The site of a page: its host's registrable part ("edition.cnn.com" → "cnn.com", "laestrella.com.pa"), the archived
    /// host for a web.archive.org address, and for the set's keys that are no address ("hard::zeit.de.zugverkehr.html") the host
    /// the name opens with.</summary>
    public static string Site(string url)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host.ToLowerInvariant() : null;
        if (host == "web.archive.org" && Archived().Match(url) is { Success: true } archived)
            return Site(archived.Groups[1].Value.Contains("://", StringComparison.Ordinal) ? archived.Groups[1].Value : "http://" + archived.Groups[1].Value);
        if (host is null)
        {
            var name = url[(url.IndexOf("::", StringComparison.Ordinal) is var i and >= 0 ? i + 2 : 0)..].Split('-')[0].ToLowerInvariant();
            var labels = name.Split('.');
            var kept = new List<string>();
            for (var k = 0; k < labels.Length; k++)
            {
                kept.Add(labels[k]);
                if (k == 0 || !TopLevel().IsMatch(labels[k])) continue;
                if (k + 1 < labels.Length && CountryCode().IsMatch(labels[k + 1]) && Generic.Contains(labels[k])) kept.Add(labels[k + 1]);
                break;
            }
            host = string.Join('.', kept);
        }
        var parts = host.Split('.');
        return parts.Length >= 3 && parts[^1].Length == 2 && Generic.Contains(parts[^2]) ? string.Join('.', parts[^3..]) : string.Join('.', parts[Math.Max(0, parts.Length - 2)..]);
    }

    private static readonly HashSet<string> Generic = ["co", "com", "org", "net", "gov", "edu", "ac", "or", "ne", "go"];

    [GeneratedRegex(@"/web/\d+[a-z_]*/(.+)$")]
    private static partial Regex Archived();

    [GeneratedRegex(@"^[a-z]{2,3}$")]
    private static partial Regex TopLevel();

    [GeneratedRegex(@"^[a-z]{2}$")]
    private static partial Regex CountryCode();
}
