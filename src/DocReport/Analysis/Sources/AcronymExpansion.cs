using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// "the Harris County Sheriff's Office ... HCSO said": the name an acronym stands for, found in the text by its capitals, so that
/// the acronym takes the kind the name's words tell.
/// </summary>
internal static partial class AcronymExpansion
{
    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*\p{Lu}[\p{L}'’-]*)+")]
    private static partial Regex CapitalisedRun();

    /// <summary>The first run of capitalised words in the text whose initials spell the acronym; null when there is none.</summary>
    public static string? Find(string text, string acronym)
    {
        if (acronym.Length < 2 || !acronym.All(char.IsUpper)) return null;
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var words = run.Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToList();
            for (var from = 0; from + acronym.Length <= words.Count; from++)
                if (Enumerable.Range(0, acronym.Length).All(k => words[from + k][0] == acronym[k]))
                    return string.Join(' ', words.Skip(from).Take(acronym.Length));
        }
        return null;
    }
}
