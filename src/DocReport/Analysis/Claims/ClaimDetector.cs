using DocReport.Pipeline;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Scores a sentence's check-worthiness and names the kinds of fact it asserts. The score is the larger of a
/// logistic regression trained on CLEF CheckThat! 2024 debate sentences and the floors of the news rules that hold.
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

    internal static double Score(ClaimModel model, SentenceSignals signals)
    {
        var modelScore = ClaimModel.Sigmoid(model.Logit(ClaimFeaturizer.Features(signals)));
        return NewsRule.All.Where(rule => rule.Holds(signals)).Select(rule => rule.Floor).Append(modelScore).Max();
    }
}
