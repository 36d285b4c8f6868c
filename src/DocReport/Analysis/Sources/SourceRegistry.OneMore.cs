using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that lists "another commenter" with the commenters: a description that says it brings in one more
/// of a kind the text has cited is that unnamed kind again, not a source of its own beside it.
/// </summary>
internal sealed partial class SourceRegistry
{
    /// <summary>
    /// "One commenter wrote ... And a further concerned commenter wrote": the one unnamed source listed under the same head noun
    /// (in the singular or the plural), when the description at <paramref name="position"/> opens with "another", "a further",
    /// "an additional" or "one more"; null when none or two are listed, or the description opens otherwise.
    /// </summary>
    private SourceEntry? OneMoreOf(string head, int position)
    {
        if (!OneMore().IsMatch(text, position)) return null;
        var listed = entries.Where(e => e.Name.StartsWith("unnamed ", StringComparison.Ordinal) && e.Name.Split(' ')[^1] is var noun
            && (noun == head || noun == head + "s")).ToList();
        return listed is [var only] ? only : null;
    }

    [GeneratedRegex(@"\G\s*(?i:(?:yet\s+)?another|an?\s+(?:further|additional)|one\s+more)\s")]
    private static partial Regex OneMore();
}
