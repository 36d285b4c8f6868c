using DocReport.Model;

namespace DocReport.Analysis.Claims;

/// <summary>What the claim detector sees in one sentence; evidence offsets are relative to the sentence text.</summary>
public sealed record SentenceAssessment(double Score, bool IsClaim, IReadOnlyList<ClaimType> Types, IReadOnlyList<Evidence> Evidence);
