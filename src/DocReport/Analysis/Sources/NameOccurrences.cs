using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Finds a name in the text with an ordinal string search and tests only its surroundings with regexes built once,
/// instead of building and running a regex around each name: same matches, without compiling a pattern per name.
/// </summary>
internal static partial class NameOccurrences
{
    /// <summary>A word boundary at the position tested (<c>\b</c> before or after the name).</summary>
    [GeneratedRegex(@"\G\b")]
    public static partial Regex WordBoundary { get; }

    /// <summary>
    /// The non-overlapping occurrences of <paramref name="name"/>, left to right, that <paramref name="before"/> matches
    /// at their start and <paramref name="after"/> at their end (both anchored with <c>\G</c>), as a regex
    /// <c>before + name + after</c> would report them; the match of <paramref name="after"/> comes with each.
    /// </summary>
    public static IEnumerable<(int Index, Match After)> Find(string text, string name, Regex? before, Regex after)
    {
        var end = 0;
        foreach (var at in Places(text, name, before))
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
    /// <remarks>Every match must also hold the word where no letter comes before it (after a space or a tab, as every caller's
    /// pattern writes it): in a long text only the lines with the word at such a place are searched, which are the lines that can
    /// hold a match.</remarks>
    public static IEnumerable<Match> InLinesHolding(string text, Regex pattern, string word)
    {
        if (word.Contains('\n')) { foreach (Match match in pattern.Matches(text)) yield return match; yield break; }
        if (WordPlaces(text, word) is { } places)
        {
            var lineEnd = -1;
            foreach (var at in places)
            {
                if (at <= lineEnd || !text.AsSpan(at).StartsWith(word, StringComparison.Ordinal)) continue;
                var matches = InLine(text, pattern, at, out lineEnd);
                foreach (var match in matches) yield return match;
            }
            yield break;
        }
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            var matches = InLine(text, pattern, at, out var end);
            foreach (var match in matches) yield return match;
            at = end < text.Length ? text.IndexOf(word, end + 1, StringComparison.Ordinal) : -1;
        }
    }

    /// <summary>
    /// The matches of <paramref name="anchored"/> (a pattern opening with <c>\G</c>), left to right and not overlapping, as the
    /// pattern without <c>\G</c> would find them over the text, for a pattern whose every match opens in a run of characters
    /// <paramref name="inRun"/> takes that ends at one of <paramref name="places"/> (in increasing order): it is tried only in those
    /// runs, not at every place of the text or of the lines holding a name, where an interpreted pattern costs a long text most.
    /// A pattern whose matches hold at most <paramref name="gaps"/> runs of spaces or tabs before the place is tried only after
    /// the run one further back: a try further back would hold one run more, so it opens no match ending there or later.
    /// Where <paramref name="mayOpen"/> is given, a place of the run it refuses is not tried: the caller knows no match opens there.
    /// </summary>
    public static IEnumerable<Match> OpeningInRunsBefore(string text, Regex anchored, IEnumerable<int> places, Func<char, bool> inRun,
        int gaps = int.MaxValue, Func<int, bool>? mayOpen = null)
    {
        var next = 0;
        foreach (var place in places)
        {
            var (from, crossed) = (place, 0);
            while (from > next && inRun(text[from - 1]))
            {
                // the character before a run of spaces or tabs, walking back: one run more crossed
                if (text[from - 1] is ' ' or '\t' && text[from] is not (' ' or '\t') && ++crossed > gaps) break;
                from--;
            }
            for (var at = Math.Max(from, next); at <= place; at = next)
                if ((mayOpen is null || mayOpen(at)) && anchored.Match(text, at) is { Success: true } found)
                {
                    yield return found;
                    next = found.Index + found.Length;
                }
                else next = at + 1;
        }
    }

    /// <summary>Where the text writes <paramref name="word"/> right after a space or a tab, left to right.</summary>
    public static IEnumerable<int> AfterSpaceOrTab(string text, string word)
    {
        if (WordPlaces(text, word) is { } places)
        {
            foreach (var at in places)
                if (FollowsSpaceOrTab(text, at, word)) yield return at;
            yield break;
        }
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && at < text.Length; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            if (FollowsSpaceOrTab(text, at, word)) yield return at;
    }

    private static bool FollowsSpaceOrTab(string text, int at, string word) =>
        at > 0 && text[at - 1] is ' ' or '\t' && text.AsSpan(at).StartsWith(word, StringComparison.Ordinal);

    // The pattern's matches in the line holding the position, read as the whole input; where that line ends.
    private static List<Match> InLine(string text, Regex pattern, int at, out int end)
    {
        var start = text.LastIndexOf('\n', at) + 1;
        end = text.IndexOf('\n', at);
        if (end < 0) end = text.Length;
        var found = new List<Match>();
        for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch()) found.Add(match);
        return found;
    }

    /// <summary>
    /// Whether the text may hold a match of a pattern that holds <paramref name="word"/> as written where no letter comes before
    /// it (see <see cref="InLinesHolding"/>): false only when it cannot, so that no pattern need be built for a word the text lacks.
    /// </summary>
    public static bool MayHold(string text, string word)
    {
        if (word.Contains('\n') || WordPlaces(text, word) is not { } places) return text.Contains(word, StringComparison.Ordinal);
        foreach (var at in places)
            if (text.AsSpan(at).StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    // The places of the long text's words that may open the name (see TextWords), or null: the name is then searched for. Asked
    // about the name first, so that no text is gathered for a name it cannot help with.
    private static ArraySegment<int>? WordPlaces(string text, string name) =>
        name.Length > 0 && char.IsLetter(name[0]) ? TextWords.Of(text)?.PlacesOpening(name) : null;

    // Tests of what comes before a name that match only where no letter does (registered by AtWordStart).
    private static readonly ConcurrentDictionary<Regex, bool> WordStartTests = new() { [WordBoundary] = true };

    /// <summary>
    /// Marks <paramref name="before"/>, a test for <see cref="Find"/>, as matching only where no letter comes before the place it
    /// is tried at (it opens with <c>\b</c>, or needs a space there), given a name that opens with a letter: in a long text the
    /// name is then looked up among the words instead of searched for through the whole text.
    /// </summary>
    public static Regex AtWordStart(Regex before)
    {
        WordStartTests[before] = true;
        return before;
    }

    // Where the text writes the name, left to right: every place, or, when `before` refuses a place after a letter, the places
    // of the text's words (the places after a letter it would refuse, and a refused place ends no occurrence).
    private static IEnumerable<int> Places(string text, string name, Regex? before)
    {
        if (before is not null && WordStartTests.ContainsKey(before) && WordPlaces(text, name) is { } places)
        {
            foreach (var at in places)
                if (text.AsSpan(at).StartsWith(name, StringComparison.Ordinal)) yield return at;
            yield break;
        }
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && at < text.Length; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            yield return at;
    }

    /// <summary>Whether the text writes <paramref name="word"/> in lower case as a word of its own ("new" for "New").</summary>
    public static bool WrittenInLowerCase(string text, string word) => Find(text, word.ToLowerInvariant(), WordBoundary, WordBoundary).Any();
}
