using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DocReport.Cli.Tests.Convert;

/// <summary>
/// Ctrl-C and SIGTERM sent to the command line, run as a child process, in the middle of a batch: the run stops with
/// the shell's exit code and a summary, leaves no temporary file and only complete document folders, and the same
/// command run again finishes the batch.
/// </summary>
public sealed class SignalTests : IDisposable
{
    // Enough that a batch starved by a loaded machine cannot finish between the first document and the signal (150 did, twice, at load 45-52).
    private const int Inputs = 400;
    private readonly string folder = Directory.CreateTempSubdirectory("docreport-signal-").FullName;

    private string In => Path.Combine(folder, "in");
    private string Out => Path.Combine(folder, "out");

    public SignalTests()
    {
        Directory.CreateDirectory(In);
        for (var i = 0; i < Inputs; i++)
            File.WriteAllText(Path.Combine(In, $"article-{i:000}.txt"), Article(i));
    }

    [Theory]
    [InlineData(2, 130, "SIGINT")]
    [InlineData(15, 143, "SIGTERM")]
    public void A_signal_in_the_middle_of_a_batch_stops_it_cleanly_and_a_rerun_finishes_it(int signal, int exitCode, string name)
    {
        StopIgnoring(signal);
        using var cli = Start();
        // The batch runs at the lowest priority so that, on a loaded machine, this test's thread gets to send the signal
        // before the child has converted all its inputs (at load 40 it once finished first and exited 0).
        cli.PriorityClass = ProcessPriorityClass.Idle;
        ReadUntil(cli, "] ok ");
        Assert.Equal(0, Kill(cli.Id, signal));
        var stdout = RestOfRun(cli);

        Assert.Equal(exitCode, cli.ExitCode);
        Assert.Matches($@"interrupted by {name}: (\d+) written to .*, 0 failed, (\d+) not converted", stdout);
        Assert.Empty(TemporaryFiles());
        var finished = DocumentFolders();
        Assert.InRange(finished.Count, 1, Inputs - 1);
        Assert.All(finished, AssertComplete);

        using var rerun = Start();
        Assert.True(rerun.WaitForExit(TimeSpan.FromMinutes(5)), "the re-run did not finish");
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(Inputs, DocumentFolders().Count);
        Assert.All(DocumentFolders(), AssertComplete);
        Assert.Empty(TemporaryFiles());
    }

    [Theory]
    [InlineData(2, 130, "SIGINT")]
    [InlineData(15, 143, "SIGTERM")]
    public void A_signal_while_the_batch_workbook_is_written_stops_the_run_without_it(int signal, int exitCode, string name)
    {
        StopIgnoring(signal);
        using var cli = Start("xlsx");
        var clock = Stopwatch.StartNew();
        while (!Directory.Exists(Out) || !Directory.EnumerateFiles(Out, ".batch.xlsx.*.tmp").Any())
        {
            Assert.False(cli.HasExited, "the run ended before the batch workbook was begun");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), "no batch workbook begun within five minutes");
            Thread.Sleep(1);
        }
        Assert.Equal(0, Kill(cli.Id, signal));
        var stdout = RestOfRun(cli);

        Assert.Equal(exitCode, cli.ExitCode);
        Assert.Contains($"interrupted by {name}: {Inputs} written to {Out}, 0 failed, 0 not converted", stdout);
        Assert.Contains("batch.xlsx was not written; the same command run again writes it", stdout);
        Assert.False(File.Exists(Path.Combine(Out, "batch.xlsx")));
        Assert.Empty(TemporaryFiles());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Process Start(string formats = "json,csv,pdf")
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "DocReport.Cli.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cli, "convert", In, "-o", Out, "-f", formats, "-j", "1" }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        // Drained as it comes, so a full pipe never blocks the child.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    // The run's own log says where it is: a clock measured the machine's load instead (at load 100 to 150 an idle-priority
    // child took over two minutes to write its first document or to stop). The signal handlers are in place once a
    // document is written ("[1/400] ok ..."); the batch is far from done by then.
    private static void ReadUntil(Process cli, string marker)
    {
        while (cli.StandardOutput.ReadLine() is { } line)
            if (line.Contains(marker, StringComparison.Ordinal)) return;
        Assert.Fail($"the run ended before its log said \"{marker}\"");
    }

    // The rest of the run's output, to its end: the run closes its output when it exits, at its own pace. Back at normal
    // priority where the system allows it, so a loaded machine does not starve the stop.
    private static string RestOfRun(Process cli)
    {
        try { cli.PriorityClass = ProcessPriorityClass.Normal; }
        catch (System.ComponentModel.Win32Exception) { }
        var rest = cli.StandardOutput.ReadToEnd();
        cli.WaitForExit();
        return rest;
    }

    private List<string> DocumentFolders() => Directory.Exists(Out)
        ? Directory.GetDirectories(Out).Where(d => !Path.GetFileName(d).StartsWith('.')).ToList()
        : [];

    private List<string> TemporaryFiles() => Directory.Exists(Out)
        ? Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".tmp") || f.Contains("staging-")).ToList()
        : [];

    private static void AssertComplete(string document)
    {
        Assert.Equal(["brief.pdf", "claims.csv", "dataset.json", "manifest.json"],
            Directory.GetFiles(document).Select(Path.GetFileName).Where(n => n is "brief.pdf" or "claims.csv" or "dataset.json" or "manifest.json").Order());
        var pdf = File.ReadAllBytes(Path.Combine(document, "brief.pdf"));
        Assert.Contains("%%EOF", System.Text.Encoding.ASCII.GetString(pdf[^Math.Min(pdf.Length, 1024)..]));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(document, "dataset.json")));
    }

    private static string Article(int i) =>
        $"Council Budget Report {i}\n\n" + string.Join("\n\n", Enumerable.Range(0, 12).Select(p =>
            $"The council said on Monday that spending on roads rose by {i + p} percent in 2023, the largest rise in a decade. " +
            $"\"We will publish the full figures in March,\" said Ana Ruiz, the treasurer, according to the council's annual report."));

    // A test run started in the background by a non-interactive shell (`dotnet test &` in a script) ignores SIGINT, and
    // so would the child it starts: .NET keeps an ignored SIGINT ignored, as a shell's background job should. The child
    // must meet the signal as a terminal's Ctrl-C delivers it, so an ignored signal is set back to its default first.
    private static void StopIgnoring(int signal)
    {
        var ignored = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        if (ignored is null) return;
        var mask = System.Convert.ToUInt64(ignored["SigIgn:".Length..].Trim(), 16);
        if ((mask & (1UL << (signal - 1))) != 0) Signal(signal, IntPtr.Zero);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr Signal(int signal, IntPtr handler);
}
