namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// A pass's weights as the trainer leaves them, before quantization: for each feature (by its <see cref="FeatureHash"/>)
/// a weight per tag at <c>f * Tags.Count + tag</c>, the transition scores at <c>previous * Tags.Count + next</c>,
/// the start scores, and a note on how they were trained.
/// </summary>
internal sealed record WeightsTable(ulong[] Keys, float[] Emissions, float[] Transitions, float[] Start, string About);

/// <summary>
/// A pass's weights as the weights file stores them: per feature, in increasing order of hash, the 16-bit scores of
/// tags 1 to 6 less that of "outside" (<c>f * 6 + tag - 1</c>); transition and start scores; units per unit of weight.
/// </summary>
internal sealed record QuantizedWeights(ulong[] Keys, short[] Rows, float[] Transitions, float[] Start, float Scale, string About)
{
    /// <summary>The weights back as floats (scores over <see cref="Scale"/>, "outside" 0): writing them again gives the same scores.</summary>
    public WeightsTable ToTable()
    {
        const int k = Tags.Count;
        var emissions = new float[Keys.Length * k];
        for (var f = 0; f < Keys.Length; f++)
            for (var t = 1; t < k; t++) emissions[f * k + t] = Rows[f * (k - 1) + t - 1] / Scale;
        return new WeightsTable(Keys, emissions, Transitions.Select(w => w / Scale).ToArray(), Start.Select(w => w / Scale).ToArray(), About);
    }
}
