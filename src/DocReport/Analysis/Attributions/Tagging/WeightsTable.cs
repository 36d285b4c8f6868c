namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// A pass's weights as the trainer leaves them, before quantization: for each feature (by its <see cref="FeatureHash"/>)
/// a weight per tag at <c>f * Tags.Count + tag</c>, the transition scores at <c>previous * Tags.Count + next</c>,
/// the start scores, and a note on how they were trained.
/// </summary>
internal sealed record WeightsTable(ulong[] Keys, float[] Emissions, float[] Transitions, float[] Start, string About);
