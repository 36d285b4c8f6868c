using System.Diagnostics;
using System.Net;
using System.Text;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Pipeline;

/// <summary>Articles downloaded from a server on 127.0.0.1 started by each test.</summary>
public class UrlInputTests
{
    internal const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Town opens its first public library in fifty years</title></head>
        <body><article>
        <h1>Town opens its first public library in fifty years</h1>
        <p>The town council opened a new public library on Saturday, the first in fifty years. The mayor said 2,400 residents had registered for cards in the first week.</p>
        <p>The building cost $3.1 million, according to the council's annual report, and was paid for partly by a national grant.</p>
        </article></body></html>
        """;

    private static readonly DocReportPipeline Pipeline = new PipelineBuilder().Build();

    private static DocReportPipeline With(PipelineOptions options) => new PipelineBuilder().UseOptions(options).Build();

    [Fact]
    public async Task An_html_page_is_downloaded_and_converted_with_its_address()
    {
        using var server = new LocalHttpServer(c => LocalHttpServer.Send(c.Response, "text/html", Page));
        var url = server.Url("news/library.html");

        var result = await Pipeline.ConvertAsync(url);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(InputFormat.Html, result.Dataset!.Document.Format);
        Assert.Equal("Town opens its first public library in fifty years", result.Dataset.Document.Title);
        Assert.Equal(url.AbsoluteUri, result.Dataset.Document.Url);
        Assert.Equal(url.AbsoluteUri, result.Dataset.Document.SourcePath);
        Assert.Equal(2, result.Dataset.Paragraphs.Count);
    }

    [Fact]
    public async Task Redirects_are_followed_and_the_final_address_is_kept()
    {
        using var server = new LocalHttpServer(c => c.Request.Url!.AbsolutePath switch
        {
            "/old" => Task.Run(() => LocalHttpServer.Redirect(c.Response, "/moved", HttpStatusCode.MovedPermanently)),
            "/moved" => Task.Run(() => LocalHttpServer.Redirect(c.Response, Absolute(c, "/news/library.html"))),
            _ => LocalHttpServer.Send(c.Response, "text/html", Page),
        });

        var result = await Pipeline.ConvertAsync(server.Url("old"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(server.Url("news/library.html").AbsoluteUri, result.Dataset!.Document.Url);
        Assert.Equal(["/old", "/moved", "/news/library.html"], server.Requests);
    }

    // An absolute Location, as most servers send.
    private static string Absolute(HttpListenerContext c, string path) => new Uri(c.Request.Url!, path).AbsoluteUri;

    [Fact]
    public async Task A_redirect_loop_stops_at_the_limit()
    {
        using var server = new LocalHttpServer(c => Task.Run(() => LocalHttpServer.Redirect(c.Response, "/loop")));

        var result = await With(new PipelineOptions { MaxRedirects = 3 }).ConvertAsync(server.Url("loop"));

        Assert.Equal("more than 3 redirects", result.Error);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_refused()
    {
        using var server = new LocalHttpServer(c => Task.Run(() => LocalHttpServer.Redirect(c.Response, "file:///etc/passwd")));

        var result = await Pipeline.ConvertAsync(server.Url("article"));

        Assert.Equal("redirected to 'file:///etc/passwd', which is not http or https", result.Error);
    }

    [Fact]
    public async Task Only_http_and_https_addresses_are_downloaded()
    {
        var result = await Pipeline.ConvertAsync(new Uri("file:///etc/passwd"));

        Assert.False(result.Succeeded);
        Assert.StartsWith("only http and https URLs", result.Error);
    }

    [Fact]
    public async Task An_http_error_names_its_status()
    {
        using var server = new LocalHttpServer(c => LocalHttpServer.Send(c.Response, "text/html", "<p>gone</p>", HttpStatusCode.NotFound));

        var result = await Pipeline.ConvertAsync(server.Url("missing"));

        Assert.Equal("HTTP 404 Not Found: no article", result.Error);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        using var server = new LocalHttpServer(c => LocalHttpServer.Send(c.Response, "text/html", Page));

        var result = await With(new PipelineOptions { MaxInputBytes = 100 }).ConvertAsync(server.Url("big"));

        Assert.StartsWith($"the download is {Encoding.UTF8.GetByteCount(Page):N0} bytes, over the limit of 100 bytes", result.Error);
    }

    [Fact]
    public async Task A_chunked_body_is_cut_off_at_the_limit()
    {
        var sent = 0;
        using var server = new LocalHttpServer(async c =>
        {
            c.Response.ContentType = "text/html";
            c.Response.SendChunked = true;
            var chunk = Encoding.UTF8.GetBytes(new string('x', 64 * 1024));
            // Would be 64 MiB if the client read on; it stops after 1 MiB.
            for (var i = 0; i < 1024; i++, sent++) await c.Response.OutputStream.WriteAsync(chunk);
            c.Response.Close();
        });

        var result = await With(new PipelineOptions { MaxInputBytes = 1024 * 1024 }).ConvertAsync(server.Url("endless"));

        Assert.Equal("the download is over the limit of 1 MiB", result.Error);
        Assert.True(sent < 1024);
    }

    [Fact]
    public async Task A_slow_server_times_out()
    {
        using var server = new LocalHttpServer(async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
            await LocalHttpServer.Send(c.Response, "text/html", Page);
        });
        var clock = Stopwatch.StartNew();

        var result = await With(new PipelineOptions { DownloadTimeout = TimeSpan.FromMilliseconds(300) }).ConvertAsync(server.Url("slow"));

        Assert.Equal("download timed out after 0.3 s", result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task Cancelling_a_download_throws_instead_of_reporting_a_timeout()
    {
        using var server = new LocalHttpServer(async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
            await LocalHttpServer.Send(c.Response, "text/html", Page);
        });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Pipeline.ConvertAsync(server.Url("slow"), null, cancel.Token));
    }

    [Fact]
    public async Task A_picture_is_not_an_article()
    {
        using var server = new LocalHttpServer(c => LocalHttpServer.Send(c.Response, "image/png", "not really a png"));

        var result = await Pipeline.ConvertAsync(server.Url("photo"));

        Assert.Equal("the server sent image/png, not an article", result.Error);
    }

    [Fact]
    public async Task A_declared_markdown_type_reads_as_markdown_when_the_content_alone_leaves_it_open()
    {
        const string notes = "# Town opens its first public library in fifty years\n\nThe town council opened a new public library on Saturday. The mayor said 2,400 residents had registered for cards.\n";
        using var server = new LocalHttpServer(c => LocalHttpServer.Send(c.Response, "text/markdown", notes));
        using var plain = new LocalHttpServer(c => LocalHttpServer.Send(c.Response, "text/plain", notes));

        var markdown = await Pipeline.ConvertAsync(server.Url("notes"));
        var text = await Pipeline.ConvertAsync(plain.Url("notes"));

        Assert.Equal(InputFormat.Markdown, markdown.Dataset!.Document.Format);
        Assert.Equal(InputFormat.Text, text.Dataset!.Document.Format);
    }
}
