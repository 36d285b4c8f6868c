using System.Diagnostics;
using System.Globalization;
using DocReport.Bench;
using DocReport.Bench.TrafilaturaEval;
using DocReport.Pipeline;

// Usage: dotnet run -c Release --project bench/TrafilaturaEval -- [DATA_DIR] [--pages [dev-a|dev-b|fresh]] [--fold a|b] [--metadata] [--dump FOLDER] [--test] [--date-sources [DETAIL_FILE]] [--date-ablate] [--hash-classes] [--bylines]
// DATA_DIR holds evaldata.json, cache/ and eval/ (trafilatura-eval.tar.gz unpacked); --pages lists the dev pages' misses; --metadata each dev page's
// date and authors, tab-separated (the set does not annotate authors: read to see that each is a name); --dump writes each dev page's text into FOLDER;
// The digest lines (SHA-256 of each half's texts, dates and authors) show whether a change left the output identical without showing any test page;
// --date-sources prints, for the dev pages alone, each date source's day against the annotation (a table by source kind) and nothing else;
// with a file after it, it also writes each dev page's row there (file, half, annotated date, the date given, each source's value);
// --date-ablate scores the dev pages' dates with the sources they were dated by left out, level by level (DateAblation.cs), and nothing else (with --hash-classes, on hashed pages);
// --fold a|b lists (with --pages) and dumps (with --dump) only that fold's pages: the dev half split by a hash of the site name (SiteFold.cs);
// --hash-classes reads every page with its class and id tokens replaced by hashes (HashedClasses.cs): the structural rules alone;
// --test also prints the test half's and the whole set's figures, which stay hidden while rules are being tuned on the dev half.
// --bylines scores the authors given on the hand-labelled dev pages of bylines-*.tsv (Bylines.cs) and lists each miss, and nothing else.
// --pages fresh prints only the totals of the fresh set (fresh/freshdata.json: the 43 pages evaldata.json does not annotate, labelled by us), a gate.
// The lead's held-out pages (bench/FieldEval/gold/heldout) are left out of the dev half; the first line says which.
var root = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "/work/data/trafilatura";
var showPages = args.Contains("--pages");
var pagesHalf = args.SkipWhile(a => a != "--pages").Skip(1).FirstOrDefault(a => a.StartsWith("dev-") || a == "fresh");
var showTest = args.Contains("--test");
var fold = args.SkipWhile(a => a != "--fold").Skip(1).FirstOrDefault() is { } f ? "fold-" + f : null;
if (fold is not null && fold is not ("fold-a" or "fold-b")) throw new ArgumentException("--fold is a or b");
var showMetadata = args.Contains("--metadata");
var dumpFolder = args.SkipWhile(a => a != "--dump").Skip(1).FirstOrDefault();
var showDateSources = args.Contains("--date-sources") || args.Contains("--date-ablate");
var hashClasses = args.Contains("--hash-classes");
if (pagesHalf == "fresh")
{
    // A gate: nothing that shows a page of it may run with it.
    if (fold is not null || showMetadata || dumpFolder is not null || showDateSources || showTest)
        throw new ArgumentException("--pages fresh prints the fresh set's totals alone: drop --fold, --metadata, --dump, --date-sources, --date-ablate and --test");
    FreshSet.Print(root);
    return;
}
// The lead's held-out field pages that hash to a dev half are left out of every dev row, listing and dump (test pages
// all stay in the test row, held out or not, as they always were).
var halves = TrafilaturaHalves.Load(root);
var pages = EvalPage.Load(root).Where(p => !(p.IsDev && halves.IsHeldOut(p.Path))).ToList();
Console.WriteLine($"left out of the dev halves: {halves.HeldOutDevFiles.Count()} held-out pages (bench/FieldEval/gold/heldout): {string.Join(", ", halves.HeldOutDevFiles)}");
if (dumpFolder is not null) Directory.CreateDirectory(dumpFolder);
if (args.Contains("--bylines"))
{
    Bylines.Print(root, pages);
    return;
}
if (args.Contains("--date-ablate"))
{
    DateAblation.Print(pages, pagesHalf, fold, hashClasses);
    return;
}
if (showDateSources)
{
    DateSources.Print(pages, args.SkipWhile(a => a != "--date-sources").Skip(1).FirstOrDefault(a => !a.StartsWith("--")));
    return;
}
var extraction = new PageExtraction();
var totals = new Dictionary<string, SnippetCounts> { ["dev"] = SnippetCounts.Zero, ["test"] = SnippetCounts.Zero, ["dev-a"] = SnippetCounts.Zero, ["dev-b"] = SnippetCounts.Zero, ["fold-a"] = SnippetCounts.Zero, ["fold-b"] = SnippetCounts.Zero };
var withTitle = SnippetCounts.Zero;
var dates = new Dictionary<string, (int Right, int Of)> { ["dev"] = (0, 0), ["test"] = (0, 0), ["dev-a"] = (0, 0), ["dev-b"] = (0, 0), ["fold-a"] = (0, 0), ["fold-b"] = (0, 0) };
var carried = new Dictionary<string, (int Right, int Of)>(dates);
var failures = 0;
var outputs = new Dictionary<string, System.Text.StringBuilder> { ["dev"] = new(), ["test"] = new() };
var clock = new Stopwatch();
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
foreach (var page in pages)
{
    var file = SourceFile.Load(page.Path);
    if (hashClasses) file = file with { Bytes = HashedClasses.Of(file.Bytes) };
    clock.Start();
    var (document, article) = extraction.Of(page, file);
    clock.Stop();
    if (article is null) failures++;
    var half = page.IsDev ? "dev" : "test";
    var text = article is null ? null : DatasetText.Of(article, withTitle: false);
    var counts = SnippetCounts.OfPage(text, page.With, page.Without);
    withTitle += SnippetCounts.OfPage(article is null ? null : DatasetText.Of(article, withTitle: true), page.With, page.Without);
    totals[half] += counts;
    if (page.IsDev) { totals[page.Half] += counts; totals[page.Fold] += counts; }
    var published = document?.Metadata.Published;
    outputs[half].Append(text).Append(published).AppendJoin(";", document?.Metadata.Authors ?? []).Append('\u0001');
    var dateRight = page.Date is not null && published is not null && published.StartsWith(page.Date, StringComparison.Ordinal);
    if (page.Date is not null) dates[half] = (dates[half].Right + (dateRight ? 1 : 0), dates[half].Of + 1);
    if (page.Date is not null && page.IsDev)
        foreach (var key in new[] { page.Half, page.Fold }) dates[key] = (dates[key].Right + (dateRight ? 1 : 0), dates[key].Of + 1);
    var dateCarried = page.Date is not null && DateCarried.In(page.Path, page.Url, page.Date);
    if (dateCarried)
        foreach (var key in page.IsDev ? new[] { half, page.Half, page.Fold } : [half]) carried[key] = (carried[key].Right + (dateRight ? 1 : 0), carried[key].Of + 1);
    if (showMetadata && page.IsDev)
        Console.WriteLine($"{Path.GetFileName(page.Path)}\t{document?.Metadata.Published}\t{document?.Metadata.Title}\t{string.Join(" ; ", document?.Metadata.Authors ?? [])}");
    if (dumpFolder is not null && page.IsDev && (fold is null || page.Fold == fold)) File.WriteAllText(Path.Combine(dumpFolder, Path.GetFileName(page.Path) + ".txt"), text ?? "");
    if (showPages && page.IsDev && (pagesHalf is null || page.Half == pagesHalf) && (fold is null || page.Fold == fold)) PrintMisses(page, text, counts, published, dateRight, dateCarried);
}

