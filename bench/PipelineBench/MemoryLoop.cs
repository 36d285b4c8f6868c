using System.Diagnostics;
using DocReport.Pipeline;

namespace PipelineBench;

/// <summary>
/// Memory of a long-lived process that converts with the accurate claim model (round 21): N conversions by one pipeline,
/// then the same by pipelines built, used for one document and disposed. Prints the resident set (RSS) and the managed
/// heap after a full collection at points along the way, and after the last pipeline is disposed.
/// </summary>
internal static class MemoryLoop
{
    public static void Run(int conversions, string modelFolder, IReadOnlyList<string> files)
    {
        var options = new PipelineOptions { Claims = ClaimDetection.Accurate, AccurateClaimModelPath = modelFolder };
        Print("start");
        using (var pipeline = new PipelineBuilder().UseOptions(options).Build())
        {
            for (var i = 1; i <= conversions; i++)
            {
                Convert(pipeline, files[(i - 1) % files.Count]);
                if (i is 1 or 20 || i == conversions) Print($"one pipeline, {i} conversions");
            }
        }
        Print("that pipeline disposed");
        for (var i = 1; i <= conversions; i++)
        {
            using (var pipeline = new PipelineBuilder().UseOptions(options).Build()) Convert(pipeline, files[(i - 1) % files.Count]);
            if (i is 1 or 20 || i == conversions) Print($"a pipeline per conversion, {i} built and disposed");
        }
    }

    private static void Convert(DocReportPipeline pipeline, string file)
    {
        if (pipeline.Convert(file).Dataset is null) throw new InvalidOperationException($"{file} did not convert");
    }

    private static void Print(string when)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"{when,-52} RSS {self.WorkingSet64 / (1 << 20),5} MiB   managed {GC.GetTotalMemory(false) / (1 << 20),4} MiB");
    }
}
