using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// "the Harris County Sheriff's Office ... HCSO said": the name an acronym stands for, found in the text by its capitals, so that
/// the acronym takes the kind the name's words tell. A unit named right after its body's acronym ("U.S. Customs and Border
/// Protection (CBP) Air and Marine Operations (AMO)") takes the body's kind when its own words tell none.
/// </summary>
internal static partial class AcronymExpansion
{
    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*\p{Lu}[\p{L}'’-]*)+")]
    private static partial Regex CapitalisedRun();

    /// <summary>The kind the name an acronym stands for tells, or else the kind of the body whose acronym opens that name; null when neither does.</summary>
    public static SourceKind? KindOf(string text, string acronym)
    {
        if (Find(text, acronym) is not { } expansion) return null;
        if (SourceLexicon.NameKindOf(expansion) is { } kind) return kind;
        var unit = Regex.Match(text, @"\((?<body>\p{Lu}{2,})\)\s+" + Regex.Escape(expansion.Split(' ')[0]) + @"\b");
        return unit.Success && unit.Groups["body"].Value != acronym && Find(text, unit.Groups["body"].Value) is { } body ? SourceLexicon.NameKindOf(body) : null;
    }

    /// <summary>The first run of capitalised words in the text whose initials spell the acronym; null when there is none.</summary>
    public static string? Find(string text, string acronym)
    {
        if (acronym.Length < 2 || !acronym.All(char.IsUpper)) return null;
        foreach (var run in SuccessiveMatches.Of(CapitalisedRun(), text))
        {
            var words = run.Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToList();
            for (var from = 0; from + acronym.Length <= words.Count; from++)
                if (Enumerable.Range(0, acronym.Length).All(k => words[from + k][0] == acronym[k]))
                    return string.Join(' ', words.Skip(from).Take(acronym.Length));
        }
        return null;
    }
}
