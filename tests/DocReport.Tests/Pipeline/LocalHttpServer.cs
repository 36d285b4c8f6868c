using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DocReport.Tests.Pipeline;

/// <summary>An HTTP server on 127.0.0.1 for one test: each request goes to the handler, which answers it.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerContext, Task> handler;

    public LocalHttpServer(Func<HttpListenerContext, Task> handler)
    {
        this.handler = handler;
        BaseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>The paths requested so far, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri Url(string path) => new(BaseUrl, path);

    /// <summary>Answers with <paramref name="body"/> as UTF-8 of the given media type.</summary>
    public static async Task Send(HttpListenerResponse response, string mediaType, string body, HttpStatusCode status = HttpStatusCode.OK)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = (int)status;
        response.ContentType = mediaType + "; charset=utf-8";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    public static void Redirect(HttpListenerResponse response, string location, HttpStatusCode status = HttpStatusCode.Found)
    {
        response.StatusCode = (int)status;
        response.RedirectLocation = location;
        response.Close();
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            Requests.Enqueue(context.Request.Url!.AbsolutePath);
            _ = Task.Run(async () =>
            {
                // The client may have gone (a timeout, a refused body): that is what some tests are about.
                try { await handler(context); }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException) { }
            });
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }
}
