using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Two models' out-of-fold news probabilities (tune's <c>--scores</c> files) compared on samples the size of the news
/// test part: whole pages of the first <c>count</c> news training sentences drawn at random until a sample holds 248
/// sentences, each model's F1 at its own threshold. Tells how far a difference between the two models on one such sample
/// can stray from their difference on the whole set.
/// </summary>
internal static class PairedResampling
{
    private const int SampleSize = 248;
    private const int Samples = 5000;

    /// <summary><paramref name="count"/> counts news-train's lines (the first N drawn without a pattern); the scores files hold the sentences training read.</summary>
    public static void Run(TrainingNews newsTrain, string first, string second, int count)
    {
        count = newsTrain.Before(count);
        var pages = newsTrain.Sentences.Take(count).Select(s => s.Page).ToList();
        var (a, b) = (Read(first, count, newsTrain.Sentences.Count), Read(second, count, newsTrain.Sentences.Count));
        var byPage = Enumerable.Range(0, pages.Count).GroupBy(i => pages[i]).Select(g => g.ToArray()).ToList();
        var random = new Random(7);
        var differences = new double[Samples];
        for (var s = 0; s < Samples; s++)
        {
            var sample = new List<int>();
            while (sample.Count < SampleSize) sample.AddRange(byPage[random.Next(byPage.Count)]);
            differences[s] = F1(b, sample) - F1(a, sample);
        }
        Array.Sort(differences);
        var all = Enumerable.Range(0, pages.Count).ToList();
        var mean = differences.Average();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pages.Count} sentences: F1 first {F1(a, all):F3}, second {F1(b, all):F3}; second - first on {Samples} samples of {SampleSize}+ sentences (whole pages): mean {mean:F3}, sd {Math.Sqrt(differences.Average(d => (d - mean) * (d - mean))):F3}, 5% {differences[Samples / 20]:F3}, 95% {differences[Samples - Samples / 20]:F3}"));
        foreach (var drop in new[] { 0.02, 0.04, 0.06 })
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  samples where second is at least {drop:F2} below first: {differences.Count(d => d <= -drop) / (double)Samples:P1}"));
    }

    private static (bool Gold, bool Flagged)[] Read(string path, int count, int trained)
    {
        var lines = File.ReadAllLines(path);
        // a file written before round 23 scores the gates' sentences too, and its rows would no longer line up
        if (lines.Length - 1 != trained) throw new InvalidOperationException($"{path} scores {lines.Length - 1} sentences, training reads {trained}: write it again with tune --scores.");
        var threshold = double.Parse(lines[0].Split(' ')[^1], CultureInfo.InvariantCulture);
        return lines.Skip(1).Take(count).Select(l => l.Split('\t'))
            .Select(f => (bool.Parse(f[1]), double.Parse(f[2], CultureInfo.InvariantCulture) >= threshold)).ToArray();
    }

    private static double F1((bool Gold, bool Flagged)[] model, IReadOnlyList<int> sample) =>
        BinaryCounts.Of(sample.Select(i => model[i])).F1;
}
