namespace DocReport.Bench.ClaimTraining;

/// <summary>A sentence with its gold label: check-worthy or not.</summary>
internal sealed record LabelledSentence(string Id, string Text, bool IsClaim);
