using System.Runtime.InteropServices;
using ClosedXML.Excel;
using DocReport.Cli.Convert;

namespace DocReport.Cli.Tests.Convert;

/// <summary>
/// A signal that arrives once a conversion's outputs are all in place stops nothing: the run ends as it would have, with
/// the exit code of what it wrote (DESIGN.md: 0 all written), and says it heard the signal instead of ignoring it.
/// </summary>
public sealed class LateSignalTests
{
    private const string Article = """
        County Library Extends Weekend Opening Hours

        The county council said on Friday that its central library will open on Sundays from next month. Visits rose by 14 percent last year, according to the council's annual report.
        """;

    [Theory]
    [InlineData(PosixSignal.SIGINT)]
    [InlineData(PosixSignal.SIGTERM)]
    public void A_signal_after_the_batch_workbook_is_in_place_is_reported_and_the_run_ends_as_written(PosixSignal signal)
    {
        using var cli = new CliRunner();
        foreach (var name in new[] { "north", "south" }) cli.WriteInput($"in/{name}.txt", Article.Replace("central", name));
        var output = Path.Combine(cli.Folder, "out");
        var signals = new SignalCancellation();
        cli.Signals = () => signals;
        cli.OnLine = line => { if (line.StartsWith("batch output: ", StringComparison.Ordinal)) signals.Receive(signal); };

        Assert.Equal(0, cli.Run("convert", Path.Combine(cli.Folder, "in"), "-o", output, "-f", "xlsx,parquet"));

        Assert.Contains("2 written to", cli.Stdout);
        Assert.Contains($"{signal} arrived after every output was in place: nothing was stopped, the run finished as above", cli.Stdout);
        Assert.DoesNotContain("interrupted", cli.Stdout);
        using var workbook = new XLWorkbook(Path.Combine(output, "batch.xlsx"));
        Assert.Equal(2, workbook.Worksheet("Documents").Tables.Single().DataRange.RowCount());
        Assert.True(File.Exists(Path.Combine(output, "parquet", "claims.parquet")));
    }

    [Fact]
    public void A_signal_after_a_single_documents_folder_is_in_place_stops_nothing_and_is_reported()
    {
        using var cli = new CliRunner();
        var input = cli.WriteInput("library.txt", Article);
        var output = Path.Combine(cli.Folder, "out");
        var signals = new SignalCancellation();
        cli.Signals = () => signals;
        cli.OnLine = line => { if (line.StartsWith("[1/1] ok ", StringComparison.Ordinal)) signals.Receive(PosixSignal.SIGINT); };

        Assert.Equal(0, cli.Run("convert", input, "-o", output, "-f", "xlsx,json"));

        Assert.Contains("SIGINT arrived after every output was in place", cli.Stdout);
        using var workbook = new XLWorkbook(Path.Combine(output, "library", "dataset.xlsx"));
        Assert.True(workbook.Worksheets.Contains("Claims"));
    }

    [Fact]
    public void A_signal_after_the_batch_outputs_failed_on_their_own_error_does_not_claim_they_are_in_place()
    {
        using var cli = new CliRunner();
        foreach (var name in new[] { "north", "south" }) cli.WriteInput($"in/{name}.txt", Article.Replace("central", name));
        var output = Path.Combine(cli.Folder, "out");
        // A folder where the batch workbook goes: the workbook cannot be moved into place.
        Directory.CreateDirectory(Path.Combine(output, "batch.xlsx"));
        File.WriteAllText(Path.Combine(output, "batch.xlsx", "keep.txt"), "not a workbook");
        var signals = new SignalCancellation();
        cli.Signals = () => signals;
        cli.OnLine = line => { if (line.Contains(" written to ", StringComparison.Ordinal)) signals.Receive(PosixSignal.SIGTERM); };

        Assert.Equal(1, cli.Run("convert", Path.Combine(cli.Folder, "in"), "-o", output, "-f", "xlsx"));

        Assert.Contains("2 written to", cli.Stdout);
        Assert.Contains("not every batch output was written", cli.Stdout);
        Assert.Contains("error: cannot write the batch outputs", cli.Stderr);
        Assert.Contains("SIGTERM arrived after the run had ended: the batch outputs failed on the error above", cli.Stdout);
        Assert.DoesNotContain("every output was in place", cli.Stdout);
        Assert.True(File.Exists(Path.Combine(output, "north", "dataset.xlsx")));
    }
}
