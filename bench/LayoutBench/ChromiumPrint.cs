using System.Diagnostics;
using System.Net;
using System.Text;
using DocReport.Model;

namespace LayoutBench;

/// <summary>Times headless Chromium printing an HTML page with the same content as a brief, when Chromium is installed.</summary>
internal static class ChromiumPrint
{
    public static string? Executable => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    public static TimeSpan Print(ArticleDataset dataset, string folder)
    {
        var html = Path.Combine(folder, "brief.html");
        File.WriteAllText(html, Html(dataset));
        var pdf = Path.Combine(folder, "chromium.pdf");
        var start = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo(Executable!,
            $"--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run --print-to-pdf={pdf} file://{html}")
            { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return start.Elapsed;
    }

    private static string Html(ArticleDataset dataset)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder("<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans';font-size:9.5pt}" +
            "table{border-collapse:collapse;width:100%}th{background:#E8EEF4;text-align:left}td,th{border-bottom:1px solid #ccc;padding:3px}</style></head><body>");
        html.Append($"<h1>{E(dataset.Document.Title)}</h1><h2>Key claims</h2><table><tr><th>ID</th><th>Claim</th><th>Types</th><th>Score</th><th>Para.</th></tr>");
        foreach (var c in dataset.Claims)
            html.Append($"<tr><td>{c.Id}</td><td>{E(c.Text)}</td><td>{string.Join(", ", c.Types)}</td><td>{c.Score:0.00}</td><td>{c.ParagraphId}</td></tr>");
        html.Append("</table><h2>Sources</h2><table>");
        foreach (var s in dataset.Sources)
            html.Append($"<tr><td>{s.Id}</td><td>{E(s.Name)}</td><td>{s.Kind}</td><td>{(s.Url is null ? "" : $"<a href='{E(s.Url)}'>{E(s.Url)}</a>")}</td></tr>");
        html.Append("</table><h2>Paragraph outline</h2>");
        foreach (var p in dataset.Paragraphs) html.Append($"<p><b>{p.Id}</b> {E(p.Text)}</p>");
        return html.Append("</body></html>").ToString();
    }
}
