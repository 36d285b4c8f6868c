using System.Globalization;
using DocReport.Analysis.Claims;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// How often <see cref="ReportedJudgement"/> fires on labelled sentences and how often it is right: over all sentences it
/// fires on, and over those the model scores at or above its threshold (the ones the rule turns from claims to not), with
/// F1 before and after. news-train is scored out of fold when given tune's <c>--scores</c> file (the committed model was
/// trained on it). Lists the flagged sentences it fires on in the training and dev sets; never the test parts.
/// </summary>
internal static class JudgementRule
{
    /// <param name="rule">Which rule: the library's, or a candidate that also fires on more (<see cref="ReportedStance.Rule"/>).</param>
    public static void Run(string data, IReadOnlyList<(string Name, IReadOnlyList<LabelledSentence> Sentences)> newsSets, ClaimDetection claims, string? outOfFold, string rule = "judgement")
    {
        Fires = ReportedStance.Rule(rule);
        var options = new PipelineOptions { Claims = claims };
        var debates = Ct24Reader.Read(Path.Combine(data, Ct24Corpus.TrainFile)).Concat(Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevFile))).ToList();
        Report("ct24 train+dev (were the rule applied to debates)", debates, Scores(debates, new ClaimDetector(options, ClaimGenre.Debate)), ClaimModel.Shared.Debate.Threshold);
        var detector = new ClaimDetector(options);
        foreach (var (name, sentences) in newsSets)
        {
            var scores = name == "news-train" && outOfFold is not null ? OutOfFold(outOfFold, sentences) : Scores(sentences, detector);
            Report(name, sentences, scores, outOfFold is not null && name == "news-train" ? OutOfFoldThreshold(outOfFold) : ClaimModel.Shared.Article.Threshold);
        }
    }

    private static Func<SentenceSignals, bool> Fires = ReportedJudgement.Holds;

    private static IReadOnlyList<double> Scores(IReadOnlyList<LabelledSentence> sentences, ClaimDetector detector) =>
        detector.AssessAll(sentences.Select(s => s.Text).ToList(), sentences.Select(s => s.Context).ToList()).Select(a => a.Score).ToList();

    // tune --scores: "# threshold T", then "index TAB gold TAB probability" in news-train's order.
    private static IReadOnlyList<double> OutOfFold(string path, IReadOnlyList<LabelledSentence> sentences)
    {
        var scores = File.ReadLines(path).Where(l => !l.StartsWith('#')).Select(l => double.Parse(l.Split('\t')[2], CultureInfo.InvariantCulture)).ToList();
        return scores.Count == sentences.Count ? scores : throw new InvalidOperationException($"{path} scores {scores.Count} sentences, news-train has {sentences.Count}.");
    }

    private static double OutOfFoldThreshold(string path) => double.Parse(File.ReadLines(path).First().Split(' ')[^1], CultureInfo.InvariantCulture);

    private static void Report(string name, IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<double> scores, double threshold)
    {
        var fires = sentences.Select(s => Fires(SentenceSignals.Read(s.Text))).ToList();
        var firing = sentences.Where((_, i) => fires[i]).ToList();
        var flagged = sentences.Select((s, i) => (Sentence: s, Score: scores[i])).Where((x, i) => fires[i] && x.Score >= threshold).ToList();
        var before = BinaryCounts.Of(sentences.Select((s, i) => (s.IsClaim, scores[i] >= threshold)));
        var after = BinaryCounts.Of(sentences.Select((s, i) => (s.IsClaim, scores[i] >= threshold && !fires[i])));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: n={sentences.Count}  fires {firing.Count} (No {firing.Count(s => !s.IsClaim)})  on flagged {flagged.Count} (No {flagged.Count(x => !x.Sentence.IsClaim)})"));
        Console.WriteLine($"    before {before}");
        Console.WriteLine($"    after  {after}");
        if (name.StartsWith("ct24", StringComparison.Ordinal)) return;
        foreach (var (sentence, score) in flagged.OrderByDescending(x => x.Score))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {score:F2} {(sentence.IsClaim ? "Yes" : "No "),-3} {sentence.Text}"));
    }
}
