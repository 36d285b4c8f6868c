using System.Diagnostics;

namespace DocReport.Cli.Tests.Convert;

/// <summary>The command under a memory limit too small for its models: one line saying so and exit 1, not a stack trace.</summary>
public sealed class MemoryLimitTests
{
    [Fact]
    public async Task Too_little_memory_for_the_models_is_one_line_and_exit_1()
    {
        using var cli = new CliRunner();
        var input = cli.WriteInput("a.txt", "Harbour Plan Approved\n\nThe council approved the harbour plan on Monday, the mayor said.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "DocReport.Cli.dll"), "convert", input, "-o", Path.Combine(cli.Folder, "out") })
            start.ArgumentList.Add(arg);
        // 8 MB of managed heap: the runtime starts, the claim and source models do not fit
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x800000";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        // before: System.CommandLine's "Unhandled exception: System.OutOfMemoryException ..." and a stack trace
        Assert.Equal(1, process.ExitCode);
        Assert.Equal("docreport: out of memory loading the claim and source models (this process may use 8 MB); run it where more memory is available",
            stderr.Trim());
        Assert.Equal("", await stdout);
    }
}
