using DocReport.Batch;
using DocReport.Output.Json;
using DocReport.Pipeline;
using DocReport.Tests.Output;

namespace DocReport.Tests.Batch;

/// <summary>A document too big for the memory the process may use fails with that reason, and the batch goes on.</summary>
public sealed class OutOfMemoryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_document_that_runs_out_of_memory_is_named_with_what_to_do_and_the_next_is_written(bool inTypeInitialiser)
    {
        using var folder = new TempFolder();
        var inputs = Enumerable.Range(0, 2).Select(n =>
        {
            var path = folder.File($"story{n}.txt");
            File.WriteAllText(path, BatchArticles.Article(n));
            return path;
        }).ToList();
        var pipeline = new PipelineBuilder().UseWriter(new JsonDatasetWriter()).UseWriter(new FirstWriteRunsOut(inTypeInitialiser)).Build();

        var result = new BatchRunner(pipeline, new BatchOptions { Formats = ["json", "greedy"], Jobs = 1 })
            .Run(BatchPlan.Create(inputs, folder.File("out")));

        // before: "internal error (OutOfMemoryException: ...); please report it with this file"
        var failed = result.Documents[0].Error!;
        Assert.StartsWith("out of memory converting it (this process may use ", failed);
        Assert.Contains("convert it alone (--jobs 1), or where more memory is available", failed);
        Assert.DoesNotContain("internal error", failed);
        Assert.Null(result.Documents[1].Error);
        Assert.True(File.Exists(Path.Combine(folder.File("out"), "story1", "dataset.json")));
    }

    /// <summary>Runs out of memory on its first document, as a big one under a memory limit does; writes the others.</summary>
    private sealed class FirstWriteRunsOut(bool inTypeInitialiser) : DocReport.Output.DatasetFileWriter("greedy.txt")
    {
        private int writes;

        public override string Format => "greedy";

        public override void Write(DocReport.Model.ArticleDataset dataset, Stream output)
        {
            if (writes++ > 0) return;
            var outOfMemory = new OutOfMemoryException();
            throw inTypeInitialiser ? new TypeInitializationException("DocReport.Models", outOfMemory) : outOfMemory;
        }
    }
}
