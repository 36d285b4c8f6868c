using System.Diagnostics;
using DocReport.Claims.Accurate;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Sentence embeddings, computed once per set and encoder and kept in a cache folder outside the repository (384 floats a
/// sentence), so that a grid of trainings does not run the encoder again: snowflake-arctic-embed-xs by the accurate claim
/// model's own encoder in the folder itself, all-MiniLM-L6-v2 ("minilm", round 18) in its "minilm" subfolder; "arctic+minilm"
/// joins the two vectors (768 values). Round 20's variants of arctic are written to their own folder (<c>variants</c>, never
/// the arctic cache itself): "arctic-mean" and "arctic-max" pool the token states by mean or maximum instead of taking the
/// first token's (both from one run of the encoder), "arctic-query" puts the model's query prefix before each sentence,
/// "arctic-content" (round 25) embeds the sentence with its attribution frame taken off, and "arctic-news" is the arctic vector
/// for news sentences and zeros for CT24's debate lines (joined to arctic, news gets embedding weights of its own).
/// A file is reused only when it holds as many vectors as the set has sentences and its key (a hash of the sentences, in a ".key" file beside it) matches, so a set whose rows were edited or reordered is
/// embedded again.
/// </summary>
internal sealed class EmbeddingCache(string folder, string encoders = "arctic", string variants = "../data/claims/embedding-variants")
{
    private readonly string variants = Path.GetFullPath(variants);

    /// <summary>The prefix snowflake-arctic-embed was trained with for queries (its model card); documents take none.</summary>
    private const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    private readonly Lazy<ArcticClaimModel> arctic = new();
    private readonly Lazy<ArcticEncoder> variantEncoder = new();
    private readonly Lazy<MiniLmEncoder> miniLm = new();
    // The maximum-pooled vectors of the set last embedded for "arctic-mean", so the pair costs one run of the encoder.
    private readonly Dictionary<string, float[][]> pooledMax = [];

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
            "arctic-mean" => (Path.Combine(variants, encoder), texts => MeanAndMax(setName, texts)),
            "arctic-max" => (Path.Combine(variants, encoder), texts => pooledMax.Remove(setName, out var max) ? max : MeanAndMax(setName, texts, keepMax: false)),
            "arctic-query" => (Path.Combine(variants, encoder), texts => variantEncoder.Value.Embed(texts, [ArcticPooling.First], QueryPrefix)[0]),
            "arctic-content" => (Path.Combine(variants, encoder), texts => ContentOnly(setName, texts)),
            "arctic-news" => (Path.Combine(variants, encoder), texts => setName.StartsWith("news", StringComparison.Ordinal) ? Of("arctic", setName, texts) : [.. texts.Select(_ => new float[384])]),
            "arctic-quoted" => (Path.Combine(variants, encoder), texts => QuotedOnly(setName, texts)),
            "arctic-reported" => (Path.Combine(variants, encoder), texts => Of("arctic", setName, texts).Select((v, i) => ReportedSpeech.IsReported(texts[i]) ? v : new float[384]).ToArray()),
            _ => throw new ArgumentException($"unknown encoder {encoder}: arctic, minilm, arctic-mean, arctic-max, arctic-query, arctic-content, arctic-news, arctic-quoted, arctic-reported, or two joined by '+'"),
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

    /// <summary>Round 25: each sentence's vector with its attribution frame taken off (<see cref="ReportedContent"/>); a sentence
    /// with none keeps its arctic vector from the cache, so only the framed ones run the encoder.</summary>
    private float[][] ContentOnly(string setName, IReadOnlyList<string> texts)
    {
        var whole = Of("arctic", setName, texts);
        var contents = texts.Select(ReportedContent.Of).ToList();
        var framed = Enumerable.Range(0, texts.Count).Where(i => contents[i] != texts[i]).ToList();
        Console.WriteLine($"arctic-content: {framed.Count} of {texts.Count} sentences of {setName} have a frame taken off");
        var vectors = variantEncoder.Value.Embed([.. framed.Select(i => contents[i])]);
        for (var j = 0; j < framed.Count; j++) whole[framed[j]] = vectors[j];
        return whole;
    }

    /// <summary>Round 31: the vector of the words inside a sentence's quotation marks (<see cref="ReportedSpeech.QuotedWords"/>),
    /// zeros for a sentence quoting nothing of four words or more, so only the quoted spans run the encoder.</summary>
    private float[][] QuotedOnly(string setName, IReadOnlyList<string> texts)
    {
        var quoted = texts.Select(ReportedSpeech.QuotedWords).ToList();
        var spans = Enumerable.Range(0, texts.Count).Where(i => quoted[i] is not null).ToList();
        Console.WriteLine($"arctic-quoted: {spans.Count} of {texts.Count} sentences of {setName} quote four words or more");
        var vectors = variantEncoder.Value.Embed([.. spans.Select(i => quoted[i]!)]);
        var result = texts.Select(_ => new float[384]).ToArray();
        for (var j = 0; j < spans.Count; j++) result[spans[j]] = vectors[j];
        return result;
    }

    /// <summary>The mean-pooled vectors; the maximum-pooled ones of the same run are kept for "arctic-max" (or returned, without <paramref name="keepMax"/>).</summary>
    private float[][] MeanAndMax(string setName, IReadOnlyList<string> texts, bool keepMax = true)
    {
        var pooled = variantEncoder.Value.Embed(texts, [ArcticPooling.Mean, ArcticPooling.Max]);
        if (!keepMax) return pooled[1];
        pooledMax[setName] = pooled[1];
        return pooled[0];
    }

    private static float[][] Read(string path, int count)
    {
        using var file = new BinaryReader(File.OpenRead(path));
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, 384).Select(_ => file.ReadSingle()).ToArray()).ToArray();
    }
}
