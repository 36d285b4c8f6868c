namespace DocReport.Bench.ClaimTraining;

/// <summary>A hash of a text that is the same in every run (string.GetHashCode is not), to split pages and order draws.</summary>
internal static class StableHash
{
    public static int Of(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c)) & int.MaxValue;
}
