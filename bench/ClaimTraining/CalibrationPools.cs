using System.Globalization;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Which held-out sentences the article threshold should be chosen on (round 26), from tune's <c>--scores</c> file (news-train
/// out of fold) and its <c>.dev</c> companion (the news dev part): the sentences of PolNeAR's plain texts (pages ending in
/// ".txt"), of trafilatura's web pages (".html") and of the Readability pages (news dev). Each pool's threshold is chosen on
/// four fifths of the pages (by page) and scored on the fifth left out, so no figure is scored at a threshold chosen on it.
/// With a second file, the two models' F1 on the web pages (news dev and trafilatura's) at each one's own threshold, with
/// the spread of the difference over samples of whole pages drawn with replacement.
/// </summary>
internal static class CalibrationPools
{
    private const int Folds = 5;
    private static readonly string[] Kinds = ["news dev", "trafilatura", "polnear"];

    private sealed record Scored(bool Gold, double Probability, string Page, string Kind);

    public static void Run(string scores, string? second)
    {
        var rows = Read(scores);
        var pools = new (string Name, Func<string, bool> Takes)[]
        {
            ("all (the procedure)", _ => true), ("web pages", k => k != "polnear"), ("polnear", k => k == "polnear"), ("news dev", k => k == "news dev"),
        };
        foreach (var (name, takes) in pools)
        {
            var chosen = new List<double>();
            var counts = Kinds.ToDictionary(k => k, _ => new List<(bool, bool)>());
            for (var fold = 0; fold < Folds; fold++)
            {
                var pool = rows.Where(r => takes(r.Kind) && StableHash.Of(r.Page) % Folds != fold).ToList();
                var threshold = Calibrated.Genre.ThresholdOf([.. pool.Select(r => r.Probability)], [.. pool.Select(r => r.Gold)]);
                chosen.Add(threshold);
                foreach (var r in rows.Where(r => StableHash.Of(r.Page) % Folds == fold)) counts[r.Kind].Add((r.Gold, r.Probability >= threshold));
            }
            var web = BinaryCounts.Of(counts["news dev"].Concat(counts["trafilatura"]));
            var kinds = string.Join("  ", Kinds.Select(k => $"{k} {Short(BinaryCounts.Of(counts[k]))}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} thresholds {string.Join(",", chosen.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))}  {kinds}  web {web.F1:F3}"));
        }
        if (second is not null) Compare(rows, Read(second));
    }

    private static void Compare(IReadOnlyList<Scored> first, IReadOnlyList<Scored> second)
    {
        double Threshold(IReadOnlyList<Scored> rows) => Calibrated.Genre.ThresholdOf([.. rows.Select(r => r.Probability)], [.. rows.Select(r => r.Gold)]);
        var (a, b) = (Threshold(first), Threshold(second));
        foreach (var (name, kinds) in new[] { ("news dev", new[] { "news dev" }), ("web pages", new[] { "news dev", "trafilatura" }) })
        {
            var pages = Enumerable.Range(0, first.Count).Where(i => kinds.Contains(first[i].Kind)).GroupBy(i => first[i].Page).Select(g => g.ToArray()).ToList();
            double Difference(IReadOnlyList<int> sample) =>
                BinaryCounts.Of(sample.Select(i => (second[i].Gold, second[i].Probability >= b))).F1 - BinaryCounts.Of(sample.Select(i => (first[i].Gold, first[i].Probability >= a))).F1;
            var all = pages.SelectMany(p => p).ToList();
            var random = new Random(7);
            var differences = Enumerable.Range(0, 2000).Select(_ =>
            {
                var sample = new List<int>();
                while (sample.Count < all.Count) sample.AddRange(pages[random.Next(pages.Count)]);
                return Difference(sample);
            }).ToList();
            var mean = differences.Average();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {all.Count} sentences, thresholds {a:F2} and {b:F2}, second - first {Difference(all):+0.000;-0.000}; over 2,000 samples of whole pages mean {mean:+0.000;-0.000}, sd {Math.Sqrt(differences.Average(d => (d - mean) * (d - mean))):F3}"));
        }
    }

    private static string Short(BinaryCounts c) => string.Create(CultureInfo.InvariantCulture, $"{c.F1:F3} ({c.TruePositives} {c.FalsePositives} {c.FalseNegatives})");

    // The scores file (a '#' line, then "index TAB gold TAB probability TAB page") and its ".dev" companion, in one list with the same rows for two models of one tune.
    private static List<Scored> Read(string scores)
    {
        if (!File.Exists(scores + ".dev")) throw new FileNotFoundException($"{scores}.dev is missing: write both with tune --scores (round 26).");
        return [.. File.ReadLines(scores + ".dev").Select(l => Row(l, "news dev"))
            .Concat(File.ReadLines(scores).Where(l => l.Length > 0 && l[0] != '#').Select(l => Row(l, null)))];
    }

    private static Scored Row(string line, string? kind)
    {
        var f = line.Split('\t');
        if (f.Length < 4) throw new InvalidDataException($"a scores line without its page (written before round 26): {line}");
        return new Scored(bool.Parse(f[1]), double.Parse(f[2], CultureInfo.InvariantCulture), f[3], kind ?? (f[3].EndsWith(".txt", StringComparison.Ordinal) ? "polnear" : "trafilatura"));
    }
}
