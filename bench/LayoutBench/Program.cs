using System.Diagnostics;
using DocReport.Output.Brief;
using LayoutBench;
using UglyToad.PdfPig;

// Times brief.pdf rendering: a 40-paragraph article, then 100 documents of 5 to 40 paragraphs in one process.
// Usage: dotnet run -c Release --project bench/LayoutBench [-- SEED_TEXT_FILE [OUTPUT_FOLDER]]
var seedPath = args.Length > 0 ? args[0] : "../shared/seed/000_ced87ea54c95ff2a.txt";
var output = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "layoutbench");
Directory.CreateDirectory(output);
var lines = File.ReadAllText(seedPath).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Where(p => p.Length > 80).Select(p => p.Replace('\n', ' ')).ToList();
var title = "Why Russians Demand Return of Soldiers from Ukraine";
var template = BriefTemplateLoader.Load("default").Value!;
var writer = new BriefWriter(template);

int Pages(string folder)
{
    using var pdf = PdfDocument.Open(Path.Combine(folder, "brief.pdf"));
    return pdf.NumberOfPages;
}

using var self = Process.GetCurrentProcess();

double CpuMs()
{
    self.Refresh();
    return self.TotalProcessorTime.TotalMilliseconds;
}

// Wall time and this process's CPU time: the CPU figure is the steadier one on a shared machine.
(double Ms, double CpuMs, int Pages) Time(DocReport.Model.ArticleDataset dataset, string folder)
{
    Directory.CreateDirectory(folder);
    var cpu = CpuMs();
    var watch = Stopwatch.StartNew();
    writer.Write(dataset, folder);
    return (watch.Elapsed.TotalMilliseconds, CpuMs() - cpu, Pages(folder));
}

var seedBrief = Path.Combine(output, "seed");
var first = Time(SyntheticArticle.Create(title, lines, lines.Count, seedPath), seedBrief);
Console.WriteLine($"first brief (cold: fonts, JIT): {first.Ms:0} ms wall, {first.CpuMs:0} ms CPU, {first.Pages} pages -> {seedBrief}/brief.pdf");

var long40 = SyntheticArticle.Create(title, lines, 40, "long.txt");
var runs = Enumerable.Range(0, 10).Select(_ => Time(long40, Path.Combine(output, "long"))).ToList();
var median = runs.Select(r => r.Ms).Order().ElementAt(runs.Count / 2);
var medianCpu = runs.Select(r => r.CpuMs).Order().ElementAt(runs.Count / 2);
Console.WriteLine($"40 paragraphs, {long40.Claims.Count} claims, {runs[0].Pages} pages: median {median:0} ms wall / {medianCpu:0} ms CPU per document, " +
    $"{median / runs[0].Pages:0} ms wall / {medianCpu / runs[0].Pages:0} ms CPU per page (10 runs)");

var batch = Enumerable.Range(0, 100)
    .Select(i => Time(SyntheticArticle.Create($"{title} ({i + 1})", lines, 5 + i % 36, $"doc{i}.txt"), Path.Combine(output, "batch", i.ToString())))
    .ToList();
var (wall, cpuTotal, pages) = (batch.Sum(b => b.Ms), batch.Sum(b => b.CpuMs), batch.Sum(b => b.Pages));
Console.WriteLine($"100 documents (5 to 40 paragraphs), {pages} pages: {wall / 1000:0.0} s wall / {cpuTotal / 1000:0.0} s CPU; " +
    $"{wall / 100:0} ms wall / {cpuTotal / 100:0} ms CPU per document, {wall / pages:0} ms wall / {cpuTotal / pages:0} ms CPU per page");
Console.WriteLine($"peak working set {self.PeakWorkingSet64 / 1048576.0:0} MiB, managed allocations {GC.GetTotalAllocatedBytes() / 1048576.0:0} MiB");

if (ChromiumPrint.Executable is null) Console.WriteLine("chromium: not installed, comparison skipped");
else
{
    var times = Enumerable.Range(0, 3).Select(_ => ChromiumPrint.Print(long40, output).TotalMilliseconds).Order().ToList();
    Console.WriteLine($"chromium --headless --print-to-pdf, same 40-paragraph content: median {times[1]:0} ms per document (3 runs, process start included)");
}
