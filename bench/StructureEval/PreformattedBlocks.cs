using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Bench.StructureEval;

/// <summary>
/// The HTML reader's <c>&lt;pre&gt;</c> blocks on pages written by others: the Readability.js test pages (the rgate pages
/// left out, by the names of bench/FieldEval/gold/rgate, and nytimes-5) and trafilatura's dev half (the lead's held-out
/// pages left out). For each outermost <c>&lt;pre&gt;</c> with a line of 12 characters or more (but a page laid out in one,
/// of headings, tables or lists): a code paragraph holding it verbatim, prose paragraphs holding each such line, or
/// neither (not in the extracted text); and the sentences holding one of its lines, and of them claims.
/// </summary>
internal static partial class PreformattedBlocks
{
    private const int MinimumLine = 12;

    public static int Run(string readabilityRoot, string trafilaturaRoot)
    {
        var rgate = typeof(PreformattedBlocks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ReadabilityGate").Value!;
        var gate = Directory.GetFiles(rgate, "*.tsv")
            .Select(Path.GetFileNameWithoutExtension).Append("nytimes-5").ToHashSet();
        var halves = TrafilaturaHalves.Load(trafilaturaRoot);
        var pages = Directory.GetDirectories(readabilityRoot).Order().Where(d => !gate.Contains(Path.GetFileName(d)))
            .Select(d => (Name: Path.GetFileName(d), File: Path.Combine(d, "source.html")))
            .Concat(new[] { "eval", "cache" }.SelectMany(f => Directory.GetFiles(Path.Combine(trafilaturaRoot, f), "*.html")).Order()
                .Where(f => halves.Admits(f, null) && halves.OfFile(f) is not null).Select(f => (Name: Path.GetFileName(f), File: f)))
            .Where(p => File.Exists(p.File)).ToList();
        using var pipeline = new PipelineBuilder().Build();
        var parser = new HtmlParser();
        var showMissed = Environment.GetEnvironmentVariable("SHOW_MISSED") is not null;
        int blocks = 0, asCode = 0, asProse = 0, sentences = 0, claims = 0;
        foreach (var (name, file) in pages)
        {
            var bytes = File.ReadAllBytes(file);
            var html = File.ReadAllText(file);
            var pres = parser.ParseDocument(html).QuerySelectorAll("pre")
                .Where(p => p.ParentElement?.Closest("pre") is null && p.QuerySelector("table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote") is null)
                .Select(Lines).Where(lines => lines.Any(l => Squeeze(l).Length >= MinimumLine)).ToList();
            if (pres.Count == 0) continue;
            if (pipeline.Convert(new SourceFile(name.EndsWith(".html") ? name : name + ".html", bytes)).Dataset is not { } dataset) continue;
            var code = dataset.Paragraphs.Where(p => p.Kind == BlockKind.Code).Select(p => p.Text).ToHashSet();
            var prose = dataset.Paragraphs.Where(p => p.Kind != BlockKind.Code).ToList();
            var claimed = dataset.Claims.Select(c => c.SentenceId).ToHashSet();
            int pageBlocks = 0, pageCode = 0, pageProse = 0, pageSentences = 0, pageClaims = 0;
            foreach (var lines in pres)
            {
                var longLines = lines.Select(Squeeze).Where(l => l.Length >= MinimumLine).ToList();
                var verbatim = string.Join('\n', lines).Trim('\n');
                var inProse = prose.Where(p => longLines.Any(l => Squeeze(p.Text).Contains(l, StringComparison.Ordinal))).ToList();
                if (code.Contains(verbatim)) pageCode++;
                else if (longLines.All(l => inProse.Any(p => Squeeze(p.Text).Contains(l, StringComparison.Ordinal)))) pageProse++;
                else
                {
                    if (showMissed) Console.WriteLine($"  not kept in {name}: {verbatim[..Math.Min(verbatim.Length, 300)]}\n  nearest code: {code.FirstOrDefault(c => c.Contains(lines.First(l => l.Trim().Length > 0).Trim(), StringComparison.Ordinal))}");
                    continue;
                }
                pageBlocks++;
                var hit = inProse.SelectMany(p => p.Sentences).Where(s => longLines.Any(l => Squeeze(s.Text).Contains(l, StringComparison.Ordinal))).ToList();
                pageSentences += hit.Count;
                pageClaims += hit.Count(s => claimed.Contains(s.Id));
            }
            if (pageBlocks > 0) Console.WriteLine($"  {name}: {pageBlocks} <pre> kept, {pageCode} as code, {pageProse} as prose; {pageSentences} sentences, {pageClaims} claims");
            (blocks, asCode, asProse, sentences, claims) = (blocks + pageBlocks, asCode + pageCode, asProse + pageProse, sentences + pageSentences, claims + pageClaims);
        }
        Console.WriteLine($"HTML: {pages.Count} pages; <pre> blocks kept: {blocks}, as code verbatim: {asCode}, as prose: {asProse}; sentences holding a <pre> line: {sentences}, of them claims: {claims}");
        return 0;
    }

    // A <pre>'s lines as a browser shows them: <br> breaks a line; trailing spaces dropped.
    private static List<string> Lines(IElement pre)
    {
        var text = new StringBuilder();
        foreach (var node in pre.Descendants())
            if (node is IText t) text.Append(t.Data);
            else if (node is IElement { LocalName: "br" }) text.Append('\n');
        return text.ToString().Replace("\r", "").Split('\n').Select(l => l.TrimEnd()).ToList();
    }

    private static string Squeeze(string text) => Space().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
