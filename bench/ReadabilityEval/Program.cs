using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocReport.Bench.ReadabilityEval;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Reading;
using DocReport.Reading.Html;

// Usage: dotnet run -c Release --project bench/ReadabilityEval -- [PAGES_DIR] [--pages] [--dropped] [--added] [--text PAGE] [--dump FOLDER] [--metadata] [--date-sources FILE] [--no-js]
// The digest line (SHA-256 of every page's blocks and metadata) shows whether a change to the reader left its output identical.
// --dropped lists, per page, the blocks of expected.html whose words DocReport's text lacks, --added DocReport's blocks whose words
// expected.html lacks; --text prints one page's blocks, --dump FOLDER writes every page's blocks into FOLDER/PAGE.txt.
var root = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "../shared/data/readability-pages";
var showPages = args.Contains("--pages");
var showDropped = args.Contains("--dropped");
var showAdded = args.Contains("--added");
var showText = args.SkipWhile(a => a != "--text").Skip(1).FirstOrDefault();
var dumpFolder = args.SkipWhile(a => a != "--dump").Skip(1).FirstOrDefault();
// --metadata lists each page's title, authors and published date, leaving out the rgate pages (bench/FieldEval/gold/rgate, a gate never read) and
// nytimes-5 (a section front, no article).
var showMetadata = args.Contains("--metadata");
// --date-sources FILE writes, for the same pages, the expected date, the date given and each date source's value (TrafilaturaEval's detail
// file in the same columns), for tabling where the sources disagree.
var dateSourcesFile = args.SkipWhile(a => a != "--date-sources").Skip(1).FirstOrDefault();
var dateSourceRows = new List<string>();
var gatePages = GatePages();
if (dumpFolder is not null) Directory.CreateDirectory(dumpFolder);
var pages = Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "source.html"))).Order(StringComparer.Ordinal).ToList();
var reader = new FormatDetectingReader();
var sources = pages.Select(d => new SourceFile(Path.Combine(d, "source.html"), File.ReadAllBytes(Path.Combine(d, "source.html")))).ToList();

foreach (var source in sources) reader.Read(source);
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
var clock = Stopwatch.StartNew();
var results = sources.Select(reader.Read).ToList();
clock.Stop();
var cpuMsPerPage = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / pages.Count;
var allocatedMbPerPage = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6 / pages.Count;
var collections = string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]));

var parser = new HtmlParser();
double f1Sum = 0, f1WithoutCaptionsSum = 0;
int titles = 0, bylinePages = 0, bylineStrict = 0, bylineLenient = 0, datePages = 0, dates = 0, failures = 0;
for (var i = 0; i < pages.Count; i++)
{
    var name = Path.GetFileName(pages[i]);
    var expectedDocument = parser.ParseDocument(File.ReadAllText(Path.Combine(pages[i], "expected.html")));
    var expectedText = expectedDocument.Body?.TextContent ?? "";
    var document = results[i].Value;
    var body = document is null ? "" : string.Join("\n", document.Blocks.Select(b => b.Text));
    var blocks = string.Join("\n", document?.Blocks.Select(b => $"[{b.Kind}] {b.Text}") ?? []);
    if (showText == name) Console.WriteLine(blocks);
    if (dumpFolder is not null) File.WriteAllText(Path.Combine(dumpFolder, name + ".txt"), blocks);
    if (showDropped) foreach (var dropped in BlockDiff.Dropped(expectedDocument, body)) Console.WriteLine($"  {name} dropped {dropped}");
    if (showAdded) foreach (var added in BlockDiff.Added(document?.Blocks.Select(b => (b.Kind.ToString(), b.Text)) ?? [], expectedText)) Console.WriteLine($"  {name} added {added}");
    // Readability keeps picture captions and credits, which DocReport leaves out of the article on purpose (issue 11).
    foreach (var caption in expectedDocument.QuerySelectorAll("figcaption").ToList()) caption.Remove();
    var expectedWithoutCaptions = expectedDocument.Body?.TextContent ?? "";
    using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(pages[i], "expected-metadata.json")));
    if (document is null) failures++;
    var metadata = document?.Metadata ?? new DocumentMetadata();
    var (precision, recall, f1) = ShingleF1.Scores(body, expectedText);
    f1Sum += f1;
    var f1WithoutCaptions = ShingleF1.Score(body, expectedWithoutCaptions);
    f1WithoutCaptionsSum += f1WithoutCaptions;
    var titleOk = MetadataMatch.Title(metadata.Title, Text(meta, "title"));
    if (titleOk) titles++;
    var byline = "";
    if (Text(meta, "byline") is { Length: > 0 } expectedByline)
    {
        bylinePages++;
        var (strict, lenient) = MetadataMatch.Byline(metadata.Authors, expectedByline);
        if (strict) bylineStrict++;
        if (lenient) bylineLenient++;
        byline = lenient ? "" : $" byline[{string.Join(", ", metadata.Authors)} vs {expectedByline}]";
    }
    var date = "";
    if (Text(meta, "publishedTime") is { Length: > 0 } expectedDate)
    {
        datePages++;
        if (MetadataMatch.Date(metadata.Published, expectedDate)) dates++;
        else date = $" date[{metadata.Published} vs {expectedDate}]";
    }
    if (showMetadata && !gatePages.Contains(name))
        Console.WriteLine($"{name}\t{metadata.Title}\t{string.Join(" ; ", metadata.Authors)}\t{metadata.Published}");
    if (dateSourcesFile is not null && !gatePages.Contains(name))
        dateSourceRows.Add($"{name}\treadability\t{Text(meta, "publishedTime")}\t{metadata.Published}\t"
            + string.Join("\t", HtmlReader.DateSources(TextDecoder.Decode(sources[i].Bytes) ?? "").Select(s => $"{s.Kind}={s.Date}")));
    if (showPages)
        Console.WriteLine($"{f1,6:0.000} P {precision:0.000} R {recall:0.000} nocap {f1WithoutCaptions:0.000} {name}{(titleOk ? "" : $" title[{metadata.Title} vs {Text(meta, "title")}]")}{byline}{date}{(document is null ? " FAILED " + results[i].Error : "")}");
}

