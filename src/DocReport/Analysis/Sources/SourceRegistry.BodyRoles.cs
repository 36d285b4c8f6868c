using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that reads a name as a body's by what the text gives it: a company's role ("Wells Fargo CEO John
/// Stumpf", "Apple's chief executive", "Wells Fargo board member Elaine Chao"; a person has no chief executive, board or
/// shareholders, so a name that owns one is a body's whatever given name opens it, and "the bank said" with no body of its kind
/// cited within reach is that body), or something published on it ("a comparison done on Zero Hedge": a site).
/// </summary>
internal sealed partial class SourceRegistry
{
    // "Wells Fargo CEO", "Apple's chief executive", "Acme board members": a company's roles, written right after its name
    private const string BodyRole = @"(?:['’]s?)?[ \t]+(?:CEO|CFO|chief[ \t]+(?:executive|financial[ \t]+officer)|board[ \t]+(?:members?|of[ \t]+directors)|shareholders)\b";

    [GeneratedRegex(@"\G" + BodyRole)]
    private static partial Regex BodyRoleAfter { get; }

    // a name of one to three capitalised words, not going on from a capitalised word before it (a headline's "Warren Hammers Wells
    // Fargo CEO" names no one body)
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’.&-])(?<!\p{Lu}[\p{L}\p{N}'’&-]*[ \t]+)(?<name>\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,2})" + BodyRole)]
    private static partial Regex BodyRoleOwner { get; }

    private List<(int Index, string Name)>? roleOwners;

    /// <summary>True when the text writes something as published on the name ("In a comparison done on Zero Hedge", "posted on
    /// Daily Kos"): a site's name, not a person's.</summary>
    private bool PublishedOn(string name) => NameOccurrences.Find(text, name, PublishedOnBefore, NameOccurrences.WordBoundary).Any();

    private static readonly Regex PublishedOnBefore = NameOccurrences.AtWordStart(PublishedOnBeforeTest);
    [GeneratedRegex(@"\G(?<=\b(?:published|posted|appeared|done|written|reported|featured|run)[ \t]+on[ \t]+)")]
    private static partial Regex PublishedOnBeforeTest { get; }

    /// <summary>True when the text writes a company's role right after the name ("Wells Fargo CEO John Stumpf").</summary>
    private bool OwnsBodyRole(string name) => NameOccurrences.Find(text, name, NameOccurrences.WordBoundary, BodyRoleAfter).Any();

    /// <summary>
    /// The one body the text names as owning a company's role before <paramref name="position"/>, for a company's noun ("the bank",
    /// "the company"); null when it names none, or two, or a name already listed as a person.
    /// </summary>
    private SourceEntry? RoleOwnerBefore(Descriptor descriptor, int position)
    {
        if (descriptor.Kind != SourceKind.Organization) return null;
        roleOwners ??= BodyRoleOwner.Matches(text).Select(m => (m.Index, m.Groups["name"].Value)).ToList();
        var names = roleOwners.Where(o => o.Index < position).Select(o => SourcePhrase.Parse(o.Name)).OfType<SourcePhrase>()
            .Where(p => p is { Form: PhraseForm.Named, HasTitle: false }).DistinctBy(p => p.Name).ToList();
        if (names is not [var only]) return null;
        return byName.TryGetValue(only.Name, out var known) ? (known.Kind == SourceKind.Person ? null : known) : Add(only.Name, SourceKind.Organization, null);
    }
}
