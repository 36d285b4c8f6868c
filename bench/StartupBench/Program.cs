// Where a one-document process spends its start-up: each step's wall, CPU and JIT ms (methods compiled at run time),
// the first (cold) time and again (warm).
// Usage: dotnet publish -c Release -r linux-x64 --self-contained -o DIR bench/StartupBench; DIR/StartupBench ARTICLE [FORMATS]
using System.Diagnostics;
using DocReport.Analysis;
using DocReport.Output.Brief;
using DocReport.Pipeline;
using DocReport.Validation;

var process = Process.GetCurrentProcess();
Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine($"{"runtime to Main",-28} {(DateTime.Now - process.StartTime).TotalMilliseconds,8:F1} ms wall {process.TotalProcessorTime.TotalMilliseconds,8:F1} ms cpu");
var lastCpu = process.TotalProcessorTime.TotalMilliseconds;
var lastJit = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
var lastMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
void Step(string name, Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    process.Refresh();
    var cpu = process.TotalProcessorTime.TotalMilliseconds;
    var jit = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
    var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
    Console.WriteLine($"{name,-28} {watch.Elapsed.TotalMilliseconds,8:F1} ms wall {cpu - lastCpu,8:F1} ms cpu {jit - lastJit,7:F1} ms jit ({methods - lastMethods} methods)");
    (lastCpu, lastJit, lastMethods) = (cpu, jit, methods);
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
