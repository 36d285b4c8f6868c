using System.Runtime.InteropServices;
using ClosedXML.Excel;
using DocReport.Cli.Convert;

namespace DocReport.Cli.Tests.Merge;

/// <summary>
/// A merge stopped by a signal says what it did and did not write, naming only the outputs the batch has (a batch of one
/// input has no combined workbook); a signal that comes once its outputs are in place stops nothing and is still
/// reported, and so is one during a merge that fails on its own (exit code 1: the failure, not the signal). The signals
/// are delivered through <see cref="SignalCancellation.Receive"/> at a chosen moment, so the outcome does not depend on
/// the machine's speed.
/// </summary>
public sealed class MergeSignalTests : IDisposable
{
    private const string Article = """
        Harbour Board Delays the Ferry Terminal Upgrade

        The harbour board said on Tuesday that the terminal upgrade will start in April instead of January. About 2,400 passengers use the terminal each day, according to the board's own figures.
        """;

    private readonly CliRunner cli = new();

    private string Out => Path.Combine(cli.Folder, "out");

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData(PosixSignal.SIGINT, 130)]
    [InlineData(PosixSignal.SIGTERM, 143)]
    public void A_one_input_merge_stopped_by_a_signal_names_what_it_did_not_write_and_no_workbook_it_never_writes(PosixSignal signal, int exitCode)
    {
        Shards(1);

        Assert.Equal(exitCode, MergeSignalled(signal));

        Assert.Contains($"merge interrupted by {signal}: parquet/ was not written; the same command run again writes it", cli.Stdout);
        Assert.Contains("a batch of one input has no combined workbook", cli.Stdout);
        Assert.DoesNotContain("batch.xlsx", cli.Stdout);
        Assert.False(Directory.Exists(Path.Combine(Out, "parquet")) && Directory.EnumerateFiles(Path.Combine(Out, "parquet")).Any());
        Assert.Empty(Directory.EnumerateFiles(Out, "*.tmp", SearchOption.AllDirectories));

        cli.Signals = null;
        Assert.Equal(0, cli.Run("merge", Out));
        Assert.True(File.Exists(Path.Combine(Out, "parquet", "claims.parquet")));
        Assert.Contains("1 input merged, 0 of them failed", cli.Stdout);
        Assert.False(File.Exists(Path.Combine(Out, "batch.xlsx")));
    }

    [Fact]
    public void A_one_input_merge_of_the_workbook_alone_says_it_had_nothing_to_write()
    {
        Shards(1);

        Assert.Equal(130, MergeSignalled(PosixSignal.SIGINT, "-f", "xlsx"));

        Assert.Contains("merge interrupted by SIGINT: it had nothing to write", cli.Stdout);
        Assert.Contains("a batch of one input has no combined workbook", cli.Stdout);
        Assert.DoesNotContain("was not written", cli.Stdout);
    }

    [Fact]
    public void A_merge_stopped_by_a_signal_keeps_an_earlier_merges_workbook_and_says_it_is_not_this_ones()
    {
        Shards(3);
        Assert.Equal(0, cli.Run("merge", Out, "-f", "xlsx"));
        var earlier = File.ReadAllBytes(Path.Combine(Out, "batch.xlsx"));

        Assert.Equal(130, MergeSignalled(PosixSignal.SIGINT, "-f", "xlsx"));

        Assert.Contains($"merge interrupted by SIGINT: batch.xlsx in {Out} is an earlier run's, not this one's", cli.Stdout);
        Assert.Equal(earlier, File.ReadAllBytes(Path.Combine(Out, "batch.xlsx")));
    }

    [Fact]
    public void A_signal_after_the_merged_workbook_is_in_place_stops_nothing_and_is_reported()
    {
        Shards(3);
        var signals = new SignalCancellation();
        cli.Signals = () => signals;
        cli.OnLine = line => { if (line.StartsWith("batch output: ", StringComparison.Ordinal)) signals.Receive(PosixSignal.SIGTERM); };

        Assert.Equal(0, cli.Run("merge", Out));

        Assert.Contains("SIGTERM arrived after every output was in place: nothing was stopped", cli.Stdout);
        Assert.Contains("3 inputs merged, 0 of them failed", cli.Stdout);
        using var workbook = new XLWorkbook(Path.Combine(Out, "batch.xlsx"));
        Assert.Equal(3, workbook.Worksheet("Documents").Tables.Single().DataRange.RowCount());
        Assert.True(File.Exists(Path.Combine(Out, "parquet", "claims.parquet")));
    }

    [Fact]
    public void A_signal_during_a_merge_that_fails_stops_nothing_the_failure_decides_the_exit_code_and_both_are_said()
    {
        for (var n = 0; n < 3; n++) cli.WriteInput($"in/terminal-{n}.txt", Article.Replace("Tuesday", $"day {n}"));
        Assert.Equal(0, cli.Run("convert", Path.Combine(cli.Folder, "in"), "-o", Out, "-f", "json", "--shard", "0/2"));

        Assert.Equal(1, MergeSignalled(PosixSignal.SIGTERM));

        Assert.Contains("shards missing: 1/2", cli.Stderr);
        Assert.Contains("SIGTERM arrived during a merge that failed: the error above stopped it", cli.Stdout);
        Assert.DoesNotContain("interrupted", cli.Stdout);
        Assert.False(File.Exists(Path.Combine(Out, "batch.xlsx")));
        Assert.Empty(Directory.EnumerateFiles(Out, "*.tmp", SearchOption.AllDirectories));
    }

    /// <summary>A batch of <paramref name="inputs"/> articles converted in two shards into one folder.</summary>
    private void Shards(int inputs)
    {
        for (var n = 0; n < inputs; n++) cli.WriteInput($"in/terminal-{n}.txt", Article.Replace("Tuesday", $"day {n}"));
        foreach (var shard in new[] { "0/2", "1/2" })
            Assert.Equal(0, cli.Run("convert", Path.Combine(cli.Folder, "in"), "-o", Out, "-f", "json", "--shard", shard));
    }

    /// <summary>Runs merge with <paramref name="signal"/> received before it starts: it stops at its first step.</summary>
    private int MergeSignalled(PosixSignal signal, params string[] options)
    {
        var signals = new SignalCancellation();
        signals.Receive(signal);
        cli.Signals = () => signals;
        return cli.Run(["merge", Out, .. options]);
    }
}
