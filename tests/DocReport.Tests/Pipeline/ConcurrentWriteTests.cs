using DocReport.Pipeline;
using DocReport.Tests.Output.Brief;

namespace DocReport.Tests.Pipeline;

/// <summary>The writers run side by side; a failing one must still look like a failed write, not a defect.</summary>
public sealed class ConcurrentWriteTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("docreport-concurrent-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_writer_that_cannot_write_throws_its_own_io_error_and_the_others_finish()
    {
        // A folder where dataset.json should go: the JSON writer's move into place fails.
        Directory.CreateDirectory(Path.Combine(folder, "dataset.json"));
        var pipeline = new PipelineBuilder().Build();

        Assert.ThrowsAny<IOException>(() => pipeline.Write(BriefFixture.Create(30), folder, ["xlsx", "json", "csv"]));

        Assert.True(new FileInfo(Path.Combine(folder, "dataset.xlsx")).Length > 0);
        Assert.Equal(31, File.ReadAllLines(Path.Combine(folder, "paragraphs.csv")).Length);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Concurrently_rethrows_the_failure_itself_after_every_action_ran()
    {
        var ran = 0;

        var thrown = Assert.Throws<UnauthorizedAccessException>(() => Concurrently.Run(
            () => Interlocked.Increment(ref ran),
            () => throw new UnauthorizedAccessException("denied"),
            () => Interlocked.Increment(ref ran)));

        Assert.Equal("denied", thrown.Message);
        Assert.Equal(2, ran);
    }
}
