using DocReport.Batch;
using DocReport.Pipeline;
using DocReport.Tests.Output;

namespace DocReport.Tests.Batch;

public sealed class BatchRunnerTests
{
    private const string Article = """
        Town Opens Its First Public Library in Fifty Years

        The town council opened a new public library on Saturday, the first in fifty years. The mayor said 2,400 residents had registered for cards in the first week.
        """;

    private static BatchRunner Runner(params string[] formats) =>
        new(new PipelineBuilder().Build(), new BatchOptions { Formats = formats, Jobs = 2 });

    [Fact]
    public void Outcomes_come_back_in_input_order_with_missing_and_empty_inputs_failed()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.txt");
        File.WriteAllText(good, Article);
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
        Assert.Null(result.BatchWorkbook);
    }

    [Fact]
    public void A_cancelled_batch_throws_and_converts_nothing()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.txt"), Article);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            Runner("json").Run(BatchPlan.Create([folder.Path], folder.File("out")), cancellationToken: new CancellationToken(canceled: true)));
        Assert.False(Directory.Exists(Path.Combine(folder.File("out"), "a")));
    }

    private sealed class SynchronousProgress(Action<DocumentOutcome> report) : IProgress<DocumentOutcome>
    {
        public void Report(DocumentOutcome value) => report(value);
    }
}
