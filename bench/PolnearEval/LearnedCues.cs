using System.Globalization;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// Round 39: trains the library's learned cue (<see cref="LearnedCue"/>): for each train sentence a subject opens, each of the first
/// words after it is an example, positive when it lies in a gold cue whose attribution's source overlaps that subject. A logistic
/// regression by stochastic gradient descent over the features <see cref="CueCandidates.Features"/> gives, features seen fewer than
/// the given count left out. Cross-validation by article over the bench's folds scores, for the sentences where neither the tagger
/// nor the rules found a cue (where the library uses it), the best word above each threshold: right when it is in such a gold cue.
/// </summary>
internal static class LearnedCues
{
    private sealed record Example(int Document, int Sentence, int[] Features, bool Label, bool Bare, string Word, string Text);

    /// <param name="heldOut">The folds scored: all, or the one a tagger's weights given by --weights were trained without (so that
    /// which sentences are bare is as on unseen text).</param>
    /// <param name="log">Each bare sentence scored: its best word, that word's probability and label, the sentence.</param>
    public static void Run(IReadOnlyList<PolnearDocument> train, AttributionTagger tagger, int folds, IReadOnlyList<int> heldOut, int epochs, double rate, double l2, int minCount, bool bareOnly, TextWriter output, TextWriter log, string? write)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var examples = Examples(train, tagger, index);
        var counts = new int[index.Count];
        foreach (var f in examples.SelectMany(e => e.Features)) counts[f]++;
        var bare = examples.Where(e => e.Bare && heldOut.Contains(e.Document % folds)).GroupBy(e => e.Sentence).ToList();
        output.WriteLine($"{train.Count} articles: {examples.Count} candidate words in {examples.Select(e => e.Sentence).Distinct().Count()} sentences a subject opens; "
                         + $"{bare.Count} of them bare (no cue of the tagger or the rules), {bare.Count(g => g.Any(e => e.Label))} with a gold cue of that subject");
        var scores = new Dictionary<Example, double>();
        foreach (var fold in heldOut)
        {
            var weights = Train(examples.Where(e => e.Document % folds != fold && (!bareOnly || e.Bare)).ToList(), index.Count, counts, epochs, rate, l2, minCount);
            foreach (var e in examples.Where(e => e.Document % folds == fold && e.Bare)) scores[e] = Probability(weights, e.Features);
        }
        var positives = bare.Count(g => g.Any(e => e.Label));
        foreach (var best in bare.Select(g => g.MaxBy(e => scores[e])!).OrderByDescending(e => scores[e]))
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scores[best]:0.000}\t{(best.Label ? "cue" : "-")}\t{best.Word}\t{best.Text}"));
        output.WriteLine($"cross-validated (held out {string.Join(',', heldOut)} of {folds} folds by article), bare sentences: threshold, cues added, right, precision, recall of the {positives}");
        foreach (var threshold in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            var chosen = bare.Select(g => g.MaxBy(e => scores[e])!).Where(e => scores[e] > threshold).ToList();
            var right = chosen.Count(e => e.Label);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {threshold:0.0}  {chosen.Count,6} {right,6}  {(double)right / Math.Max(1, chosen.Count):0.000}  {(double)right / Math.Max(1, positives):0.000}"));
        }
        if (write is null) return;
        var all = Train(examples.Where(e => !bareOnly || e.Bare).ToList(), index.Count, counts, epochs, rate, l2, minCount);
        var rows = index.Where(f => Math.Abs(all[f.Value]) >= 0.001).OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}\t{all[f.Value]:0.###}")).ToList();
        File.WriteAllText(write, $"""
            # The learned cue's weights (round 39, LearnedCue.cs): a feature of a word after a sentence's opening subject and its weight in a
            # logistic regression of "this word ends a cue of that subject", trained on PolNeAR train ({train.Count} articles, check set left out;
            # {examples.Count} candidate words); features seen in fewer than {minCount} examples left out. Rebuild from the repository root:
            # dotnet run -c Release --project bench/PolnearEval -- learned-cues --epochs {epochs} --rate {rate.ToString(CultureInfo.InvariantCulture)} --l2 {l2.ToString(CultureInfo.InvariantCulture)} --min-count {minCount}{(bareOnly ? " --bare-only" : "")} --write src/DocReport/{LearnedCue.Path}

            """.Replace("\r", "") + string.Join('\n', rows) + "\n");
        output.WriteLine($"wrote {rows.Count} weights to {write}");
    }

    private static List<Example> Examples(IReadOnlyList<PolnearDocument> train, AttributionTagger tagger, Dictionary<string, int> index)
    {
        var examples = new List<Example>();
        var sentenceId = 0;
        for (var d = 0; d < train.Count; d++)
        {
            var document = train[d];
            var article = PlainTextArticle.Build(document.Name, document.Text);
            var quotations = QuotationFinder.Find(article);
            var spans = tagger.Tag(article, quotations);
            var ruled = AttributionRules.Extract(article, QuotationFinder.WithDoubled(article, quotations));
            foreach (var sentence in article.Paragraphs.SelectMany(p => p.Sentences))
            {
                sentenceId++;
                if (CueCandidates.Of(article.Text, sentence, quotations) is not { } candidates) continue;
                var cues = document.Attributions.Where(a => a.Cue is not null && a.Source is { } s && s.Start < candidates.Subject.End && candidates.Subject.Start < s.End)
                    .SelectMany(a => a.Cue!.Ranges).ToList();
                var bare = LearnedCue.IsBare(sentence, spans, ruled);
                for (var k = 0; k < candidates.Count; k++)
                {
                    var features = new List<int>();
                    candidates.Features(k, f => features.Add(index.TryGetValue(f, out var i) ? i : index[f] = index.Count));
                    var word = candidates.After[k];
                    examples.Add(new Example(d, sentenceId, features.ToArray(), cues.Any(c => c.Start <= word.Start && word.End <= c.End), bare, word.Text, sentence.Text));
                }
            }
        }
        return examples;
    }

    private static float[] Train(List<Example> examples, int features, int[] counts, int epochs, double rate, double l2, int minCount)
    {
        var weights = new float[features];
        var random = new Random(39);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var step = rate / (1 + epoch);
            foreach (var i in order)
            {
                var e = examples[i];
                var gradient = Probability(weights, e.Features) - (e.Label ? 1 : 0);
                foreach (var f in e.Features)
                    if (counts[f] >= minCount) weights[f] -= (float)(step * (gradient + l2 * weights[f]));
            }
        }
        return weights;
    }

    private static double Probability(float[] weights, int[] features)
    {
        var sum = 0.0;
        foreach (var f in features) sum += weights[f];
        return 1 / (1 + Math.Exp(-sum));
    }
}
