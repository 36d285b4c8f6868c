using System.Diagnostics;
using DocReport.Pipeline;

namespace PipelineBench;

/// <summary>
/// What progress reporting costs a conversion: the same files converted in passes that alternate between no progress
/// (the analysis takes its path without reports), a progress that only counts the reports, and one that does what the
/// CLI does with each (a lock and a dictionary entry per input). CPU time of the whole process per pass (the analysis uses
/// two threads), the reports per document, and the difference per report.
/// </summary>
internal static class ProgressCost
{
    public static void Run(int passes, IReadOnlyList<string> paths)
    {
        using var pipeline = new PipelineBuilder().Build();
        var files = paths.Select(SourceFile.Load).ToList();
        var counted = new Counting();
        var held = new Holding();
        (string Name, IProgress<ConversionProgress>? Progress)[] kinds = [("none", null), ("count", counted), ("lock+dict", held)];
        foreach (var (_, progress) in kinds) Pass(pipeline, files, progress); // warm-up: JIT, tiering, caches
        var cpu = kinds.ToDictionary(k => k.Name, _ => new List<double>());
        counted.Reports = 0;
        for (var pass = 0; pass < passes; pass++)
            foreach (var (name, progress) in pass % 2 == 0 ? kinds : kinds.Reverse())
                cpu[name].Add(Pass(pipeline, files, progress));
        var reportsPerDoc = counted.Reports / (double)(passes * files.Count);
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}  files: {files.Count}  passes: {passes}  reports per document: {reportsPerDoc:0.0}");
        var none = Median(cpu["none"]);
        foreach (var (name, _) in kinds)
        {
            var median = Median(cpu[name]);
            var perReport = name == "none" ? "" : $"  {(median - none) * 1e6 / (reportsPerDoc * files.Count):+0.0;-0.0} µs per report";
            Console.WriteLine($"  {name,-10} CPU s per pass: median {median:0.000}, min {cpu[name].Min():0.000}, max {cpu[name].Max():0.000}; "
                + $"{(median - none) / none * 100:+0.00;-0.00}% of none{perReport}");
        }
    }

    private static double Pass(DocReportPipeline pipeline, List<SourceFile> files, IProgress<ConversionProgress>? progress)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        foreach (var file in files) pipeline.Convert(file, progress);
        process.Refresh();
        return (process.TotalProcessorTime - start).TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed class Counting : IProgress<ConversionProgress>
    {
        public long Reports;
        public void Report(ConversionProgress value) => Interlocked.Increment(ref Reports);
    }

    // As the CLI's SlowDocuments: each report kept under a lock, by input, with the time it came.
    private sealed class Holding : IProgress<ConversionProgress>
    {
        private readonly Dictionary<string, (ConversionProgress, TimeSpan)> last = [];
        private readonly Stopwatch clock = Stopwatch.StartNew();
        public void Report(ConversionProgress value)
        {
            lock (last) last[value.Input] = (value, clock.Elapsed);
        }
    }
}
