using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Finds a name in the text with an ordinal string search and tests only its surroundings with regexes built once,
/// instead of building and running a regex around each name: same matches, without compiling a pattern per name.
/// </summary>
internal static class NameOccurrences
{
    /// <summary>A word boundary at the position tested (<c>\b</c> before or after the name).</summary>
    public static readonly Regex WordBoundary = new(@"\G\b", RegexOptions.Compiled);

    /// <summary>
    /// The non-overlapping occurrences of <paramref name="name"/>, left to right, that <paramref name="before"/> matches
    /// at their start and <paramref name="after"/> at their end (both anchored with <c>\G</c>), as a regex
    /// <c>before + name + after</c> would report them; the match of <paramref name="after"/> comes with each.
    /// </summary>
    public static IEnumerable<(int Index, Match After)> Find(string text, string name, Regex? before, Regex after)
    {
        var end = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && at < text.Length; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (at < end || (before is not null && !before.IsMatch(text, at))) continue;
            var tail = after.Match(text, at + name.Length);
            if (!tail.Success) continue;
            end = tail.Index + tail.Length;
            yield return (at, tail);
        }
    }

    /// <summary>
    /// The matches of <paramref name="pattern"/> over the text, for a pattern that never matches across a line break and whose
    /// every match holds <paramref name="word"/> as written: only the lines holding the word are searched, each read as the whole
    /// input, which gives the same matches (a line break is no word character for <c>\b</c>) without a scan of a long text per word.
    /// </summary>
    public static IEnumerable<Match> InLinesHolding(string text, Regex pattern, string word)
    {
        if (word.Contains('\n')) { foreach (Match match in pattern.Matches(text)) yield return match; yield break; }
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            var start = text.LastIndexOf('\n', at) + 1;
            var end = text.IndexOf('\n', at);
            if (end < 0) end = text.Length;
            for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch()) yield return match;
            at = end < text.Length ? text.IndexOf(word, end + 1, StringComparison.Ordinal) : -1;
        }
    }

    /// <summary>Whether the text writes <paramref name="word"/> in lower case as a word of its own ("new" for "New").</summary>
    public static bool WrittenInLowerCase(string text, string word) => Find(text, word.ToLowerInvariant(), WordBoundary, WordBoundary).Any();
}
