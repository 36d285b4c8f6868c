using System.Globalization;
using DocReport.Analysis.Claims;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Chooses the news shift rule's strength and ceiling (NewsRule.ShiftCeiling): F1 of the full detector on the latest 15% of
/// train+dev with a model fitted on the rest (centred on its own threshold), and on the news sentences with the committed weights.
/// </summary>
internal static class RuleTuning
{
    public static void Run(string data, double lateFraction, TrainingSettings settings, int keep, string newsPath, IReadOnlyList<double> shifts, IReadOnlyList<double> ceilings)
    {
        var train = Ct24Reader.Read(Path.Combine(data, Ct24Corpus.TrainFile));
        var dev = Ct24Reader.Read(Path.Combine(data, Ct24Corpus.DevFile));
        var byId = train.Concat(dev).OrderBy(s => long.Parse(s.Id)).ToList();
        var lateStart = (int)(byId.Count * (1 - lateFraction));
        var early = TrainedModel.Train(EncodedSet.Of(byId[..lateStart]), settings).Pruned(keep);
        var late = byId[lateStart..];
        var (threshold, _) = ThresholdSearch.Best(ThresholdSearch.Probabilities(early, EncodedSet.Of(late)), late.Select(s => s.IsClaim).ToList());
        var earlyModel = new ClaimModel(early.CentredOn(threshold).Weights);
        var lateSignals = late.Select(s => (s.IsClaim, Signals: SentenceSignals.Read(s.Text))).ToList();
        var news = NewsSentences.Read(newsPath).Select(s => (s.IsClaim, Signals: SentenceSignals.Read(s.Text))).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"early model threshold {threshold:F2}"));
        foreach (var shift in shifts)
        foreach (var ceiling in ceilings)
        {
            var rules = NewsRule.LogitShifts.Select(r => r with { Bound = shift }).ToList();
            var lateCounts = BinaryCounts.Of(lateSignals.Select(s => (s.IsClaim, ClaimDetector.Score(earlyModel, s.Signals, rules, ceiling) >= 0.5)));
            var newsCounts = BinaryCounts.Of(news.Select(s => (s.IsClaim, ClaimDetector.Score(ClaimModel.Shared, s.Signals, rules, ceiling) >= 0.5)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shift {shift,5} ceiling {ceiling,5}  late {lateCounts}  news {newsCounts}"));
        }
    }
}
