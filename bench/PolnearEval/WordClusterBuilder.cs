using System.Globalization;
using System.Text;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Word classes learnt without labels, for the tagger to carry what it learnt of one word to words it has not seen in that
/// role: each word of the texts seen at least <c>minCount</c> times is described by the words beside it (the most frequent
/// words, two places either side, weighted by positive pointwise mutual information), and the descriptions are grouped by
/// spherical k-means at two sizes. Reads only the texts, never the annotations.
/// </summary>
internal static class WordClusterBuilder
{
    private const int Offsets = 4; // -2, -1, +1, +2

    public static string Write(IEnumerable<string> texts, int minCount, int contextWords, int coarse, int fine)
    {
        var lines = texts.SelectMany(t => t.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(l => Tokenizer.Tokens(l, 0, l.Length).Select(t => t.Lower).ToArray()).ToList();
        var counts = lines.SelectMany(l => l).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var total = (double)counts.Values.Sum();
        var words = counts.Where(c => c.Value >= minCount && c.Key.Any(char.IsLetter)).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key).ToArray();
        var index = words.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        var contexts = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(contextWords)
            .Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var edge = contexts.Count; // the line's start or end
        var dims = (contexts.Count + 1) * Offsets;
        var cooc = words.Select(_ => new Dictionary<int, int>()).ToArray();
        foreach (var line in lines)
            for (var i = 0; i < line.Length; i++)
            {
                if (!index.TryGetValue(line[i], out var w)) continue;
                var slot = 0;
                foreach (var d in new[] { -2, -1, 1, 2 })
                {
                    var j = i + d;
                    var c = j < 0 || j >= line.Length ? edge : contexts.GetValueOrDefault(line[j], -1);
                    if (c >= 0) cooc[w][slot * (contexts.Count + 1) + c] = cooc[w].GetValueOrDefault(slot * (contexts.Count + 1) + c) + 1;
                    slot++;
                }
            }
        var contextCount = new double[contexts.Count + 1];
        foreach (var (word, c) in contexts) contextCount[c] = counts[word];
        contextCount[edge] = lines.Count;
        var vectors = cooc.Select((row, w) => Normalised(row.Select(kv =>
        {
            var pmi = Math.Log(kv.Value * total / (counts[words[w]] * contextCount[kv.Key % (contexts.Count + 1)]));
            return (kv.Key, (float)Math.Max(0, pmi));
        }).Where(x => x.Item2 > 0).OrderBy(x => x.Key).ToArray())).ToArray();
        var coarseOf = SphericalKMeans(vectors, dims, coarse, seed: 1);
        var fineOf = SphericalKMeans(vectors, dims, fine, seed: 2);
        var text = new StringBuilder();
        text.AppendLine("# Word classes learnt without labels for the attribution tagger (WordClusters): word, class of " + coarse + ", class of " + fine + ".");
        text.AppendLine($"# From the texts of PolNeAR train (check set left out), words seen {minCount} times or more, described by the {contextWords} most");
        text.AppendLine("# frequent words two places either side (positive PMI), grouped by spherical k-means. Rebuild from the repository root:");
        text.AppendLine($"# dotnet run -c Release --project bench/PolnearEval -- word-clusters --min-count {minCount} --contexts {contextWords} --classes {coarse},{fine}");
        for (var w = 0; w < words.Length; w++)
            text.Append(words[w]).Append('\t').Append(coarseOf[w].ToString(CultureInfo.InvariantCulture)).Append('\t').Append(fineOf[w].ToString(CultureInfo.InvariantCulture)).Append('\n');
        return text.ToString();
    }

    private static (int Key, float Value)[] Normalised((int Key, float Value)[] row)
    {
        var norm = (float)Math.Sqrt(row.Sum(x => (double)x.Value * x.Value));
        return norm == 0 ? row : row.Select(x => (x.Key, x.Value / norm)).ToArray();
    }

    /// <summary>k groups of unit vectors by cosine: each vector joins its nearest centre, each centre the normalised mean of its group.</summary>
    private static int[] SphericalKMeans((int Key, float Value)[][] vectors, int dims, int k, int seed)
    {
        var random = new Random(seed);
        var centres = new float[k][];
        var picks = Enumerable.Range(0, vectors.Length).OrderBy(_ => random.Next()).Take(k).ToArray();
        for (var c = 0; c < k; c++)
        {
            centres[c] = new float[dims];
            foreach (var (key, value) in vectors[picks[c]]) centres[c][key] = value;
        }
        var of = new int[vectors.Length];
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var moved = 0;
            for (var v = 0; v < vectors.Length; v++)
            {
                var (best, bestScore) = (0, float.MinValue);
                for (var c = 0; c < k; c++)
                {
                    var score = 0f;
                    foreach (var (key, value) in vectors[v]) score += value * centres[c][key];
                    if (score > bestScore) (best, bestScore) = (c, score);
                }
                if (of[v] != best || iteration == 0) moved++;
                of[v] = best;
            }
            for (var c = 0; c < k; c++) Array.Clear(centres[c]);
            for (var v = 0; v < vectors.Length; v++)
                foreach (var (key, value) in vectors[v]) centres[of[v]][key] += value;
            foreach (var centre in centres)
            {
                var norm = (float)Math.Sqrt(centre.Sum(x => (double)x * x));
                if (norm > 0) for (var d = 0; d < dims; d++) centre[d] /= norm;
            }
            if (moved < vectors.Length / 1000) break;
        }
        return of;
    }
}
