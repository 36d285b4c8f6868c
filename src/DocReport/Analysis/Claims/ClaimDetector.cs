using DocReport.Pipeline;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Scores a sentence's check-worthiness and names the kinds of fact it asserts. The score is the larger of a
/// logistic regression trained on CLEF CheckThat! 2024 debate sentences, bounded by the news rules that hold.
/// </summary>
public sealed class ClaimDetector(PipelineOptions options)
{
    private readonly ClaimModel model = ClaimModel.Shared;

    /// <summary>Assesses one sentence; evidence offsets are relative to <paramref name="sentence"/>.</summary>
    public SentenceAssessment Assess(string sentence)
    {
        var signals = SentenceSignals.Read(sentence ?? "");
        var score = Score(model, signals);
        return new SentenceAssessment(score, score >= options.ClaimThreshold, ClaimTyper.Types(signals), signals.Evidence);
    }

    internal static double Score(ClaimModel model, SentenceSignals signals) =>
        Score(model, signals, NewsRule.LogitShifts, NewsRule.ShiftCeiling);

    /// <summary>The score with the given shift rules, which apply only while the model's log-odds are below <paramref name="shiftCeiling"/>.</summary>
    internal static double Score(ClaimModel model, SentenceSignals signals, IReadOnlyList<NewsRule> shifts, double shiftCeiling)
    {
        var logit = model.Logit(ClaimFeaturizer.Features(signals));
        if (logit < shiftCeiling) logit += shifts.Where(rule => rule.Holds(signals)).Sum(rule => rule.Bound);
        return NewsRule.Floors.Where(rule => rule.Holds(signals)).Select(rule => rule.Bound).Append(ClaimModel.Sigmoid(logit)).Max();
    }
}
