// Where a one-document process spends its start-up: each step's wall and CPU ms, the first (cold) time and again (warm).
// Usage: dotnet publish -c Release -r linux-x64 -o DIR bench/StartupBench; DIR/StartupBench ARTICLE [FORMATS]
using System.Diagnostics;
using DocReport.Analysis;
using DocReport.Output.Brief;
using DocReport.Pipeline;
using DocReport.Validation;

var process = Process.GetCurrentProcess();
Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine($"{"runtime to Main",-28} {(DateTime.Now - process.StartTime).TotalMilliseconds,8:F1} ms wall {process.TotalProcessorTime.TotalMilliseconds,8:F1} ms cpu");
var lastCpu = process.TotalProcessorTime.TotalMilliseconds;
void Step(string name, Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    process.Refresh();
    var cpu = process.TotalProcessorTime.TotalMilliseconds;
    Console.WriteLine($"{name,-28} {watch.Elapsed.TotalMilliseconds,8:F1} ms wall {cpu - lastCpu,8:F1} ms cpu");
    lastCpu = cpu;
}

var formats = (args.Length > 1 ? args[1] : "pdf,xlsx,json,csv").Split(',');
Step("brief template", () => BriefTemplateLoader.Load(null));
Step("dataset validator", () => new DatasetValidator());
Step("analyzer (tagger weights)", () => new ArticleAnalyzer(new PipelineOptions()));
DocReportPipeline pipeline = null!;
Step("rest of the pipeline", () => pipeline = new PipelineBuilder().Build());
var output = Directory.CreateTempSubdirectory("startupbench").FullName;
foreach (var round in new[] { "cold", "warm" })
{
    ConversionResult result = null!;
    Step($"convert, {round}", () => result = pipeline.Convert(args[0]));
    foreach (var format in formats) Step($"write {format}, {round}", () => pipeline.Write(result.Dataset!, output, [format]));
}
Directory.Delete(output, true);