var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
Console.WriteLine($"pages: {pages.Count} (dev {pages.Count(p => p.IsDev)}, test {pages.Count(p => !p.IsDev)}), no article: {failures}");
Console.WriteLine("half   pages  precision  recall  accuracy  F1      dates right       snippets kept wrongly / missed  dates right where the page carries them");
Row("dev-a", totals["dev-a"], dates["dev-a"], carried["dev-a"]);
Row("dev-b", totals["dev-b"], dates["dev-b"], carried["dev-b"]);
Row("fold-a", totals["fold-a"], dates["fold-a"], carried["fold-a"]);
Row("fold-b", totals["fold-b"], dates["fold-b"], carried["fold-b"]);
Row("dev", totals["dev"], dates["dev"], carried["dev"]);
if (showTest)
{
    Row("test", totals["test"], dates["test"], carried["test"]);
    Row("all", totals["dev"] + totals["test"], (dates["dev"].Right + dates["test"].Right, dates["dev"].Of + dates["test"].Of),
        (carried["dev"].Right + carried["test"].Right, carried["dev"].Of + carried["test"].Of));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all pages with the title as a first line: P {withTitle.Precision:0.000} R {withTitle.Recall:0.000} F1 {withTitle.F1:0.000}"));
}
Console.WriteLine($"output digest: dev {Digest(outputs["dev"])}, test {Digest(outputs["test"])}");
Console.WriteLine($"read + structure: {clock.Elapsed.TotalSeconds:0.00} s wall, {clock.Elapsed.TotalMilliseconds / pages.Count:0.00} ms/page; whole loop with file reads and scoring: {cpu.TotalSeconds:0.00} s CPU");

static string Digest(System.Text.StringBuilder text) =>
    Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..16];

void Row(string half, SnippetCounts c, (int Right, int Of) date, (int Right, int Of) carriedDate)
{
    var n = half switch { "all" => pages.Count, "dev" => pages.Count(p => p.IsDev), _ => pages.Count(p => p.Half == half || p.Fold == half) };
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{half,-6} {n,5}  {c.Precision,9:0.000}  {c.Recall,6:0.000}  {c.Accuracy,8:0.000}  {c.F1,6:0.000}  {Share(date)}  {c.FalsePositives} / {c.FalseNegatives}  {Share(carriedDate)}"));
}

static string Share((int Right, int Of) date) =>
    string.Create(CultureInfo.InvariantCulture, $"{date.Right}/{date.Of} = {(date.Of == 0 ? 0 : 100.0 * date.Right / date.Of):0.0}%");

static void PrintMisses(EvalPage page, string? text, SnippetCounts counts, string? published, bool dateRight, bool dateCarried)
{
    if (counts.FalsePositives == 0 && counts.FalseNegatives == 0 && (page.Date is null || dateRight)) return;
    var normalized = text is null ? "" : SnippetCounts.Normalize(text);
    Console.WriteLine($"{Path.GetFileName(page.Path)} {page.Url}");
    foreach (var w in page.With.Where(w => !normalized.Contains(SnippetCounts.Normalize(w), StringComparison.Ordinal)))
        Console.WriteLine($"  missed: {w}");
    foreach (var w in page.Without.Where(w => normalized.Contains(SnippetCounts.Normalize(w), StringComparison.Ordinal)))
        Console.WriteLine($"  kept:   {w}");
    if (page.Date is not null && !dateRight) Console.WriteLine($"  date:   {published ?? "(none)"} vs {page.Date}{(dateCarried ? "" : " (not in the page)")}");
}
