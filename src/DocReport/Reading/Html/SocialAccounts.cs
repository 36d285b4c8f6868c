namespace DocReport.Reading.Html;

/// <summary>
/// Addresses of an account on a social network or messenger ("https://t.me/guatemalacom", "https://www.facebook.com/nationnews")
/// or of an app in an app store. The hosts are the major networks, messengers and the two app stores, as sites link to them
/// in their calls to follow.
/// </summary>
internal static class SocialAccounts
{
    private static readonly HashSet<string> Networks = new(StringComparer.OrdinalIgnoreCase)
    {
        "t.me", "telegram.me", "wa.me", "whatsapp.com", "facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com",
        "tiktok.com", "youtube.com", "pinterest.com", "threads.net", "bsky.app",
    };

    private static readonly HashSet<string> AppStores = new(StringComparer.OrdinalIgnoreCase) { "apps.apple.com", "itunes.apple.com", "play.google.com" };

    /// <summary>Whether <paramref name="uri"/> is an app store's page or a network's account: one path segment and no query,
    /// not a post or a video ("youtube.com/watch?v=...").</summary>
    public static bool IsAccountOrApp(Uri uri)
    {
        if (uri.Scheme is not ("http" or "https")) return false;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        if (AppStores.Contains(host)) return true;
        return Networks.Contains(host) && uri.Query.Length == 0 && uri.AbsolutePath.Trim('/') is { Length: > 0 } path && !path.Contains('/');
    }
}
