using DocReport.Pipeline;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Scores a sentence's check-worthiness and names the kinds of fact it asserts. The score is a calibrated probability:
/// of the sentences scored about 0.7, about seven in ten are check-worthy (bench/ClaimTraining gives the reliability table).
/// </summary>
public sealed class ClaimDetector(PipelineOptions options)
{
    private readonly ClaimModel model = ClaimModel.Shared;

    /// <summary>Assesses one sentence; evidence offsets are relative to <paramref name="sentence"/>.</summary>
    public SentenceAssessment Assess(string sentence) => AssessAll([sentence])[0];

    /// <summary>Assesses the sentences of a document together, in order.</summary>
    public IReadOnlyList<SentenceAssessment> AssessAll(IReadOnlyList<string> sentences)
    {
        var assessments = new SentenceAssessment[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var signals = SentenceSignals.Read(sentences[i] ?? "");
            var score = ClaimModel.Sigmoid(model.Logit(ClaimFeaturizer.Features(signals)));
            assessments[i] = new SentenceAssessment(score, score >= options.ClaimThreshold, ClaimTyper.Types(signals), signals.Evidence);
        }
        return assessments;
    }
}
