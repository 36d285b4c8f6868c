using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>The part of the registry that keeps groups of people the word lists do not know ("the loggers") and two people who speak as one ("the couple").</summary>
internal sealed partial class SourceRegistry
{
    [GeneratedRegex(@"\b(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)*)[ \t]+and[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)*)\b", RegexOptions.RightToLeft)]
    private static partial Regex TwoNames();

    /// <summary>
    /// "Ann Lee and Tom Berg ... the couple said": one source for the two people last named together before <paramref name="position"/>,
    /// each a person the text has cited by that name, who speak as one ("Ann Lee and Tom Berg"); null when no such pair is named.
    /// Not counted as a mention of a person, so no later "he" or "she" goes to the two.
    /// </summary>
    public SourceEntry? PairBefore(int position)
    {
        for (var m = TwoNames().Match(text, 0, position); m.Success; m = m.NextMatch())
            if (PersonCalled(m.Groups[1].Value.Split(' ', '\t'), last: true) is { } first && PersonCalled(m.Groups[2].Value.Split(' ', '\t'), last: false) is { } second
                && first != second)
                return byName.TryGetValue($"{first.Name} and {second.Name}", out var pair) ? pair : Add($"{first.Name} and {second.Name}", SourceKind.Person, null, gender: 'p');
        return null;
    }

    // The person the words next to "and" name: the longest of their runs that ends (or, after "and", begins) there and names a cited person
    private SourceEntry? PersonCalled(string[] words, bool last)
    {
        for (var n = words.Length; n > 0; n--)
            if (string.Join(' ', last ? words[^n..] : words[..n]) is var name
                && (byName.GetValueOrDefault(name) ?? bySurname.GetValueOrDefault(name)) is { Kind: SourceKind.Person, Unsure: false } person) return person;
        return null;
    }

    private SourceEntry? lastUnlistedGroup;

    // "the men", "the people": words for any people, which a definite group uses to point back to the group named before
    private static readonly HashSet<string> AnyPeople = new(StringComparer.Ordinal) { "men", "women", "people" };

    /// <summary>
    /// The unnamed source for a group of people the lists do not know (<see cref="UnlistedGroup"/>), one per group's words,
    /// counting the mention; "The men alleged" after "Two loggers claimed" is the loggers again, and "trust members" the trust the
    /// text named. A "they" after it is theirs.
    /// </summary>
    public SourceEntry UnlistedGroupOf(string words, bool definite, int position, int end)
    {
        // "trust members said" where the text names the Citizens' Transportation Trust: the members speak for the body
        if (words.Split(' ') is [.., var body, "members"] && entries.LastOrDefault(e => e.Kind is not (SourceKind.Person or SourceKind.Document)
                && e.Name.Split(' ').Contains(body, StringComparer.OrdinalIgnoreCase)) is { } owner)
        {
            (owner.LastSeen, owner.LastSeenEnd) = (position, end);
            return Mention(owner)!;
        }
        // "a 2013 editorial in the Annals of Internal Medicine ... The authors argued": the work's words, not an unnamed group
        if (definite && words == "authors" && WorkOfAuthors(position, end) is { } work) return work;
        var name = "unnamed " + words;
        var entry = byName.TryGetValue(name, out var known) ? known
            : definite && AnyPeople.Contains(words) && lastUnlistedGroup is { } group && position - group.LastSeen <= PronounReach ? group
            : Add(name, SourceKind.Other, null);
        lastUnlistedGroup = entry;
        (entry.LastSeen, entry.LastSeenEnd) = (position, end);
        return Mention(entry)!;
    }
}
