using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Compares source names as one writer may spell them twice: a typographic and a straight apostrophe are the same
/// letter ("James O’Neill", "O'Neill"); for surnames the first letter's case is ignored too, since a particle is
/// capitalised at the start of a sentence or headline ("De Blasio says", "Bill de Blasio"); whole names are the same
/// with and without a middle initial ("Loretta E. Lynch", "Loretta Lynch").
/// </summary>
internal sealed partial class NameKeyComparer : IEqualityComparer<string>
{
    /// <summary>Whole names: apostrophes folded, case ignored.</summary>
    public static readonly NameKeyComparer Names = new(ignoreCase: true);

    /// <summary>Surnames: apostrophes folded, the first letter's case ignored, the rest compared as written.</summary>
    public static readonly NameKeyComparer Surnames = new(ignoreCase: false);

    private readonly bool ignoreCase;

    private NameKeyComparer(bool ignoreCase) => this.ignoreCase = ignoreCase;

    public bool Equals(string? x, string? y) =>
        x is null || y is null ? ReferenceEquals(x, y) : Comparer.Equals(Key(x), Key(y));

    public int GetHashCode(string name) => Comparer.GetHashCode(Key(name));

    private StringComparer Comparer => ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private string Key(string name)
    {
        name = name.Replace('’', '\'');
        if (ignoreCase) return MiddleInitial().Replace(name, " ");
        return name.Length == 0 || !char.IsLower(name[0]) ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    [GeneratedRegex(@"(?<=\p{L}) \p{Lu}\. (?=\p{Lu})")]
    private static partial Regex MiddleInitial();
}
