using System.Text;
using DocReport.Output.Json;

namespace DocReport.Tests.Output;

public sealed class JsonDatasetReaderTests
{
    [Fact]
    public async Task Reading_asynchronously_gives_back_the_written_dataset()
    {
        using var stream = new MemoryStream();
        new JsonDatasetWriter().Write(SampleDataset.Create(), stream);
        stream.Position = 0;

        var read = await JsonDatasetReader.ReadAsync(stream);

        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(SampleDataset.Create().Claims.Select(c => c.Text), read.Value!.Claims.Select(c => c.Text));
    }

    [Fact]
    public async Task Bad_content_and_a_missing_file_are_results_not_exceptions()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");

        Assert.StartsWith("not a valid dataset.json", (await JsonDatasetReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("{\"schemaVersion\": ")))).Error);
        Assert.StartsWith(missing, JsonDatasetReader.Read(missing).Error);
    }
}
