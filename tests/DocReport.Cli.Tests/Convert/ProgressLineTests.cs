using DocReport.Batch;
using DocReport.Cli.Convert;

namespace DocReport.Cli.Tests.Convert;

/// <summary>
/// The progress lines a log keeps, on a re-run that finds most folders complete: a kept document says so, and the rate
/// counts only what was converted, so passing over the kept ones promises no pace the rest cannot keep; and the batch
/// outputs an interrupted run leaves from an earlier one are named as such.
/// </summary>
public class ProgressLineTests
{
    private const string Article = """
        Ferry Timetable Changes on the Northern Route

        The harbour authority said on Monday that winter crossings will leave every ninety minutes instead of every hour. About 1,800 passengers use the route each weekday, according to the authority's own count.
        """;

    [Fact]
    public void A_rerun_marks_kept_documents_and_gives_no_rate_until_one_is_converted()
    {
        using var cli = new CliRunner();
        foreach (var name in new[] { "a-first", "b-second", "c-third" })
            cli.WriteInput($"in/{name}.txt", Article.Replace("Monday", name));
        var input = Path.Combine(cli.Folder, "in");
        var output = Path.Combine(cli.Folder, "out");
        Assert.Equal(0, cli.Run("convert", input, "-o", output, "-f", "json", "-j", "1"));
        Directory.Delete(Path.Combine(output, "c-third"), recursive: true);

        Assert.Equal(0, cli.Run("convert", input, "-o", output, "-f", "json", "-j", "1"));

        var lines = cli.Stdout.Split('\n').Where(l => l.StartsWith('[')).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("[1/3] kept ", lines[0]);
        Assert.StartsWith("[2/3] kept ", lines[1]);
        Assert.All(lines.Take(2), l => Assert.DoesNotContain("docs/s", l));
        Assert.StartsWith("[3/3] ok ", lines[2]);
        Assert.Matches(@"\((?:\d+\.\ds|\d+m \d\ds) elapsed, 2 kept from an earlier run\)$", lines[2].TrimEnd());
        Assert.DoesNotContain("so far", cli.Stdout);
        Assert.Contains("3 written to", cli.Stdout);
        Assert.Contains("(2 already complete from an earlier run, kept)", cli.Stdout);
    }

    [Fact]
    public void A_one_document_run_gives_the_time_it_took_not_a_rate()
    {
        using var cli = new CliRunner();
        var input = cli.WriteInput("ferry.txt", Article);

        Assert.Equal(0, cli.Run("convert", input, "-o", Path.Combine(cli.Folder, "out"), "-f", "json"));

        var line = Assert.Single(cli.Stdout.Split('\n'), l => l.StartsWith('['));
        // "(6.2s elapsed)", or "(1m 33s elapsed)" when a loaded machine takes over a minute
        Assert.Matches(@"^\[1/1\] ok .*ferry\.txt \((?:\d+\.\ds|\d+m \d\ds) elapsed\)$", line.TrimEnd());
        Assert.DoesNotContain("docs/s", cli.Stdout);
    }

    [Fact]
    public void A_batch_gives_a_rate_once_two_documents_are_converted()
    {
        using var cli = new CliRunner();
        foreach (var name in new[] { "a-first", "b-second", "c-third" })
            cli.WriteInput($"in/{name}.txt", Article.Replace("Monday", name));

        Assert.Equal(0, cli.Run("convert", Path.Combine(cli.Folder, "in"), "-o", Path.Combine(cli.Folder, "out"), "-f", "json", "-j", "1"));

        var lines = cli.Stdout.Split('\n').Where(l => l.StartsWith('[')).Select(l => l.TrimEnd()).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Matches(@"\((?:\d+\.\ds|\d+m \d\ds) elapsed\)$", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Matches(@"\((?:\d+\.\d docs/s|(?:\d+\.\ds|\d+m \d\ds) per doc)\)$", l));
    }

