using System.Text;
using DocReport.Output.Json;
using DocReport.Pipeline;
using DocReport.Tests.Output;

namespace DocReport.Tests.Pipeline;

public class ConvertAsyncTests
{
    private const string Article = """
        Town Opens Its First Public Library in Fifty Years

        The town council opened a new public library on Saturday, the first in fifty years. The mayor said 2,400 residents had registered for cards in the first week.

        The building cost $3.1 million, according to the council's annual report, and was paid for partly by a national grant.
        """;

    private static readonly DocReportPipeline Pipeline = new PipelineBuilder().Build();

    /// <summary>Records reports on the reporting thread, in order (<see cref="Progress{T}"/> would post them elsewhere).</summary>
    private sealed class Recorder(Action<ConversionProgress>? onReport = null) : IProgress<ConversionProgress>
    {
        public List<ConversionStage> Stages { get; } = [];

        // The analysis tells its stage again as it moves through the paragraphs: a stage is kept once as it begins.
        public void Report(ConversionProgress value)
        {
            if (Stages.Count == 0 || Stages[^1] != value.Stage) Stages.Add(value.Stage);
            onReport?.Invoke(value);
        }
    }

    private static byte[] Json(DocReport.Model.ArticleDataset dataset)
    {
        using var stream = new MemoryStream();
        new JsonDatasetWriter().Write(dataset, stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task A_file_converted_asynchronously_gives_the_same_dataset_and_reports_every_stage()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("library.txt"), Article);
        var progress = new Recorder();

        var result = await Pipeline.ConvertAsync(folder.File("library.txt"), progress);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(Json(Pipeline.Convert(folder.File("library.txt")).Dataset!), Json(result.Dataset!));
        Assert.Equal(
            [ConversionStage.Loading, ConversionStage.Reading, ConversionStage.Structuring, ConversionStage.Analyzing, ConversionStage.Validating, ConversionStage.Done],
            progress.Stages);
    }

    [Fact]
    public async Task A_missing_file_is_a_result_that_reports_done()
    {
        var progress = new Recorder();

        var result = await Pipeline.ConvertAsync(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt"), progress);

        Assert.Equal("file not found", result.Error);
        Assert.Equal([ConversionStage.Loading, ConversionStage.Done], progress.Stages);
    }

    [Fact]
    public async Task Cancelling_between_stages_stops_the_conversion()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new Recorder(p => { if (p.Stage == ConversionStage.Structuring) cancel.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Pipeline.ConvertAsync(new MemoryStream(Encoding.UTF8.GetBytes(Article)), "library", progress, cancel.Token));

        Assert.Equal(ConversionStage.Structuring, progress.Stages[^1]);
    }

    [Fact]
    public async Task An_already_cancelled_token_stops_before_any_work()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("library.txt"), Article);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Pipeline.ConvertAsync(folder.File("library.txt"), null, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task A_stream_is_read_to_its_end_and_named_as_given()
    {
        var result = await Pipeline.ConvertAsync(new MemoryStream(Encoding.UTF8.GetBytes(Article)), "stdin");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("stdin", result.Dataset!.Document.SourcePath);
        Assert.Equal("Town Opens Its First Public Library in Fifty Years", result.Dataset.Document.Title);
    }

    [Fact]
    public async Task An_empty_or_oversized_stream_is_refused_with_the_reason()
    {
        var small = new PipelineBuilder().UseOptions(new PipelineOptions { MaxInputBytes = 100 }).Build();

        Assert.Equal("input is empty", (await Pipeline.ConvertAsync(new MemoryStream(), "stdin")).Error);
        Assert.Equal("input is over the limit of 100 bytes", (await small.ConvertAsync(new MemoryStream(Encoding.UTF8.GetBytes(Article)), "stdin")).Error);
    }
}
