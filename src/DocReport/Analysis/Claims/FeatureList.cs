namespace DocReport.Analysis.Claims;

/// <summary>A sentence's distinct features as strings, in the order first written (training and tests read them so).</summary>
internal sealed class FeatureList : FeatureSink
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly List<string> features = [];

    public IReadOnlyList<string> Features => features;

    protected override void Accept(ReadOnlySpan<char> feature)
    {
        var text = feature.ToString();
        if (seen.Add(text)) features.Add(text);
    }
}
