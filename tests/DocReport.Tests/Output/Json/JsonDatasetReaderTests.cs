using System.Text;
using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Output.Json;

namespace DocReport.Tests.Output.Json;

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
    public void An_attribution_s_kind_is_written_and_read_back_and_a_version_2_file_without_one_reads_as_speech()
    {
        var sample = SampleDataset.Create();
        var belief = sample with { Attributions = [sample.Attributions[0] with { Kind = AttributionKind.Belief, SourceId = null }] };
        using var stream = new MemoryStream();
        new JsonDatasetWriter().Write(belief, stream);
        var json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"kind\": \"belief\"", json);
        Assert.Equal(AttributionKind.Belief, Assert.Single(Read(json).Attributions).Kind);

        var version2 = Regex.Replace(json, @",\s*""kind"": ""belief""", "").Replace("\"schemaVersion\": 3", "\"schemaVersion\": 2");
        Assert.DoesNotContain("belief", version2);
        Assert.Equal(AttributionKind.Speech, Assert.Single(Read(version2).Attributions).Kind);
    }

    private static ArticleDataset Read(string json)
    {
        var read = JsonDatasetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.True(read.Succeeded, read.Error);
        return read.Value!;
    }

    [Fact]
    public async Task Bad_content_and_a_missing_file_are_results_not_exceptions()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");

        Assert.StartsWith("not a valid dataset.json", (await JsonDatasetReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("{\"schemaVersion\": ")))).Error);
        Assert.StartsWith(missing, JsonDatasetReader.Read(missing).Error);
    }
}
