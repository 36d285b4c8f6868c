using System.Diagnostics;
using DocReport.Claims.Accurate;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Sentence embeddings of snowflake-arctic-embed-xs, made by the accurate claim model's own encoder, computed once per set
/// and kept in a cache folder outside the repository (384 floats a sentence), so that a grid of trainings does not run the
/// encoder again.
/// </summary>
internal sealed class EmbeddingCache(string folder)
{
    private readonly ArcticClaimModel encoder = new();

    public float[][] Of(string setName, IReadOnlyList<string> texts)
    {
        var path = Path.Combine(folder, setName + ".f32");
        if (File.Exists(path) && new FileInfo(path).Length == (long)texts.Count * 384 * sizeof(float)) return Read(path, texts.Count);
        var clock = Stopwatch.StartNew();
        var vectors = encoder.Embed(texts);
        Console.WriteLine($"embedded {texts.Count} sentences of {setName} in {clock.Elapsed.TotalSeconds:F1} s ({texts.Count / clock.Elapsed.TotalSeconds:F0}/s)");
        Directory.CreateDirectory(folder);
        using var file = new BinaryWriter(File.Create(path));
        foreach (var vector in vectors) foreach (var value in vector) file.Write(value);
        return [.. vectors];
    }

    private static float[][] Read(string path, int count)
    {
        using var file = new BinaryReader(File.OpenRead(path));
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, 384).Select(_ => file.ReadSingle()).ToArray()).ToArray();
    }
}
