using System.Net;

namespace DocReport.Pipeline;

/// <summary>
/// Downloads an article the user named by URL: http and https only, redirects followed up to a bound, a time limit
/// on the whole download, the size limit applied while reading, and content types that cannot be an article refused.
/// </summary>
internal static class UrlLoader
{
    private const string Accept =
        "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, application/pdf;q=0.9, " +
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9, */*;q=0.1";

    // Media types whose body is never an article; anything else is handed to format sniffing, which decides by content.
    private static readonly string[] RefusedTypePrefixes = ["image/", "audio/", "video/", "font/", "application/javascript", "text/css"];

    // One client for the process: redirects are followed here, so each hop is checked and counted.
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        DefaultRequestHeaders = { { "User-Agent", "DocReport/" + typeof(UrlLoader).Assembly.GetName().Version?.ToString(3) } },
    };

    public static bool IsSupported(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    public static async Task<StageResult<SourceFile>> LoadAsync(Uri url, PipelineOptions options, CancellationToken cancellationToken)
    {
        if (!IsSupported(url)) return StageResult<SourceFile>.Failure($"only http and https URLs can be downloaded, not '{url}'");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.DownloadTimeout);
        try
        {
            return await FollowAsync(url, options, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return StageResult<SourceFile>.Failure($"download timed out after {options.DownloadTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return StageResult<SourceFile>.Failure("download failed: " + e.Message);
        }
    }

    private static async Task<StageResult<SourceFile>> FollowAsync(Uri url, PipelineOptions options, CancellationToken cancellationToken)
    {
        for (var hops = 0; ; hops++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(Accept);
            using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode))
            {
                if (response.Headers.Location is not { } location) return Failure(response, "a redirect without a Location");
                if (hops == options.MaxRedirects) return StageResult<SourceFile>.Failure($"more than {options.MaxRedirects} redirects");
                url = new Uri(url, location);
                if (!IsSupported(url)) return StageResult<SourceFile>.Failure($"redirected to '{url}', which is not http or https");
                continue;
            }
            if (!response.IsSuccessStatusCode) return Failure(response, "no article");
            return await ReadBodyAsync(url, response, options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<StageResult<SourceFile>> ReadBodyAsync(Uri url, HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        if (mediaType is not null && RefusedTypePrefixes.Any(mediaType.StartsWith))
            return StageResult<SourceFile>.Failure($"the server sent {mediaType}, not an article");
        if (response.Content.Headers.ContentLength > maxBytes)
            return StageResult<SourceFile>.Failure($"the download is {BoundedRead.Describe(response.Content.Headers.ContentLength.Value)}, over the limit of {BoundedRead.Describe(maxBytes)}");
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var bytes = await BoundedRead.ReadAsync(body, maxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null) return StageResult<SourceFile>.Failure($"the download is over the limit of {BoundedRead.Describe(maxBytes)}");
        if (bytes.Length == 0) return StageResult<SourceFile>.Failure("the server sent an empty body");
        return StageResult<SourceFile>.Success(new SourceFile(url.AbsoluteUri, bytes) { Url = url.AbsoluteUri, MediaType = mediaType });
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static StageResult<SourceFile> Failure(HttpResponseMessage response, string what) =>
        StageResult<SourceFile>.Failure($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {what}");
}
