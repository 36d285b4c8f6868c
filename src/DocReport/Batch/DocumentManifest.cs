using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using DocReport.Output;

namespace DocReport.Batch;

/// <summary>
/// Written last into a document's output folder: which input (by content hash) and which options made the files beside it.
/// A re-run finds the folder complete, and skips the input, when the hash, the options and every listed file match.
/// </summary>
internal sealed record DocumentManifest(string Input, string InputSha256, string Options, IReadOnlyList<string> Files)
{
    public const string FileName = "manifest.json";

    /// <summary>The SHA-256 of an input's bytes, in lower-case hex.</summary>
    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none or it cannot be read.</summary>
    public static DocumentManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        // A new document has none: no exception thrown and caught for each input of a first run.
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, BatchJsonContext.Default.DocumentManifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>True when this manifest says <paramref name="folder"/> holds complete outputs of the same input made with the same options.</summary>
    public bool Covers(string folder, string inputSha256, string options) =>
        InputSha256 == inputSha256 && Options == options && Files.All(f => File.Exists(Path.Combine(folder, f)));

    /// <summary>Lists the files now in <paramref name="folder"/> and writes the manifest beside them, last.</summary>
    public static void Write(string folder, string input, string inputSha256, string options)
    {
        var files = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
            .Where(f => f != FileName && !f.StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        var manifest = new DocumentManifest(input, inputSha256, options, files);
        AtomicFile.Write(Path.Combine(folder, FileName), stream => JsonSerializer.Serialize(stream, manifest, BatchJsonContext.Default.DocumentManifest));
    }
}

/// <summary>Source-generated serialization of the batch's manifests and run records.</summary>
[JsonSerializable(typeof(DocumentManifest))]
[JsonSerializable(typeof(RunRecord))]
[JsonSerializable(typeof(DocReport.Pipeline.PipelineOptions))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, NewLine = "\n")]
internal sealed partial class BatchJsonContext : JsonSerializerContext;
