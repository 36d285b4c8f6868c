using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that reads who issued a paper from the verb that brought it in: "Cook provided a written statement
/// ... the statement said" is Cook's statement, whoever reported that he gave it.
/// </summary>
internal sealed partial class SourceRegistry
{
    // how far before "a statement" its issuer's name and the giving verb are read: a name of a few words and a verb
    private const int IssuerReach = 80;

    /// <summary>
    /// The source named right before a verb of giving that brings in a paper at <paramref name="at"/> ("Cook provided a written
    /// statement", "Lena Ortiz issued a statement"), when the text has cited that name already; null otherwise.
    /// </summary>
    private SourceEntry? NamedIssuer(int at)
    {
        var from = Math.Max(0, at - IssuerReach);
        var given = GivingVerbBefore().Match(text, from, at - from);
        if (!given.Success) return null;
        // "Later Cook provided": a capitalised word that opens the sentence before the name is not part of it
        var words = given.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 0; skip < words.Length; skip++)
        {
            var name = string.Join(' ', words[skip..]);
            if (byName.TryGetValue(name, out var known) || byAcronym.TryGetValue(name, out known)) return known;
            if (bySurname.TryGetValue(name, out known) && known.Kind == SourceKind.Person) return known;
        }
        return null;
    }

    // a name (capitalised words) as the subject of a verb that hands a paper over, ending right where the paper is brought in
    [GeneratedRegex(@"(?<![\p{L}'’.-])(?<name>\p{Lu}[\p{L}'’.-]*(?:\x20\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:(?:has|had|have)\s+)?(?:issued|provided|released|sent|gave|put\s+out|e-?mailed)\s*\z")]
    private static partial Regex GivingVerbBefore();
}
