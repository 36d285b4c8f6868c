using System.Text.Json;
using DocReport.Model;

namespace DocReport.Output;

/// <summary>How every output spells enums, scores and lists, so JSON, CSV and the workbook agree.</summary>
internal static class DatasetText
{
    /// <summary>Separator of list values inside one CSV or workbook cell.</summary>
    public const string ListSeparator = "; ";

    /// <summary>An enum value as lower-case snake case: <c>ListItem</c> becomes <c>list_item</c>.</summary>
    public static string Of<T>(T value) where T : struct, Enum => Spelled<T>.Names.TryGetValue(value, out var name) ? name : Spell(value);

    private static string Spell<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    // Each value spelled once: the tables of a long document ask on every row.
    private static class Spelled<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Names = Enum.GetValues<T>().Distinct().ToDictionary(v => v, Spell);
    }

    /// <summary>The enum value <see cref="Of{T}"/> spells as <paramref name="text"/>; false when none does.</summary>
    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
            if (Of(candidate) == text) { value = candidate; return true; }
        value = default;
        return false;
    }

    /// <summary>Scores are written with four decimals so the bytes do not depend on floating-point noise.</summary>
    public static double Score(double score) => Math.Round(score, 4, MidpointRounding.AwayFromZero);

    public static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);

    public static string Evidence(Evidence evidence) => $"{evidence.Kind}: {evidence.Text}";
}
