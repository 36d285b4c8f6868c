using DocReport.Claims.Accurate;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Every sentence of a news page embedded by the accurate model's encoder (round 22), so that a labelled sentence can be
/// read against its page: the page's mean vector, or the mean of its neighbours' (the sentences before and after it). The
/// page is split by today's pipeline (<see cref="NewsContexts.Sentences"/>), as the runtime would see the document, and its
/// vectors are kept in a cache folder outside the repository, one "PAGE.f32" (384 floats a sentence) with "PAGE.txt" (the
/// sentences, one a line) beside it; a page not found is cached as an empty file. Pages named in <paramref name="skipped"/> are never converted (the held-out and check pages).
/// </summary>
internal sealed class PageEmbeddings(string folder, NewsContexts pages, IReadOnlySet<string> skipped)
{
    private const int Dimensions = 384;

    private readonly Lazy<ArcticClaimModel> arctic = new();
    private readonly Dictionary<string, (float[][] Vectors, List<string> Keys)> read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, float[]?> means = new(StringComparer.Ordinal);

    /// <summary>Sentences embedded in this run (not read from the cache).</summary>
    public int Embedded { get; private set; }

    /// <summary>The mean of the page's sentence vectors, or null when the page is skipped or not found.</summary>
    public float[]? Mean(string page)
    {
        if (means.TryGetValue(page, out var mean)) return mean;
        return means[page] = Average(Read(page).Vectors);
    }

    /// <summary>The mean of the vectors of the sentences before and after <paramref name="text"/> in its page, or null when
    /// the page or the sentence is not found or the sentence stands alone.</summary>
    public float[]? Neighbours(string page, string text)
    {
        var (vectors, keys) = Read(page);
        var at = keys.IndexOf(NewsContexts.Key(text));
        return at < 0 ? null : Average([.. new[] { at - 1, at + 1 }.Where(i => i >= 0 && i < vectors.Length).Select(i => vectors[i])]);
    }

    private static float[]? Average(float[][] vectors) =>
        vectors.Length == 0 ? null : [.. Enumerable.Range(0, Dimensions).Select(d => (float)vectors.Average(v => v[d]))];

    private (float[][] Vectors, List<string> Keys) Read(string page)
    {
        if (!read.TryGetValue(page, out var found))
        {
            var vectors = Vectors(page);
            var textPath = Path.Combine(folder, page + ".txt");
            read[page] = found = (vectors, vectors.Length == 0 || !File.Exists(textPath) ? [] : [.. File.ReadLines(textPath).Select(NewsContexts.Key)]);
        }
        return found;
    }

    private float[][] Vectors(string page)
    {
        if (skipped.Contains(page)) return [];
        var path = Path.Combine(folder, page + ".f32");
        if (File.Exists(path))
        {
            using var file = new BinaryReader(File.OpenRead(path));
            var count = (int)(file.BaseStream.Length / (Dimensions * sizeof(float)));
            return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, Dimensions).Select(_ => file.ReadSingle()).ToArray())];
        }
        var texts = pages.Sentences(page);
        var vectors = texts.Count == 0 ? [] : arctic.Value.Embed(texts).ToArray();
        Embedded += texts.Count;
        Directory.CreateDirectory(folder);
        using (var writer = new BinaryWriter(File.Create(path)))
        {
            foreach (var vector in vectors) foreach (var value in vector) writer.Write(value);
        }
        File.WriteAllLines(Path.Combine(folder, page + ".txt"), texts.Select(t => t.ReplaceLineEndings(" ")));
        return vectors;
    }
}
