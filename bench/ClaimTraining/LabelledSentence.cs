using DocReport.Analysis.Claims;

namespace DocReport.Bench.ClaimTraining;

/// <summary>A sentence with its gold label (check-worthy or not) and, for a news sentence, its place in the article when found.</summary>
internal sealed record LabelledSentence(string Id, string Text, bool IsClaim, SentenceContext? Context = null);
