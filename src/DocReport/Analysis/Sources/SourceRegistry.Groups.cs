using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>The part of the registry that keeps groups of people the word lists do not know ("the loggers").</summary>
internal sealed partial class SourceRegistry
{
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
        var name = "unnamed " + words;
        var entry = byName.TryGetValue(name, out var known) ? known
            : definite && AnyPeople.Contains(words) && lastUnlistedGroup is { } group && position - group.LastSeen <= PronounReach ? group
            : Add(name, SourceKind.Other, null);
        lastUnlistedGroup = entry;
        (entry.LastSeen, entry.LastSeenEnd) = (position, end);
        return Mention(entry)!;
    }
}
