using System.Diagnostics;
using DocReport.Pipeline;

namespace PipelineBench;

/// <summary>
/// One cold conversion of each file, the way the CLI runs it, timed stage by stage: wall and CPU time, bytes allocated
/// (all threads) and the process's peak working set so far. The pipeline's own progress reports mark the stages; the
/// writers are timed apart after it.
/// </summary>
internal static class StageProfile
{
    public static void Run(IEnumerable<string> files, string formats)
    {
        using var pipeline = new PipelineBuilder().Build();
        var chosen = formats.Split(',');
        var folder = Directory.CreateTempSubdirectory("stageprofile").FullName;
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"  {"stage",-12}{"wall s",9}{"cpu s",9}{"alloc MB",10}{"peak MB",9}{"heap MB",9}{"gen2 GCs",9}");
        foreach (var path in files)
        {
            Console.WriteLine(Path.GetFileName(path));
            var mark = new Mark();
            var file = SourceFile.Load(path);
            mark.Print("load");
            ConversionStage? last = null;
            AnalysisStep? step = null;
            var sourcesDone = false;
            // the analysis reports again as it moves through the paragraphs: a stage ends when another begins; within the
            // analysis, the claims and attributions end when the sources begin, and the sources when their last paragraph is
            // through (what follows, the links, closes with "analyse")
            var progress = new SynchronousProgress(p =>
            {
                if (p.Stage != last && Finished.TryGetValue(p.Stage, out var stage)) mark.Print(stage);
                if (p.Step == AnalysisStep.Sources && step != AnalysisStep.Sources) mark.Print(" claims+attr");
                if (p.Step == AnalysisStep.Sources && !sourcesDone && p.Paragraphs > 0 && p.ParagraphsDone >= p.Paragraphs)
                {
                    mark.Print(" sources");
                    sourcesDone = true;
                }
                (last, step) = (p.Stage, p.Step ?? step);
            });
            var result = pipeline.Convert(file, progress);
            if (result.Dataset is not { } dataset) { Console.WriteLine("  failed: " + result.Error); continue; }
            foreach (var format in chosen)
            {
                pipeline.Write(dataset, folder, [format]);
                mark.Print("write " + format);
            }
        }
        Directory.Delete(folder, true);
    }

    // A stage's report comes as the next one begins.
    private static readonly Dictionary<ConversionStage, string> Finished = new()
    {
        [ConversionStage.Structuring] = "read", [ConversionStage.Analyzing] = "structure",
        [ConversionStage.Validating] = "analyse", [ConversionStage.Done] = "validate",
    };

    // Progress<T> posts to the thread pool; the stage marks must be taken on the converting thread, in order.
    private sealed class SynchronousProgress(Action<ConversionProgress> report) : IProgress<ConversionProgress>
    {
        public void Report(ConversionProgress value) => report(value);
    }

    // Each line gives what was spent since the previous line, so a progress report closes the stage before it.
    private sealed class Mark
    {
        private readonly Process process = Process.GetCurrentProcess();
        private readonly Stopwatch wall = Stopwatch.StartNew();
        private TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        private long allocated = GC.GetTotalAllocatedBytes(true);

        public void Print(string label)
        {
            process.Refresh();
            var nowCpu = process.TotalProcessorTime;
            var nowAllocated = GC.GetTotalAllocatedBytes(true);
            // heap MB: the GC heap after the last collection (live objects and what that collection left), of every kind
            Console.WriteLine($"  {label,-12}{wall.Elapsed.TotalSeconds,9:F2}{(nowCpu - cpu).TotalSeconds,9:F2}" +
                $"{(nowAllocated - allocated) / 1e6,10:F0}{process.PeakWorkingSet64 / 1e6,9:F0}" +
                $"{GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / 1e6,9:F0}{GC.CollectionCount(2),9}");
            wall.Restart();
            (cpu, allocated) = (nowCpu, nowAllocated);
        }
    }
}
