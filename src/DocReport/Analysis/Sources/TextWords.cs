using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Where the words of a long text start, gathered once per text: a word here is a run of letters (<see cref="char.IsLetter(char)"/>)
/// with no letter before it. A name that opens with a letter, sought only where no letter comes before it (after <c>\b</c>, a
/// space or a tab), stands at one of these places, so it is looked up there instead of searched for through the whole text:
/// a long document names thousands of people, and each name was a search of the whole text.
/// </summary>
internal sealed class TextWords
{
    /// <summary>Shorter texts are searched as they were: their searches are short, and gathering the words would cost more.</summary>
    public const int MinLength = 1 << 16;

    // one per text, while the text lives: the scanners of one document share its text (the analysis's two threads may ask at
    // once, and Lazy gathers it once)
    private static readonly ConditionalWeakTable<string, Lazy<TextWords>> Gathered = new();

    // the distinct words in ordinal order; word i starts at places[starts[i]..starts[i + 1]], in the order of the text
    private readonly string[] words;
    private readonly int[] starts;
    private readonly int[] places;

    /// <summary>
    /// Lets the words gathered for <paramref name="text"/> go once no step will look names up in it again (the analysis, after its
    /// sources step): they would otherwise be held as long as the text, through the links, the validation and the writers. A later
    /// look-up gathers them again.
    /// </summary>
    public static void Release(string text) => Gathered.Remove(text);

    /// <summary>The words of <paramref name="text"/>, or null for a text too short to gather them.</summary>
    public static TextWords? Of(string text) => text.Length < MinLength ? null : Gathered.GetValue(text, t => new(() => new TextWords(t))).Value;

    private TextWords(string text)
    {
        // counted first, then placed: one array of places for the whole text
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = new List<int>();
        for (var at = 0; (at = NextWord(text, at, out var end)) >= 0; at = end)
        {
            if (byId.TryGetValue(text.AsSpan(at, end - at), out var id)) counts[id]++;
            else { byId[text.AsSpan(at, end - at)] = counts.Count; counts.Add(1); }
        }
        words = new string[ids.Count];
        foreach (var (word, id) in ids) words[id] = word;
        var rank = Enumerable.Range(0, words.Length).ToArray();
        Array.Sort(words, rank, StringComparer.Ordinal);
        // rankOf[id]: where the word of that id stands in the sorted words
        var rankOf = new int[rank.Length];
        for (var i = 0; i < rank.Length; i++) rankOf[rank[i]] = i;
        starts = new int[words.Length + 1];
        for (var i = 0; i < words.Length; i++) starts[i + 1] = starts[i] + counts[rank[i]];
        places = new int[starts[^1]];
        var next = starts[..^1];
        for (var at = 0; (at = NextWord(text, at, out var end)) >= 0; at = end)
            places[next[rankOf[byId[text.AsSpan(at, end - at)]]]++] = at;
    }

    private ArraySegment<int> Slice(int first, int last) => new(places, starts[first], starts[last] - starts[first]);

    // The start of the first word at or after `from` (-1 when none), and its end.
    private static int NextWord(string text, int from, out int end)
    {
        var at = from;
        while (at < text.Length && !char.IsLetter(text[at])) at++;
        end = at;
        if (at == text.Length) return -1;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return at;
    }

    /// <summary>
    /// The places, left to right, of the words that may open <paramref name="name"/>: every place where the text writes the name
    /// with no letter before it is among them (each is to be checked); null when the name does not open with a letter.
    /// </summary>
    public ArraySegment<int>? PlacesOpening(string name)
    {
        if (name.Length == 0 || !char.IsLetter(name[0])) return null;
        var lead = 1;
        while (lead < name.Length && char.IsLetter(name[lead])) lead++;
        var first = Array.BinarySearch(words, name[..lead], StringComparer.Ordinal);
        // a name of letters only may open a longer word ("Lee" in "Leeds"), which the caller's tests after it may accept or refuse
        if (lead < name.Length) return first >= 0 ? Slice(first, first + 1) : ArraySegment<int>.Empty;
        if (first < 0) first = ~first;
        var last = first;
        while (last < words.Length && words[last].StartsWith(name, StringComparison.Ordinal)) last++;
        if (last - first <= 1) return Slice(first, last);
        // several words' places, each in order: merged into one order
        var found = places[starts[first]..starts[last]];
        Array.Sort(found);
        return found;
    }

    /// <summary>
    /// The places, left to right, of the words that may open with one of <paramref name="forms"/> in any case, as a
    /// case-insensitive regex reads it: every place where the text writes a form with no letter before it is among them (each
    /// is to be checked); null when a form does not open with a letter. A form's letters are sought at the start of each word
    /// (what follows them, such as the full stop of "Gov.", is not a letter, so the word there is those letters alone).
    /// </summary>
    public int[]? PlacesOpeningAnyCase(IReadOnlyCollection<string> forms)
    {
        var leads = new List<string>();
        foreach (var form in forms)
        {
            var lead = 0;
            while (lead < form.Length && char.IsLetter(form[lead])) lead++;
            if (lead == 0) return null;
            leads.Add(form[..lead]);
        }
        var opens = new Regex($"^(?i:{string.Join('|', leads.Select(Regex.Escape))})");
        var found = new List<int>();
        // the words opening with a letter the regex takes for a form's first letter, which sort together
        foreach (var first in leads.SelectMany(l => SameLetter(l[0])).Distinct())
        {
            var from = FirstSortedAtOrAfter(first.ToString());
            var to = first == char.MaxValue ? words.Length : FirstSortedAtOrAfter(((char)(first + 1)).ToString());
            for (var i = from; i < to; i++)
                if (opens.IsMatch(words[i])) found.AddRange(Slice(i, i + 1));
        }
        var sorted = found.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private int FirstSortedAtOrAfter(string key)
    {
        var at = Array.BinarySearch(words, key, StringComparer.Ordinal);
        return at >= 0 ? at : ~at;
    }

    // The characters that a case-insensitive regex matches for a letter ("k": k, K and the Kelvin sign), found once per letter
    // by asking such a regex of every character
    private static readonly ConcurrentDictionary<char, char[]> Cases = new();

    private static char[] SameLetter(char letter) => Cases.GetOrAdd(letter, l =>
    {
        var one = new Regex($"^(?i:{Regex.Escape(l.ToString())})$");
        var same = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
            if (one.IsMatch(((char)c).ToString())) same.Add((char)c);
        return same.ToArray();
    });
}
