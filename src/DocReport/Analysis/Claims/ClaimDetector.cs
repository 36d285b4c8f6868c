using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Analysis.Claims;

/// <summary>Scores a sentence's check-worthiness and names the kinds of fact it asserts.</summary>
public sealed class ClaimDetector(PipelineOptions options)
{
    public SentenceAssessment Assess(string sentence)
    {
        var score = sentence.Any(char.IsDigit) ? 0.6 : 0.1;
        return new SentenceAssessment(score, score >= options.ClaimThreshold, score >= options.ClaimThreshold ? [ClaimType.Statistic] : [], []);
    }
}
