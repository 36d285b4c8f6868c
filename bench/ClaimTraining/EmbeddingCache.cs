using System.Diagnostics;
using DocReport.Claims.Accurate;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Sentence embeddings, computed once per set and encoder and kept in a cache folder outside the repository (384 floats a
/// sentence), so that a grid of trainings does not run the encoder again: snowflake-arctic-embed-xs by the accurate claim
/// model's own encoder in the folder itself, all-MiniLM-L6-v2 ("minilm", round 18) in its "minilm" subfolder; "arctic+minilm"
/// joins the two vectors (768 values). A file is reused only when it holds as many vectors as the set has sentences and its
/// key (a hash of the sentences, in a ".key" file beside it) matches, so a set whose rows were edited or reordered is
/// embedded again.
/// </summary>
internal sealed class EmbeddingCache(string folder, string encoders = "arctic")
{
    private readonly Lazy<ArcticClaimModel> arctic = new();
    private readonly Lazy<MiniLmEncoder> miniLm = new();

    public float[][] Of(string setName, IReadOnlyList<string> texts)
    {
        var parts = encoders.Split('+').Select(encoder => Of(encoder, setName, texts)).ToList();
        return [.. Enumerable.Range(0, texts.Count).Select(i => parts.SelectMany(p => p[i]).ToArray())];
    }

    private float[][] Of(string encoder, string setName, IReadOnlyList<string> texts)
    {
        var (subfolder, embed) = encoder switch
        {
            "arctic" => ("", (Func<IReadOnlyList<string>, IReadOnlyList<float[]>>)arctic.Value.Embed),
            "minilm" => ("minilm", miniLm.Value.Embed),
            _ => throw new ArgumentException($"unknown encoder {encoder}: arctic, minilm or arctic+minilm"),
        };
        var path = Path.Combine(folder, subfolder, setName + ".f32");
        var keyPath = path + ".key";
        var key = StableHash.Of(string.Join('\n', texts)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (File.Exists(path) && new FileInfo(path).Length == (long)texts.Count * 384 * sizeof(float)
            && (!File.Exists(keyPath) || File.ReadAllText(keyPath) == key))
        {
            if (!File.Exists(keyPath)) File.WriteAllText(keyPath, key); // a cache written before keys: its length matched
            return Read(path, texts.Count);
        }
        var clock = Stopwatch.StartNew();
        var vectors = embed(texts);
        Console.WriteLine($"{encoder} embedded {texts.Count} sentences of {setName} in {clock.Elapsed.TotalSeconds:F1} s ({texts.Count / clock.Elapsed.TotalSeconds:F0}/s)");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
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
