using System.Diagnostics;

namespace PipelineBench;

/// <summary>Mean wall time, CPU time and allocated bytes of one stage per call, after a warm-up.</summary>
internal sealed record StageFigures(string Stage, double WallMs, double CpuMs, double AllocatedKb, double FirstCallMs);

internal static class StageTimer
{
    /// <summary>Times <paramref name="action"/>: the first (cold) call apart, then <paramref name="rounds"/> calls.</summary>
    public static StageFigures Measure(string stage, int rounds, Action action)
    {
        var first = Stopwatch.StartNew();
        action();
        var firstMs = first.Elapsed.TotalMilliseconds;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++) action();
        wall.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new(stage, wall.Elapsed.TotalMilliseconds / rounds, cpu.TotalMilliseconds / rounds,
            allocated / 1024.0 / rounds, firstMs);
    }
}
