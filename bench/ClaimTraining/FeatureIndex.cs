namespace DocReport.Bench.ClaimTraining;

/// <summary>Numbers feature names densely for training, in order of first sight.</summary>
internal sealed class FeatureIndex
{
    private readonly Dictionary<string, int> indexByName = new(StringComparer.Ordinal);
    private readonly List<string> names = [];

    public int Count => names.Count;

    public string Name(int index) => names[index];

    public int[] Encode(IEnumerable<string> features)
    {
        var encoded = new List<int>();
        foreach (var feature in features)
        {
            if (indexByName.TryGetValue(feature, out var index)) encoded.Add(index);
            else
            {
                indexByName[feature] = names.Count;
                encoded.Add(names.Count);
                names.Add(feature);
            }
        }
        return [.. encoded];
    }
}
