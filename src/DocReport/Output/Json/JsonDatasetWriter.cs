using System.Text.Json;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Output.Json;

/// <summary>Writes dataset.json: the whole dataset, deterministic to the byte.</summary>
public sealed class JsonDatasetWriter : IDatasetWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "dataset.json";

    public string Format => OutputFormats.Json;

    /// <summary>Writes <c>dataset.json</c> into <paramref name="folder"/>, through a temporary file.</summary>
    public void Write(ArticleDataset dataset, string folder) =>
        AtomicFile.Write(Path.Combine(folder, FileName), stream => Write(dataset, stream));

    internal static void Write(ArticleDataset dataset, Stream stream)
    {
        JsonSerializer.Serialize(stream, DatasetJsonMapper.ToDto(dataset), DatasetJsonContext.Configured.DatasetDto);
        stream.WriteByte((byte)'\n');
    }
}
