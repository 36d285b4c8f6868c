using System.Diagnostics;
using DocReport.Output.Json;
using DocReport.Pipeline;

namespace PipelineBench;

/// <summary>
/// What each writer adds to the peak memory of a long document (round 28): the dataset is read back from a dataset.json,
/// then each format is written on its own, and last all of them as the CLI writes them (the brief, then the others side
/// by side). Before each write the process's peak resident set is reset (Linux: 5 written to /proc/self/clear_refs) after
/// a full collection, so a line's peak is that write's alone above what the dataset holds.
/// </summary>
internal static class WriterMemory
{
    /// <param name="keep">A folder to leave the files of the last write in (to compare them with a conversion's); none: a temporary one, deleted.</param>
    public static void Run(string datasetJson, string formats, string? keep = null)
    {
        var read = JsonDatasetReader.Read(datasetJson);
        if (read.Value is not { } dataset) { Console.WriteLine("not read: " + read.Error); return; }
        using var pipeline = new PipelineBuilder().Build();
        var folder = keep ?? Directory.CreateTempSubdirectory("writermemory").FullName;
        Directory.CreateDirectory(folder);
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"{"write",-20}{"wall s",8}{"cpu s",8}{"alloc MB",10}{"base MB",9}{"peak MB",9}{"+MB",7}");
        var chosen = formats.Split(',');
        foreach (var format in chosen) Measure(format, () => pipeline.Write(dataset, folder, [format]));
        Measure("all, as the CLI", () => pipeline.Write(dataset, folder, chosen));
        if (keep is null) Directory.Delete(folder, true);

        void Measure(string label, Action write)
        {
            foreach (var file in Directory.GetFiles(folder)) File.Delete(file);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            using var self = Process.GetCurrentProcess();
            File.WriteAllText("/proc/self/clear_refs", "5");
            var baseline = Status("VmRSS");
            var (cpu, allocated, wall) = (self.TotalProcessorTime, GC.GetTotalAllocatedBytes(true), Stopwatch.StartNew());
            write();
            self.Refresh();
            var peak = Status("VmHWM");
            Console.WriteLine($"{label,-20}{wall.Elapsed.TotalSeconds,8:F2}{(self.TotalProcessorTime - cpu).TotalSeconds,8:F2}" +
                $"{(GC.GetTotalAllocatedBytes(true) - allocated) / 1e6,10:F0}{baseline / 1e3,9:F0}{peak / 1e3,9:F0}{(peak - baseline) / 1e3,7:F0}");
        }
    }

    // kB of a line of /proc/self/status
    private static long Status(string field) =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":"))[(field.Length + 1)..].Trim().Split(' ')[0]);
}
