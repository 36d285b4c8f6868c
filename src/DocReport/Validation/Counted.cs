namespace DocReport.Validation;

/// <summary>A count with its noun as a person reads it: "1 character", "2 characters" (every noun used has a plural in -s).</summary>
internal static class Counted
{
    public static string Of(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
