using DocReport.Batch;
using DocReport.Tests.Output;

namespace DocReport.Tests.Batch;

/// <summary>The batch outputs of a run that is cancelled while it writes them: none is moved into place, an earlier run's stay whole.</summary>
public sealed class BatchAssemblerTests
{
    [Theory]
    [InlineData("xlsx", "parquet")]
    [InlineData("parquet")]
    [InlineData("xlsx")]
    public void Cancelled_while_saving_it_leaves_an_earlier_runs_batch_outputs_as_they_were_and_no_temporary_file(params string[] formats)
    {
        using var folder = new TempFolder();
        Assemble(folder.Path, formats, "Earlier run", CancellationToken.None);
        var before = Snapshot(folder.Path);
        Assert.NotEmpty(before);

        Assert.ThrowsAny<OperationCanceledException>(() => Assemble(folder.Path, formats, "Later run", new CancellationToken(canceled: true)));

        Assert.Equal(before, Snapshot(folder.Path));
    }

    [Fact]
    public void Cancelled_on_a_first_run_it_writes_no_batch_output()
    {
        using var folder = new TempFolder();

        Assert.ThrowsAny<OperationCanceledException>(() => Assemble(folder.Path, ["xlsx", "parquet"], "First run", new CancellationToken(canceled: true)));

        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    private static void Assemble(string root, string[] formats, string title, CancellationToken token)
    {
        using var assembler = new BatchAssembler(root, formats, inputCount: 2);
        var dataset = SampleDataset.Create();
        assembler.Add("one.md", dataset with { Document = dataset.Document with { Title = title } }, null);
        assembler.Add("two.pdf", null, "not a PDF");
        var (files, error) = assembler.Save(token);
        Assert.Null(error);
        Assert.Equal(BatchAssembler.OutputNames(formats, 2).Count, files.Count);
    }

    /// <summary>Every file under <paramref name="root"/>, temporary ones included, with its bytes.</summary>
    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(File.ReadAllBytes(f)));
}
