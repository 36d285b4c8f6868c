using System.IO.Compression;
using DocReport.Model;
using DocReport.Output;
using DocReport.Output.Json;

namespace DocReport.Batch;

/// <summary>
/// A document's dataset where a re-run can read it back: its dataset.json, or, when the formats asked for have none, a
/// compressed copy kept beside the outputs (<see cref="FileName"/>, hidden, as the manifest does not list it). The batch
/// outputs (the combined workbook, Parquet) need every document's dataset, the kept ones' too: without a copy to read, a
/// re-run of <c>-f pdf,xlsx</c> converted every document again, so an interrupted batch of thousands started over.
/// </summary>
internal static class KeptDataset
{
    /// <summary>The compressed copy's name in a document's folder.</summary>
    public const string FileName = ".dataset.json.gz";

    /// <summary>Writes the copy into <paramref name="folder"/> when <paramref name="formats"/> write no dataset.json there.</summary>
    public static void Keep(ArticleDataset dataset, string folder, IReadOnlyCollection<string> formats)
    {
        if (formats.Contains(OutputFormats.Json)) return;
        AtomicFile.Write(Path.Combine(folder, FileName), stream =>
        {
            using var zipped = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
            new JsonDatasetWriter().Write(dataset, zipped);
        });
    }

    /// <summary>The dataset a complete folder holds (its dataset.json, else the copy); null when neither can be read.</summary>
    public static ArticleDataset? Read(string folder)
    {
        var json = Path.Combine(folder, JsonDatasetWriter.FileName);
        if (File.Exists(json)) return JsonDatasetReader.Read(json).Value;
        var copy = Path.Combine(folder, FileName);
        if (!File.Exists(copy)) return null;
        try
        {
            using var zipped = new GZipStream(File.OpenRead(copy), CompressionMode.Decompress);
            return JsonDatasetReader.Read(zipped).Value;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }
}
