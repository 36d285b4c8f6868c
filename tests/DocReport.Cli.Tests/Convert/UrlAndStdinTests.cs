using System.Net;
using System.Text;
using System.Text.Json;
using DocReport.Tests.Pipeline;

namespace DocReport.Cli.Tests.Convert;

/// <summary>The command with http(s) addresses and "-" among its inputs.</summary>
public class UrlAndStdinTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Town opens its first public library in fifty years</title></head>
        <body><article><h1>Town opens its first public library in fifty years</h1>
        <p>The town council opened a new public library on Saturday, the first in fifty years. The mayor said 2,400 residents had registered for cards in the first week.</p>
        </article></body></html>
        """;

    private static JsonElement Document(string datasetPath) =>
        JsonDocument.Parse(File.ReadAllText(datasetPath)).RootElement.GetProperty("document");

    [Fact]
    public void A_url_is_downloaded_into_a_folder_named_after_its_last_segment()
    {
        using var server = new LocalHttpServer(c => LocalHttpServer.Send(c.Response, "text/html", Page));
        using var cli = new CliRunner();
        var output = Path.Combine(cli.Folder, "out");
        var url = server.Url("news/library-reopens.html").AbsoluteUri;

        Assert.Equal(0, cli.Run("convert", url, "-o", output, "--format", "json"));

        var document = Document(Path.Combine(output, "library-reopens", "dataset.json"));
        Assert.Equal(url, document.GetProperty("url").GetString());
        Assert.Equal("html", document.GetProperty("format").GetString());
    }

    [Fact]
    public void A_failed_download_is_named_with_its_reason_and_exit_code_1()
    {
        using var server = new LocalHttpServer(c => LocalHttpServer.Send(c.Response, "text/html", "gone", HttpStatusCode.NotFound));
        using var cli = new CliRunner();
        var url = server.Url("missing").AbsoluteUri;

        Assert.Equal(1, cli.Run("convert", url, "-o", Path.Combine(cli.Folder, "out")));

        Assert.Contains($"error: {url}: HTTP 404 Not Found", cli.Stderr);
    }

    [Fact]
    public void A_dash_reads_the_article_from_standard_input()
    {
        using var cli = new CliRunner { Stdin = Encoding.UTF8.GetBytes(Page) };
        var output = Path.Combine(cli.Folder, "out");

        Assert.Equal(0, cli.Run("convert", "-", "-o", output, "--format", "json"));

        var document = Document(Path.Combine(output, "stdin", "dataset.json"));
        Assert.Equal("stdin", document.GetProperty("sourcePath").GetString());
        Assert.Equal("Town opens its first public library in fifty years", document.GetProperty("title").GetString());
    }

    [Fact]
    public void Standard_input_can_be_named_only_once()
    {
        using var cli = new CliRunner { Stdin = Encoding.UTF8.GetBytes(Page) };

        Assert.Equal(2, cli.Run("convert", "-", "-", "-o", Path.Combine(cli.Folder, "out")));
        Assert.Contains("standard input (-) can be read only once", cli.Stderr);
    }
}
