using System.Globalization;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Round 26, "can the features tell a listed source that is not right from one that is?": a logistic regression on the
/// features of every source DocReport lists on PolNeAR train (<see cref="ListingLabels"/>, check set left out), labelled by
/// overlap with a PolNeAR source span; its ranking quality (AUC) on a held-out fifth of train and on FieldEval's readable sets
/// (<c>--listing</c> files, judged right or not by hand), and what dropping the sources it scores below a threshold would do
/// there. With the PolNeAR labels of the same articles (<c>listing --split dev --only</c> dev2's articles), how often the
/// automatic label agrees with the hand judgement. Round 36 adds the words of the cue, the name and each mention's first word
/// (<see cref="ListedSourceFeatures.Words"/>, hashed into <see cref="Buckets"/> features) and, for each readable set, a model
/// trained on the other readable sets' judgements together with PolNeAR train.
/// </summary>
internal static class ListingTable
{
    private const int Folds = 5;
    private const int Buckets = 256;

    public static void Run(string trainFile, IReadOnlyList<string> fieldFiles, string? devLabels, TextWriter output)
    {
        var trainRows = Rows(trainFile).ToList();
        var fieldRows = fieldFiles.SelectMany(Rows).ToList();
        // dev4's pages are PolNeAR train articles: a model scored on a readable set is never trained on its pages' PolNeAR labels
        var fieldPages = fieldRows.Select(r => r[2]).ToHashSet(StringComparer.Ordinal);
        foreach (var words in new[] { false, true })
        {
            output.WriteLine(words ? "with the words, hashed:" : "without the words:");
            var train = trainRows.Select(r => (Article: r[0], Real: r[4] == "1", X: Features(r, 6, words))).ToList();
            var fold = train.Select(t => t.Article).Distinct().Order(StringComparer.Ordinal).Select((a, i) => (a, i % Folds)).ToDictionary(x => x.a, x => x.Item2);
            var held = Fit(train.Where(t => fold[t.Article] != 0).Select(t => (t.X, t.Real)).ToList());
            var heldScores = train.Where(t => fold[t.Article] == 0).Select(t => (Score(held, t.X), t.Real)).ToList();
            output.WriteLine($"PolNeAR train: {train.Count} listed sources, {train.Count(t => !t.Real)} overlapping no PolNeAR source span; " +
                             $"AUC on fold 0 (trained on the other four) {Auc(heldScores):0.000}");
            var polnear = train.Where(t => !fieldPages.Contains(t.Article)).Select(t => (t.X, t.Real)).ToList();
            var weights = Fit(polnear);
            var field = fieldRows.Select(r => (Set: r[0], Page: r[2], Name: r[4], Status: r[6], X: Features(r, 7, words))).ToList();
            output.WriteLine($"{"set",-6} {"listed",6} {"right",6} {"AUC right/not",14} {"AUC right/wrong",16}   dropped below 0.5 / 0.6 / 0.7 / 0.8 (right, not right)");
            foreach (var set in field.GroupBy(f => f.Set))
                Line(output, set.Key, set.Select(f => (Score(weights, f.X), f.Status)).ToList());
            // the readable sets' own judgements as labels: trained on the other sets (alone, then with PolNeAR train), scored on each
            foreach (var withPolnear in new[] { false, true })
            {
                output.WriteLine($"trained on the other readable sets' judgements (right or not){(withPolnear ? " and PolNeAR train" : "")}, scored on each:");
                foreach (var set in field.GroupBy(f => f.Set))
                {
                    var others = field.Where(f => f.Set != set.Key).Select(f => (f.X, f.Status == "right"));
                    var own = Fit((withPolnear ? others.Concat(polnear) : others).ToList(), l2: 5, steps: 600);
                    Line(output, set.Key, set.Select(f => (Score(own, f.X), f.Status)).ToList());
                }
            }
        }
        if (devLabels is null) return;
        var label = Rows(devLabels).GroupBy(r => (r[0], r[2])).ToDictionary(g => g.Key, g => g.First()[4] == "1");
        var both = fieldRows.Where(f => label.ContainsKey((f[2], f[4]))).Select(f => (Status: f[6], Real: label[(f[2], f[4])])).ToList();
        output.WriteLine($"the automatic label against the hand judgement, {both.Count} listed sources of articles with both:");
        foreach (var status in both.GroupBy(b => b.Status).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {status.Key,-10} labelled real {status.Count(b => b.Real)}, not real {status.Count(b => !b.Real)}");
    }

    private static void Line(TextWriter output, string set, IReadOnlyList<(double Score, string Status)> scored)
    {
        var drops = new[] { 0.5, 0.6, 0.7, 0.8 }.Select(t => $"{scored.Count(s => s.Score < t && s.Status == "right")}, {scored.Count(s => s.Score < t && s.Status != "right")}");
        output.WriteLine($"{set,-6} {scored.Count,6} {scored.Count(s => s.Status == "right"),6} {Auc(scored.Select(s => (s.Score, s.Status == "right")).ToList()),14:0.000} " +
                         $"{Auc(scored.Where(s => s.Status is "right" or "wrong").Select(s => (s.Score, s.Status == "right")).ToList()),16:0.000}   {string.Join(" / ", drops)}");
    }

    private static IEnumerable<string[]> Rows(string path) => File.ReadLines(path).Skip(1).Select(l => l.Split('\t'));

    // the numbers, then (with words) one feature per bucket, 1 when a word of the source's hashes into it
    private static double[] Features(string[] row, int from, bool words)
    {
        var numbers = row[from..(from + ListedSourceFeatures.Names.Length)].Select(v => double.Parse(v, CultureInfo.InvariantCulture));
        if (!words) return numbers.ToArray();
        var buckets = new double[Buckets];
        foreach (var word in row[from + ListedSourceFeatures.Names.Length].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            buckets[FeatureHash.Part(word) % Buckets] = 1;
        return numbers.Concat(buckets).ToArray();
    }

    // full-batch gradient descent on the mean log-loss plus L2 (the bias, feature 0, excluded): the same weights on every run
    private static double[] Fit(IReadOnlyList<(double[] X, bool Y)> examples, double l2 = 1, int steps = 400, double rate = 0.5)
    {
        var w = new double[examples[0].X.Length];
        var gradient = new double[w.Length];
        for (var step = 0; step < steps; step++)
        {
            Array.Clear(gradient);
            foreach (var (x, y) in examples)
            {
                var error = Score(w, x) - (y ? 1 : 0);
                for (var j = 0; j < w.Length; j++) gradient[j] += error * x[j];
            }
            for (var j = 0; j < w.Length; j++) w[j] -= rate * (gradient[j] + (j == 0 ? 0 : l2 * w[j])) / examples.Count;
        }
        return w;
    }

    private static double Score(double[] w, double[] x) => 1 / (1 + Math.Exp(-Math.Clamp(w.Zip(x, (a, b) => a * b).Sum(), -30, 30)));

    // the chance that a positive scores above a negative (ties half)
    private static double Auc(IReadOnlyList<(double Score, bool Positive)> scored)
    {
        var (positives, negatives) = (scored.Where(s => s.Positive).Select(s => s.Score).ToList(), scored.Where(s => !s.Positive).Select(s => s.Score).ToList());
        if (positives.Count == 0 || negatives.Count == 0) return double.NaN;
        return positives.Sum(p => negatives.Sum(n => p > n ? 1 : p == n ? 0.5 : 0)) / ((double)positives.Count * negatives.Count);
    }
}
