using System.Text.Json;
using DocReport.Model;

namespace DocReport.Output.Json;

/// <summary>Writes dataset.json: the whole dataset, deterministic to the byte.</summary>
public sealed class JsonDatasetWriter() : DatasetFileWriter(FileName)
{
    /// <summary>The file name written into an output folder.</summary>
    public const string FileName = "dataset.json";

    /// <inheritdoc />
    public override string Format => OutputFormats.Json;

    /// <summary>Writes the dataset as UTF-8 JSON without a byte-order mark, ending in a newline.</summary>
    public override void Write(ArticleDataset dataset, Stream output)
    {
        JsonSerializer.Serialize(output, DatasetJsonMapper.ToDto(dataset), DatasetJsonContext.Configured.DatasetDto);
        output.WriteByte((byte)'\n');
    }
}