    [Fact]
    public void A_failed_document_is_counted_apart_not_in_the_rate()
    {
        using var cli = new CliRunner();
        cli.WriteInput("in/a-empty.txt", "");
        foreach (var name in new[] { "b-second", "c-third" })
            cli.WriteInput($"in/{name}.txt", Article.Replace("Monday", name));

        Assert.Equal(1, cli.Run("convert", Path.Combine(cli.Folder, "in"), "-o", Path.Combine(cli.Folder, "out"), "-f", "json", "-j", "1"));

        var lines = cli.Stdout.Split('\n').Where(l => l.StartsWith('[')).Select(l => l.TrimEnd()).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("[1/3] failed ", lines[0]);
        Assert.EndsWith("(none converted yet, 1 failed)", lines[0]);
        // one converted: its time, not a rate over the failed one too
        Assert.Matches(@"^\[2/3\] ok .*\((?:\d+\.\ds|\d+m \d\ds) elapsed, 1 failed\)$", lines[1]);
        Assert.Matches(@"^\[3/3\] ok .*\((?:\d+\.\d docs/s|(?:\d+\.\ds|\d+m \d\ds) per doc), 1 failed\)$", lines[2]);
    }

    [Theory]
    [InlineData(0, 0, "")]
    [InlineData(2, 0, ", 2 kept from an earlier run")]
    [InlineData(0, 1, ", 1 failed")]
    [InlineData(3, 2, ", 3 kept from an earlier run, 2 failed")]
    public void Documents_left_out_of_the_rate_are_named_by_kind(int kept, int failed, string shown) =>
        Assert.Equal(shown, BatchProgress.Counted(kept, failed));

    [Theory]
    [InlineData(0, 100, 3.0, "none converted yet")]
    [InlineData(1, 100, 7.2, "7.2s elapsed")]
    [InlineData(290, 1772, 63.0, "4.6 docs/s, 6m 24s left")]
    [InlineData(290, 40, 63.0, "4.6 docs/s, 9s left")]
    [InlineData(5000, 40000, 1000.0, "5.0 docs/s, 2h 13m left")]
    [InlineData(2, null, 49.0, "24.5s per doc")]
    [InlineData(3, 30, 400.0, "2m 13s per doc, 1h 06m left")]
    public void The_pace_reads_as_a_person_says_it_however_slow_or_long_the_run(int converted, int? left, double seconds, string shown) =>
        Assert.Equal(shown, BatchProgress.Pace(converted, left, TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData(0.44, "0.4s")]
    [InlineData(12.36, "12.3s")]
    [InlineData(59.99, "59.9s")]
    [InlineData(125, "2m 05s")]
    [InlineData(3720, "1h 02m")]
    public void Elapsed_time_reads_as_a_person_says_it(double seconds, string shown) =>
        Assert.Equal(shown, BatchProgress.Elapsed(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void An_interrupted_run_names_the_batch_outputs_an_earlier_run_left_and_those_it_did_not_write()
    {
        using var cli = new CliRunner();
        foreach (var name in new[] { "first", "second" })
            cli.WriteInput($"in/{name}.txt", Article.Replace("Monday", name));
        var (both, workbookOnly) = (Path.Combine(cli.Folder, "both"), Path.Combine(cli.Folder, "workbook"));
        string[] workbookAndParquet = [BatchRunner.BatchWorkbookName, BatchRunner.ParquetFolderName];
        Assert.Null(BatchConsole.BatchOutputsNote(both, []));
        Assert.Equal("batch.xlsx and parquet/ were not written; the same command run again writes them", BatchConsole.BatchOutputsNote(both, workbookAndParquet));

        Assert.Equal(0, cli.Run("convert", Path.Combine(cli.Folder, "in"), "-o", both, "-f", "xlsx,parquet"));
        Assert.Equal(0, cli.Run("convert", Path.Combine(cli.Folder, "in"), "-o", workbookOnly, "-f", "xlsx"));

        Assert.Equal($"batch.xlsx and parquet/ in {both} are an earlier run's, not this one's; the same command run again writes them",
            BatchConsole.BatchOutputsNote(both, workbookAndParquet));
        Assert.Equal($"batch.xlsx in {workbookOnly} is an earlier run's, not this one's; parquet/ was not written; the same command run again writes them",
            BatchConsole.BatchOutputsNote(workbookOnly, workbookAndParquet));
        Assert.Equal($"batch.xlsx in {workbookOnly} is an earlier run's, not this one's; the same command run again writes it",
            BatchConsole.BatchOutputsNote(workbookOnly, [BatchRunner.BatchWorkbookName]));
    }
}
