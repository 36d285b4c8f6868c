using System.Globalization;
using DocReport.Analysis.Claims;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>The bench's commands: a hyper-parameter grid, training the committed weights, and evaluating the detector.</summary>
internal static class Commands
{
    /// <summary>The share of train+dev, latest sentence ids, held out to choose the threshold.</summary>
    private const double LateFraction = 0.15;

    public static void Tune(string data, TuningGrid grid, int keep)
    {
        var corpus = Ct24Corpus.Load(data, LateFraction);
        foreach (var l2 in grid.L2)
        foreach (var epochs in grid.Epochs)
        foreach (var positiveWeight in grid.PositiveWeights)
        {
            var settings = new TrainingSettings(l2, epochs, grid.LearningRate, positiveWeight, grid.MinimumCount);
            var model = TrainedModel.Train(corpus.Early, settings).Pruned(keep);
            var (threshold, late) = ThresholdSearch.Best(ThresholdSearch.Probabilities(model, corpus.Late), corpus.Late.Labels);
            var devTest = ThresholdSearch.At(ThresholdSearch.Probabilities(model, corpus.DevTest), corpus.DevTest.Labels, threshold);
            Console.WriteLine($"{settings}  threshold {threshold:F2}  late F1 {late.F1:F3}  dev-test F1 {devTest.F1:F3}");
        }
    }

    public static void Train(string data, TrainingSettings settings, int keep, bool withDev, string output, string? dump, string commandLine)
    {
        var corpus = Ct24Corpus.Load(data, LateFraction);
        var early = TrainedModel.Train(corpus.Early, settings).Pruned(keep);
        var (threshold, late) = ThresholdSearch.Best(ThresholdSearch.Probabilities(early, corpus.Late), corpus.Late.Labels);
        Console.WriteLine($"threshold {threshold:F2}, tuned on the latest {LateFraction:P0} of train+dev by id with a model fitted on the rest: {late}");
        var model = TrainedModel.Train(withDev ? corpus.Train.Concat(corpus.Dev) : corpus.Train, settings).Pruned(keep);
        Console.WriteLine($"trained on {(withDev ? "train+dev" : "train")}, {model.Weights.Count} features kept, at threshold {threshold:F2}:");
        Console.WriteLine($"  dev      {ThresholdSearch.At(ThresholdSearch.Probabilities(model, corpus.Dev), corpus.Dev.Labels, threshold)}{(withDev ? "  (seen in training)" : "")}");
        Console.WriteLine($"  dev-test {ThresholdSearch.At(ThresholdSearch.Probabilities(model, corpus.DevTest), corpus.DevTest.Labels, threshold)}");
        if (dump is not null)
        {
            File.WriteAllLines(dump, Dump("dev", Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevFile)), ThresholdSearch.Probabilities(model, corpus.Dev))
                .Concat(Dump("dev-test", Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevTestFile)), ThresholdSearch.Probabilities(model, corpus.DevTest))));
        }
        WeightsFile.Write(output, model.CentredOn(threshold), settings, threshold, withDev, commandLine);
        Console.WriteLine($"wrote {output}");
    }

    private static IEnumerable<string> Dump(string set, IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<double> probabilities) =>
        sentences.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"{set}\t{(s.IsClaim ? "Yes" : "No")}\t{probabilities[i]:F3}\t{s.Text}"));

    public static void Evaluate(string data, string newsPath, string newsEvalPath)
    {
        var detector = new ClaimDetector(new PipelineOptions());
        Report("dev", Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevFile)), detector);
        Report("dev-test", Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevTestFile)), detector);
        Report("news-own", NewsSentences.Read(newsPath), detector);
        var newsEval = NewsEvalSet.Read(newsEvalPath);
        foreach (var split in new[] { "dev", "test" })
        {
            var part = newsEval.Where(s => s.Split == split).ToList();
            Report("news-" + split, part.Select(s => s.Sentence).ToList(), detector);
            var flagged = part.Count(s => detector.Assess(s.Sentence.Text).IsClaim);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-9}          flagged {flagged}/{part.Count} = {(double)flagged / part.Count:P1} (gold {part.Count(s => s.Sentence.IsClaim) / (double)part.Count:P1})"));
        }
    }

    public static void Assess(TextReader sentences)
    {
        var detector = new ClaimDetector(new PipelineOptions());
        while (sentences.ReadLine() is { } sentence)
        {
            var assessment = detector.Assess(sentence);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{assessment.Score:F2} {(assessment.IsClaim ? "CLAIM" : "-----")} [{string.Join(",", assessment.Types)}] {sentence}"));
            foreach (var evidence in assessment.Evidence) Console.WriteLine($"      {evidence.Kind} \"{evidence.Text}\" {evidence.Start}..{evidence.End}");
        }
    }

    private static void Report(string name, IReadOnlyList<LabelledSentence> sentences, ClaimDetector detector)
    {
        var modelOnly = BinaryCounts.Of(sentences.Select(s =>
            (s.IsClaim, ClaimModel.Sigmoid(ClaimModel.Shared.Logit(ClaimFeaturizer.Features(SentenceSignals.Read(s.Text)))) >= 0.5)));
        var withRules = BinaryCounts.Of(sentences.Select(s => (s.IsClaim, detector.Assess(s.Text).IsClaim)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-9} n={sentences.Count,5}  model only: {modelOnly}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-9}          detector:   {withRules}"));
    }
}