if (dateSourcesFile is not null) File.WriteAllLines(dateSourcesFile, dateSourceRows);
var perPageMs = clock.Elapsed.TotalMilliseconds / pages.Count;
var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\u0001", results.Select(r => r.Value is null ? "" :
    string.Join("\n", r.Value.Blocks.Select(b => $"{b.Kind}{b.Level} {b.Text} {string.Join(",", b.Links)}")) + JsonSerializer.Serialize(r.Value.Metadata)))));
Console.WriteLine($"pages: {pages.Count} (reader failures: {failures})");
Console.WriteLine($"body F1 (4-word shingles, mean per page): {f1Sum / pages.Count:0.0000}");
Console.WriteLine($"body F1 against expected.html without its figcaptions: {f1WithoutCaptionsSum / pages.Count:0.0000}");
Console.WriteLine($"title exact (whitespace-normalised): {titles}/{pages.Count} = {Percent(titles, pages.Count)}");
Console.WriteLine($"byline: {bylineStrict}/{bylinePages} strict = {Percent(bylineStrict, bylinePages)}, {bylineLenient}/{bylinePages} lenient = {Percent(bylineLenient, bylinePages)}");
Console.WriteLine($"date (same calendar day): {dates}/{datePages} = {Percent(dates, datePages)}");
Console.WriteLine($"output digest: {Convert.ToHexString(digest)[..16]}");
Console.WriteLine($"DocReport: {clock.Elapsed.TotalSeconds:0.000} s, {pages.Count / clock.Elapsed.TotalSeconds:0.0} pages/s, {perPageMs:0.00} ms/page wall, {cpuMsPerPage:0.00} ms/page CPU (all threads, the garbage collector's too), {allocatedMbPerPage:0.0} MB/page allocated, {collections} collections of generations 0/1/2");
if (!args.Contains("--no-js")) TimeReadabilityJs(root, perPageMs, cpuMsPerPage);

static HashSet<string> GatePages()
{
    var folder = new[] { "bench/FieldEval/gold/rgate", "../FieldEval/gold/rgate" }.FirstOrDefault(Directory.Exists)
        ?? throw new DirectoryNotFoundException("run from the repository root or bench/ReadabilityEval: the rgate pages must be left out");
    return [.. Directory.GetFiles(folder, "*.tsv").Select(Path.GetFileNameWithoutExtension).OfType<string>(), "nytimes-5"];
}

static string? Text(JsonDocument meta, string property) =>
    meta.RootElement.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

static string Percent(int n, int of) => of == 0 ? "n/a" : (100.0 * n / of).ToString("0.0", CultureInfo.InvariantCulture) + "%";

static void TimeReadabilityJs(string root, double docReportMsPerPage, double docReportCpuMsPerPage)
{
    // The timer lives in the project's js/ folder beside its node_modules, a few levels above the build output.
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "js", "time-readability.mjs"))) folder = folder.Parent;
    var script = Path.Combine(folder?.FullName ?? ".", "js", "time-readability.mjs");
    if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules")))
    {
        Console.WriteLine($"Readability.js: not timed (run `npm install` in bench/ReadabilityEval/js first)");
        return;
    }
    var start = new ProcessStartInfo("node", [script, Path.GetFullPath(root)]) { RedirectStandardOutput = true };
    using var node = Process.Start(start)!;
    var output = node.StandardOutput.ReadToEnd();
    node.WaitForExit();
    using var json = JsonDocument.Parse(output);
    var seconds = json.RootElement.GetProperty("seconds").GetDouble();
    var count = json.RootElement.GetProperty("pages").GetInt32();
    var msPerPage = seconds * 1000 / count;
    var cpuMsPerPage = json.RootElement.GetProperty("cpuSeconds").GetDouble() * 1000 / count;
    Console.WriteLine($"Readability.js 0.6 + jsdom 27: {seconds:0.000} s, {count / seconds:0.0} pages/s, {msPerPage:0.00} ms/page wall, {cpuMsPerPage:0.00} ms/page CPU");
    Console.WriteLine($"DocReport is {msPerPage / docReportMsPerPage:0.0}x faster per page in wall time, {cpuMsPerPage / docReportCpuMsPerPage:0.0}x in CPU time");
}
