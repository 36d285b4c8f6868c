using System.Text;
using ClosedXML.Excel;
using DocReport.Batch;
using DocReport.Pipeline;
using DocReport.Tests.Output;

namespace DocReport.Tests.Batch;

public sealed class BatchRunnerTests
{
    private static BatchRunner Runner(params string[] formats) => Runner(new PipelineOptions(), formats);

    private static BatchRunner Runner(PipelineOptions options, params string[] formats) =>
        new(new PipelineBuilder().UseOptions(options).Build(), new BatchOptions { Formats = formats, Jobs = 2 });

    [Fact]
    public void Outcomes_come_back_in_input_order_with_missing_and_empty_inputs_failed()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.txt");
        File.WriteAllText(good, BatchArticles.Article(0));
        var empty = folder.File("empty.txt");
        File.WriteAllText(empty, "");
        var missing = folder.File("nowhere.txt");
        var reported = new List<string>();

        var result = Runner("json").Run(BatchPlan.Create([missing, good, empty], folder.File("out")),
            new SynchronousProgress(o => { lock (reported) reported.Add(o.Input.Path); }));

        Assert.Equal([missing, good, empty], result.Documents.Select(d => d.Input.Path));
        Assert.Equal(["no such file or folder", null, "file is empty"], result.Documents.Select(d => d.Error));
        Assert.Equal(1, result.Written);
        Assert.Equal([empty, missing], result.Failures.Select(f => f.Input.Path));
        Assert.Equal(3, reported.Count);
        Assert.True(File.Exists(Path.Combine(folder.File("out"), "good", "dataset.json")));
        Assert.Empty(result.BatchFiles);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_in_a_folder_fails_alone_saying_why()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var folder = new TempFolder();
        BatchArticles.WriteAll(folder.File("in"), 2);
        var latin1Name = Encoding.UTF8.GetBytes(folder.File("in") + "/caf").Concat(new byte[] { 0xE9, (byte)'.', (byte)'t', (byte)'x', (byte)'t', 0 }).ToArray();
        Assert.True(Creat(latin1Name, 420) >= 0);
        try
        {
            var result = Runner("json").Run(BatchPlan.Create([folder.File("in")], folder.File("out")));

            var failure = Assert.Single(result.Failures);
            Assert.Contains("not valid UTF-8", failure.Error);
            Assert.Equal(2, result.Written);
        }
        finally
        {
            Unlink(latin1Name);
        }
    }

    [Fact]
    public void A_file_that_cannot_be_read_fails_as_a_reading_error_and_the_others_are_written()
    {
        using var folder = new TempFolder();
        BatchArticles.WriteAll(folder.File("in"), 2);
        var locked = Path.Combine(folder.File("in"), "locked.txt");
        File.WriteAllText(locked, BatchArticles.Article(3));
        // Tests run as root, whom file modes do not stop; a lock held with FileShare.None refuses every other reader.
        using (File.Open(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var result = Runner("json").Run(BatchPlan.Create([folder.File("in")], folder.File("out")));

            var failure = Assert.Single(result.Failures);
            Assert.Equal(locked, failure.Input.Path);
            Assert.StartsWith("cannot read file: ", failure.Error);
            Assert.Equal(2, result.Written);
            Assert.False(Directory.Exists(Path.Combine(folder.File("out"), "locked")));
        }
    }

    [Fact]
    public void The_batch_outputs_are_named_under_the_output_folder_as_it_was_given()
    {
        using var folder = new TempFolder();
        BatchArticles.WriteAll(folder.File("in"), 2);
        var output = Path.Combine(folder.File("in"), "..", "out");

        var result = Runner("json", "xlsx", "parquet").Run(BatchPlan.Create([folder.File("in")], output));

        Assert.Equal([Path.Combine(output, "batch.xlsx"), Path.Combine(output, "parquet")], result.BatchFiles);
        Assert.True(File.Exists(Path.Combine(folder.File("out"), "parquet", "claims.parquet")));
    }

    // .NET cannot name such a file, so the test makes and removes it through the C library.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "creat")]
    private static extern int Creat(byte[] path, int mode);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "unlink")]
    private static extern int Unlink(byte[] path);

    [Fact]
    public void The_combined_workbook_lists_documents_in_input_order_whatever_order_they_finish_in()
    {
        using var folder = new TempFolder();
        BatchArticles.WriteAll(folder.File("in"), 9);
        File.WriteAllText(folder.File("in/part1/broken.txt"), "");

        var result = Runner("xlsx").Run(BatchPlan.Create([folder.File("in")], folder.File("out")));

        var plan = BatchPlan.Create([folder.File("in")], folder.File("out"));
        using var workbook = new XLWorkbook(Path.Combine(folder.File("out"), BatchRunner.BatchWorkbookName));
        var paths = workbook.Worksheet("Documents").Tables.Single().DataRange.Rows().Select(r => r.Field("sourcePath").GetString()).ToList();
        Assert.Equal(plan.Inputs.Select(i => i.Path), paths);
        Assert.Single(result.Failures);
    }

    [Fact]
    public void Inputs_of_one_file_name_in_several_folders_are_told_apart_by_their_output_folder_in_the_combined_outputs()
    {
        using var folder = new TempFolder();
        foreach (var (desk, i) in new[] { ("north", 0), ("south", 1), ("west", 2) })
        {
            Directory.CreateDirectory(folder.File($"in/{desk}"));
            File.WriteAllText(folder.File($"in/{desk}/report.txt"), BatchArticles.Article(i));
        }
        Directory.CreateDirectory(folder.File("in/zz"));
        File.WriteAllText(folder.File("in/zz/notes.txt"), "");

        var result = Runner("xlsx", "parquet").Run(BatchPlan.Create([folder.File("in")], folder.File("out")));

        using var workbook = new XLWorkbook(Path.Combine(folder.File("out"), BatchRunner.BatchWorkbookName));
        var rows = workbook.Worksheet("Documents").Tables.Single().DataRange.Rows().ToList();
        var folders = rows.Select(r => r.Field("folder").GetString()).ToList();
        Assert.Equal(["report", "report-2", "report-3", ""], folders);
        // Each converted row's folder holds that input's own workbook: the row leads to its own document.
        foreach (var row in rows.Take(3))
        {
            var written = Path.Combine(folder.File("out"), row.Field("folder").GetString(), "dataset.xlsx");
            Assert.True(File.Exists(written), written);
            using var own = new XLWorkbook(written);
            Assert.Equal(row.Field("title").GetString(), own.Worksheet("Summary").Tables.Single().DataRange.Rows()
                .Single(r => r.Field("key").GetString() == "title").Field("value").GetString());
        }
        Assert.Equal("failed", rows[3].Field("status").GetString());
        Assert.Single(result.Failures);
    }

    [Fact]
    public void A_rerun_keeps_complete_outputs_and_redoes_only_what_changed()
    {
        using var folder = new TempFolder();
        BatchArticles.WriteAll(folder.File("in"), 4);
        var plan = BatchPlan.Create([folder.File("in")], folder.File("out"));
        Runner("json").Run(plan);
        var kept = Path.Combine(plan.Inputs[0].Folder!, "dataset.json");
        var written = File.GetLastWriteTimeUtc(kept);
        File.WriteAllText(plan.Inputs[1].Path, BatchArticles.Article(40));
        File.Delete(Path.Combine(plan.Inputs[2].Folder!, "dataset.json"));

        var rerun = Runner("json").Run(plan);

        Assert.Equal([true, false, false, true], rerun.Documents.Select(d => d.Reused));
        Assert.Equal(written, File.GetLastWriteTimeUtc(kept));
        Assert.Contains("Library After 43 Years", File.ReadAllText(Path.Combine(plan.Inputs[1].Folder!, "dataset.json")));
        Assert.All(Runner(new PipelineOptions { ClaimThreshold = 0.7 }, "json").Run(plan).Documents, d => Assert.False(d.Reused));
        Assert.All(Runner("json", "csv").Run(plan).Documents, d => Assert.False(d.Reused));
    }

    [Fact]
    public void An_interrupted_batch_without_json_keeps_its_finished_documents_on_the_rerun_and_combines_the_same_workbook()
    {
        using var folder = new TempFolder();
        BatchArticles.WriteAll(folder.File("in"), 6);
        var whole = BatchPlan.Create([folder.File("in")], folder.File("whole"));
        Runner("xlsx").Run(whole);

        var plan = BatchPlan.Create([folder.File("in")], folder.File("out"));
        using var stop = new CancellationTokenSource();
        var finished = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => Runner("xlsx").Run(plan,
            new SynchronousProgress(_ => { if (Interlocked.Increment(ref finished) == 2) stop.Cancel(); }), stop.Token));
        var done = plan.Inputs.Where(i => File.Exists(Path.Combine(i.Folder!, "manifest.json"))).Select(i => i.Index).ToList();
        Assert.InRange(done.Count, 2, 5);

        var rerun = Runner("xlsx").Run(plan);

        Assert.Equal(plan.Inputs.Select(i => done.Contains(i.Index)), rerun.Documents.Select(d => d.Reused));
        Assert.All(plan.Inputs, i => Assert.False(File.Exists(Path.Combine(i.Folder!, "dataset.json"))));
        Assert.Equal(Cells(Path.Combine(folder.File("whole"), BatchRunner.BatchWorkbookName)), Cells(Path.Combine(folder.File("out"), BatchRunner.BatchWorkbookName)));
    }

    // Every sheet's cells, row by row, as text.
    private static List<string> Cells(string workbook)
    {
        using var book = new XLWorkbook(workbook);
        return book.Worksheets.SelectMany(sheet => sheet.RowsUsed().Select(row =>
            sheet.Name + ": " + string.Join(" | ", row.CellsUsed().Select(c => c.GetFormattedString())))).ToList();
    }

    [Fact]
    public void A_cancelled_batch_throws_and_converts_nothing()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.txt"), BatchArticles.Article(0));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            Runner("json").Run(BatchPlan.Create([folder.Path], folder.File("out")), cancellationToken: new CancellationToken(canceled: true)));
        Assert.False(Directory.Exists(Path.Combine(folder.File("out"), "a")));
    }

    [Fact]
    public void A_cancelled_batch_leaves_no_empty_parquet_folder_and_keeps_an_earlier_runs_files()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.txt"), BatchArticles.Article(1));
        File.WriteAllText(folder.File("b.txt"), BatchArticles.Article(2));
        var cancelled = new CancellationToken(canceled: true);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            Runner("json", "parquet").Run(BatchPlan.Create([folder.Path], folder.File("fresh")), cancellationToken: cancelled));
        Assert.False(Directory.Exists(Path.Combine(folder.File("fresh"), "parquet")));

        var earlier = folder.File("earlier");
        Runner("json", "parquet").Run(BatchPlan.Create([folder.Path], earlier));
        var claims = Path.Combine(earlier, "parquet", "claims.parquet");
        var before = File.ReadAllBytes(claims);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Runner("json", "parquet").Run(BatchPlan.Create([folder.Path], earlier), cancellationToken: cancelled));
        Assert.Equal(before, File.ReadAllBytes(claims));
        Assert.Equal(7, Directory.GetFiles(Path.Combine(earlier, "parquet")).Length);
    }

    private sealed class SynchronousProgress(Action<DocumentOutcome> report) : IProgress<DocumentOutcome>
    {
        public void Report(DocumentOutcome value) => report(value);
    }
}
