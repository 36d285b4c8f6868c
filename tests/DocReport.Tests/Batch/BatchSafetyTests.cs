using DocReport.Batch;
using DocReport.Output.Json;
using DocReport.Pipeline;
using DocReport.Tests.Output;

namespace DocReport.Tests.Batch;

/// <summary>Runs never mix their outputs, never write through a planted link, and leave only complete folders.</summary>
public sealed class BatchSafetyTests
{
    private static BatchRunner Runner(params string[] formats) =>
        new(new PipelineBuilder().Build(), new BatchOptions { Formats = formats, Jobs = 2 });

    private static string Input(TempFolder folder, string name, int article)
    {
        var path = folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, BatchArticles.Article(article));
        return path;
    }

    [Fact]
    public void A_rerun_with_fewer_formats_leaves_only_its_own_files()
    {
        using var folder = new TempFolder();
        var input = Input(folder, "story.txt", 0);
        var output = folder.File("out");

        Runner("json", "csv").Run(BatchPlan.Create([input], output));
        File.WriteAllText(input, BatchArticles.Article(1));
        Runner("json").Run(BatchPlan.Create([input], output));

        Assert.Equal(["dataset.json", "manifest.json"], Directory.GetFiles(Path.Combine(output, "story")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_second_run_into_a_folder_in_use_is_refused_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        var (held, _) = OutputLock.Take(output, BatchShard.Whole);
        using (held)
        {
            var error = Assert.Throws<OutputBusyException>(() => Runner("json").Run(BatchPlan.Create([Input(folder, "story.txt", 0)], output)));

            Assert.Contains("another docreport run is writing into", error.Message);
            Assert.False(Directory.Exists(Path.Combine(output, "story")));
        }
        Runner("json").Run(BatchPlan.Create([folder.File("story.txt")], output));
        Assert.True(File.Exists(Path.Combine(output, "story", "dataset.json")));
    }

    [Fact]
    public void A_link_planted_where_a_document_folder_goes_is_replaced_and_its_target_left_alone()
    {
        using var folder = new TempFolder();
        var elsewhere = Directory.CreateDirectory(folder.File("elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "not ours");
        var output = Directory.CreateDirectory(folder.File("out")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(output, "story"), elsewhere);

        Runner("json").Run(BatchPlan.Create([Input(folder, "story.txt", 0)], output));

        Assert.Null(new DirectoryInfo(Path.Combine(output, "story")).LinkTarget);
        Assert.True(File.Exists(Path.Combine(output, "story", "dataset.json")));
        Assert.Equal(["keep.txt"], Directory.GetFiles(elsewhere).Select(Path.GetFileName));
    }

    [Fact]
    public void A_link_planted_as_the_bookkeeping_folder_is_not_written_through()
    {
        using var folder = new TempFolder();
        var elsewhere = Directory.CreateDirectory(folder.File("elsewhere")).FullName;
        var output = Directory.CreateDirectory(folder.File("out")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(output, ".docreport"), elsewhere);

        Runner("json").Run(BatchPlan.Create([Input(folder, "story.txt", 0)], output));

        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
        Assert.True(File.Exists(Path.Combine(output, "story", "dataset.json")));
    }

    [Fact]
    public void What_a_killed_run_left_behind_is_removed_by_the_next_run()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        Runner("json").Run(BatchPlan.Create([Input(folder, "story.txt", 0)], output));
        var staging = Path.Combine(output, ".docreport", "staging-0-of-1");
        Directory.CreateDirectory(Path.Combine(staging, "half-written"));
        File.WriteAllText(Path.Combine(staging, "half-written", "brief.pdf"), "");
        File.WriteAllText(Path.Combine(output, ".batch.xlsx.0123.tmp"), "");
        File.WriteAllText(Path.Combine(output, "story", ".dataset.json.0123.tmp"), "");

        Runner("json").Run(BatchPlan.Create([folder.File("story.txt")], output));

        Assert.Empty(Directory.GetFileSystemEntries(staging));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Folder_recursion_does_not_follow_links()
    {
        using var folder = new TempFolder();
        Input(folder, "in/story.txt", 0);
        var outside = Input(folder, "outside/secret.txt", 1);
        Directory.CreateSymbolicLink(folder.File("in/loop"), folder.File("in"));
        Directory.CreateSymbolicLink(folder.File("in/linked"), Path.GetDirectoryName(outside)!);
        File.CreateSymbolicLink(folder.File("in/file-link.txt"), outside);

        var plan = BatchPlan.Create([folder.File("in")], folder.File("out"));

        Assert.Equal(["story.txt"], plan.Inputs.Select(i => Path.GetFileName(i.Path)));
    }

    [Fact]
    public void A_cancelled_run_leaves_only_complete_document_folders()
    {
        using var folder = new TempFolder();
        BatchArticles.WriteAll(folder.File("in"), 12);
        var output = folder.File("out");
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => Runner("json", "csv").Run(BatchPlan.Create([folder.File("in")], output),
            new CancelAfter(3, cancel), cancel.Token));

        var folders = Directory.GetDirectories(output).Where(d => !Path.GetFileName(d).StartsWith('.')).ToList();
        Assert.InRange(folders.Count, 3, 11);
        Assert.All(folders, f => Assert.True(File.Exists(Path.Combine(f, "manifest.json")), f));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_write_that_fails_halfway_leaves_no_document_folder_and_later_writes_stay_atomic()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        var pipeline = new PipelineBuilder().UseWriter(new JsonDatasetWriter()).UseWriter(new HalfWriter()).Build();

        var result = new BatchRunner(pipeline, new BatchOptions { Formats = ["json", "half"], Jobs = 1 })
            .Run(BatchPlan.Create([Input(folder, "story.txt", 0)], output));

        // the user's output is named and the full disk said as such, not the staging file the system names
        var error = result.Documents.Single().Error!;
        Assert.StartsWith($"cannot write {Path.Combine(output, "story")}: the disk is full; free some space", error);
        Assert.DoesNotContain("staging", error);
        Assert.False(Directory.Exists(Path.Combine(output, "story")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(output, ".docreport", "staging-0-of-1")));
        Assert.ThrowsAny<IOException>(() => new HalfWriter().Write(SampleDataset.Create(), folder.Path));
        Assert.False(File.Exists(folder.File("half.txt")));
    }

    /// <summary>Writes part of its file, then fails as a full disk does on Linux (errno ENOSPC as the HResult, the file named).</summary>
    private sealed class HalfWriter : DocReport.Output.DatasetFileWriter
    {
        public HalfWriter() : base("half.txt") { }

        public override string Format => "half";

        public override void Write(DocReport.Model.ArticleDataset dataset, Stream output)
        {
            output.Write("partial"u8);
            throw new IOException($"No space left on device : '{(output as FileStream)?.Name ?? "/out/.docreport/staging-0-of-1/half.txt"}'", 28);
        }
    }

    private sealed class CancelAfter(int count, CancellationTokenSource cancel) : IProgress<DocumentOutcome>
    {
        private int done;

        public void Report(DocumentOutcome value)
        {
            if (Interlocked.Increment(ref done) == count) cancel.Cancel();
        }
    }
}
