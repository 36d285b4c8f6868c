using DocReport.Model;
using DocReport.Output.Json;
using DocReport.Pipeline;

namespace DocReport.Tests.Output;

/// <summary>dataset.json written and read back: what a user of the file sees. Shared by the tests that read outputs back.</summary>
internal static class JsonRoundTrip
{
    public static ArticleDataset Of(ArticleDataset dataset)
    {
        using var stream = new MemoryStream();
        new JsonDatasetWriter().Write(dataset, stream);
        stream.Position = 0;
        return JsonDatasetReader.Read(stream).Value!;
    }

    /// <summary>An input converted by the default pipeline (it must succeed), its dataset.json written and read back.</summary>
    public static ArticleDataset Convert(string name, byte[] bytes)
    {
        using var pipeline = new PipelineBuilder().Build();
        var result = pipeline.Convert(new SourceFile(name, bytes));
        Assert.True(result.Succeeded, result.Error);
        return Of(result.Dataset!);
    }
}
