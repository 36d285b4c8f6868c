using System.Globalization;
using DocReport.Analysis.Claims;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>The bench's commands: a grid of settings, training the committed weights, and evaluating the detector.</summary>
internal static class Commands
{
    /// <summary>Fits and reports each setting of the grid; with <paramref name="scores"/>, writes the last one's out-of-fold news
    /// probabilities there (<see cref="ScoresFile"/>, a '#' line with the article threshold first), to compare two models sentence by sentence,
    /// and the news dev part's beside them in FILE.dev; a grid of several settings writes each one's, FILE.w{news weight}.l{l2} (round 31).</summary>
    public static void Tune(ClaimSets sets, IReadOnlyList<bool> embeddings, IReadOnlyList<double> newsWeights, IReadOnlyList<double> l2s, TrainingSettings settings, int keep,
        string? scores = null)
    {
        foreach (var withEmbeddings in embeddings)
        foreach (var newsWeight in newsWeights)
        foreach (var l2 in l2s)
        {
            var fitted = Calibrated.Fit(sets, settings with { L2 = l2 }, newsWeight, keep, withEmbeddings);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"embeddings {withEmbeddings,-5} news weight {newsWeight,4} l2 {l2}  {fitted}"));
            if (scores is null) continue;
            var path = embeddings.Count * newsWeights.Count * l2s.Count == 1 ? scores : string.Create(CultureInfo.InvariantCulture, $"{scores}.w{newsWeight}.l{l2}");
            File.WriteAllLines(path, [string.Create(CultureInfo.InvariantCulture, $"# threshold {fitted.Article.Threshold}"),
                .. fitted.OutOfFoldProbabilities.Select((p, i) => ScoresFile.Line(i, sets.NewsTrain.Labels[i], p, sets.NewsTrainPages[i], sets.NewsTrainTexts[i]))]);
            // the news dev part's probabilities beside them, for pools (round 26)
            File.WriteAllLines(path + ".dev", fitted.NewsDevProbabilities.Select((p, i) => ScoresFile.Line(i, sets.NewsDev.Labels[i], p, sets.NewsDevPages[i], sets.NewsDevTexts[i])));
        }
    }

    public static void Train(ClaimSets sets, TrainingSettings settings, double newsWeight, string newsTrain, int keep, bool embeddings, string output, string commandLine)
    {
        var early = Calibrated.Fit(sets, settings, newsWeight, keep, embeddings);
        Console.WriteLine($"early model: {early}");
        var all = sets.Early.Concat(sets.Late).Concat(sets.NewsTrain.Weighted(newsWeight));
        var model = TrainedModel.Train(embeddings ? all : all.WithoutEmbeddings(), settings).Pruned(keep);
        foreach (var (name, set, genre) in new[] { ("dev-test", sets.DevTest, early.Debate), ("news-test", sets.NewsTest, early.Article) })
        {
            var probabilities = model.Logits(set).Select(genre.Platt.Probability).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {ThresholdSearch.At(probabilities, set.Labels, genre.Threshold)}"));
            Console.WriteLine(ReliabilityTable.Of(probabilities, set.Labels));
        }
        WeightsFile.Write(output, model, early, settings, newsWeight, $"{newsTrain} less its {sets.NewsTrainLeftOut} sentences of the pages FieldEval's unread gates judge", commandLine);
        Console.WriteLine($"wrote {output}");
    }

    /// <summary>F1 and reliability on CT24 dev and dev-test, the news dev and test parts, the second news dev (news-dev2.tsv, round 42) and news-test-trafilatura; with
    /// <paramref name="devOnly"/> on the dev parts alone, so that settings can be compared before the test files are printed once.
    /// The news file's sentences of the gates' pages are left out (<c>--news-eval news-families.tsv</c> holds some).</summary>
    public static void Evaluate(string data, GatedPages gates, string newsEvalPath, string newsDev2Path, string newsTestPath, ClaimDetection claims, NewsContexts? contexts, bool devOnly)
    {
        var options = new PipelineOptions { Claims = claims };
        var debates = new ClaimDetector(options, ClaimGenre.Debate);
        Report("dev", Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevFile)), debates);
        if (!devOnly) Report("dev-test", Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevTestFile)), debates);
        var detector = new ClaimDetector(options);
        var newsEval = gates.Read(newsEvalPath, contexts).Sentences;
        var parts = new[] { "dev", "test" }.Select(split => ("news-" + split, newsEval.Where(s => s.Split == split).ToList()))
            .Append(("news-dev2", gates.Read(newsDev2Path, contexts).Sentences.ToList()))
            .Append(("news-test-trafilatura", NewsSet.Read(newsTestPath, contexts).ToList()))
            .Where(part => !devOnly || part.Item1 is "news-dev" or "news-dev2");
        foreach (var (name, part) in parts)
        {
            var flagged = Report(name, part.Select(s => s.Sentence).ToList(), detector);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"",-9}  flagged {flagged}/{part.Count} = {(double)flagged / part.Count:P1} (gold {part.Count(s => s.Sentence.IsClaim) / (double)part.Count:P1})"));
        }
    }

    /// <summary>The news dev part's sentences the detector gets wrong, by score, and its F1, at the article threshold or at
    /// <paramref name="threshold"/>; the test part is never shown, so it stays unseen, nor is a sentence of the gates' pages.</summary>
    public static void Errors(GatedPages gates, string newsEvalPath, ClaimDetection claims, NewsContexts? contexts, double? threshold)
    {
        var detector = new ClaimDetector(new PipelineOptions { Claims = claims, ClaimThreshold = threshold });
        var dev = gates.Read(newsEvalPath, contexts).Sentences.Where(s => s.Split == "dev").Select(s => s.Sentence).ToList();
        var assessments = detector.AssessAll(dev.Select(s => s.Text).ToList(), dev.Select(s => s.Context).ToList());
        Console.WriteLine($"news-dev {BinaryCounts.Of(dev.Select((s, i) => (s.IsClaim, assessments[i].IsClaim)))}");
        foreach (var (sentence, assessment) in dev.Zip(assessments).Where(x => x.First.IsClaim != x.Second.IsClaim).OrderBy(x => x.Second.Score))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{assessment.Score:F2} {(sentence.IsClaim ? "missed" : "false")}  {sentence.Text}"));
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

    private static int Report(string name, IReadOnlyList<LabelledSentence> sentences, ClaimDetector detector)
    {
        var assessments = detector.AssessAll(sentences.Select(s => s.Text).ToList(), sentences.Select(s => s.Context).ToList());
        var counts = BinaryCounts.Of(sentences.Select((s, i) => (s.IsClaim, assessments[i].IsClaim)));
        var auc = RankingQuality.Auc([.. assessments.Select(a => a.Score)], [.. sentences.Select(s => s.IsClaim)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-9} n={sentences.Count,5}  AUC {auc:F3}  {counts}"));
        Console.WriteLine(ReliabilityTable.Of(assessments.Select(a => a.Score).ToList(), sentences.Select(s => s.IsClaim).ToList()));
        return counts.TruePositives + counts.FalsePositives;
    }
}
