namespace DocReport.Layout.Infrastructure;

/// <summary>
/// Which URLs a document may make clickable: http, https and mailto. A file:, data:, javascript: or UNC
/// target in a PDF opens local files or runs code when a reader clicks text that came from an untrusted page.
/// </summary>
internal static class LinkTargets
{
    private static readonly string[] Schemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    /// <summary>True when <paramref name="url"/> is an absolute http, https or mailto URL.</summary>
    public static bool IsClickable(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && Schemes.Contains(uri.Scheme) && !uri.IsUnc;
}
