using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The "word at" phrases of a text ("an economist at", "analysts at"), found in one pass and sorted by what follows them, so
/// the words written before "at" some name are a binary search away: the answers of the regex
/// <c>\b(\p{Ll}+)\s+at\s+NAME\b(?!['’]s\b)</c>, which scanned the whole text once per name (a long document's cost grew with
/// names times text).
/// </summary>
internal sealed partial class AtPhrases
{
    // Sorted on this many characters after "at": a name no longer than that finds its phrases as one run of the order.
    private const int KeyLength = 128;

    // A lookahead, so phrases that share words ("people at at ...") are each found, as the regex per name found them.
    [GeneratedRegex(@"\b(?=(?<word>\p{Ll}+)\s+at(?<space>\s+))")]
    private static partial Regex Phrase { get; }
    [GeneratedRegex(@"\G\b(?!['’]s\b)")]
    private static partial Regex NameEnd { get; }

    private readonly string text;
    private readonly (int Start, int After, string Word)[] phrases;

    public AtPhrases(string text)
    {
        this.text = text;
        phrases = SuccessiveMatches.Of(Phrase, text).Select(m => (m.Index, m.Groups["space"].Index + m.Groups["space"].Length, m.Groups["word"].Value)).ToArray();
        Array.Sort(phrases, (a, b) => Key(a.After).SequenceCompareTo(Key(b.After)) is var c and not 0 ? c : a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// The lowercase words written as "word at <paramref name="name"/>", left to right, as the regex's matches over the
    /// whole text would give them (matches do not overlap).
    /// </summary>
    public IEnumerable<string> WordsBefore(string name)
    {
        // a name opened by a space would let the regex's \s+ give some of it back; never seen, so such a name is asked as before
        if (name.Length == 0 || char.IsWhiteSpace(name[0]) || name.Length > KeyLength)
            return Regex.Matches(text, $@"\b(\p{{Ll}}+)\s+at\s+{Regex.Escape(name)}\b(?!['’]s\b)").Select(m => m.Groups[1].Value);
        var from = First(name);
        var found = new List<(int Start, int After, string Word)>();
        for (var i = from; i < phrases.Length && text.AsSpan(phrases[i].After).StartsWith(name, StringComparison.Ordinal); i++) found.Add(phrases[i]);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var words = new List<string>();
        var end = 0;
        foreach (var (start, after, word) in found)
        {
            if (start < end || !NameEnd.IsMatch(text, after + name.Length)) continue;
            end = after + name.Length;
            words.Add(word);
        }
        return words;
    }

    private ReadOnlySpan<char> Key(int at) => text.AsSpan(at, Math.Min(KeyLength, text.Length - at));

    // the first phrase whose text after "at" is not ordered before the name
    private int First(string name)
    {
        var (low, high) = (0, phrases.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Key(phrases[middle].After).SequenceCompareTo(name) < 0) low = middle + 1; else high = middle;
        }
        return low;
    }
}
