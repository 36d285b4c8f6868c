using System.Diagnostics;
using DocReport.Claims.Accurate;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Sentence embeddings of snowflake-arctic-embed-xs, made by the accurate claim model's own encoder, computed once per set
/// and kept in a cache folder outside the repository (384 floats a sentence), so that a grid of trainings does not run the
/// encoder again. A file is reused only when it holds as many vectors as the set has sentences and its key (a hash of the
/// sentences, in a ".key" file beside it) matches, so a set whose rows were edited or reordered is embedded again.
/// </summary>
internal sealed class EmbeddingCache(string folder)
{
    private readonly ArcticClaimModel encoder = new();

    public float[][] Of(string setName, IReadOnlyList<string> texts)
    {
        var path = Path.Combine(folder, setName + ".f32");
        var keyPath = path + ".key";
        var key = StableHash.Of(string.Join('\n', texts)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (File.Exists(path) && new FileInfo(path).Length == (long)texts.Count * 384 * sizeof(float)
            && (!File.Exists(keyPath) || File.ReadAllText(keyPath) == key))
        {
            if (!File.Exists(keyPath)) File.WriteAllText(keyPath, key); // a cache written before keys: its length matched
            return Read(path, texts.Count);
        }
        var clock = Stopwatch.StartNew();
        var vectors = encoder.Embed(texts);
        Console.WriteLine($"embedded {texts.Count} sentences of {setName} in {clock.Elapsed.TotalSeconds:F1} s ({texts.Count / clock.Elapsed.TotalSeconds:F0}/s)");
        Directory.CreateDirectory(folder);
        using var file = new BinaryWriter(File.Create(path));
        foreach (var vector in vectors) foreach (var value in vector) file.Write(value);
        File.WriteAllText(keyPath, key);
        return [.. vectors];
    }

    private static float[][] Read(string path, int count)
    {
        using var file = new BinaryReader(File.OpenRead(path));
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, 384).Select(_ => file.ReadSingle()).ToArray()).ToArray();
    }
}
