using System.Text.RegularExpressions;

namespace DocReport.Structure;

/// <summary>
/// Recognises the author note a page prints under an article ("Phil Helsel is a reporter for NBC News.",
/// "Inga Buller ist Redakteurin bei CHIP."): a short line that opens with a name and gives a press job.
/// </summary>
internal static partial class AuthorBioLine
{
    private const int MaxWords = 40;

    public static bool Matches(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords && Bio().IsMatch(line.Trim());

    // Newsroom jobs in English and German, the languages whose author notes follow this shape.
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s+(?:is|was|ist|war)\s+(?:a|an|the|ein|eine|der|die)?\s*(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|photographer|redakteur|redakteurin|journalistin|autor|autorin|korrespondent|korrespondentin|volontär|volontärin)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bio();
}
