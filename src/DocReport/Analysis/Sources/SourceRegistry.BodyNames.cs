using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that merges the names of one body: its acronym ("NPHET"), its first words and an acronym
/// ("California ISO"), its name without a legal suffix ("Microsoft Corp"), without its body word ("Environmental
/// Protection"), or its last word alone ("the Post") or its first ("Pew" for "Pew Research Center").
/// </summary>
internal sealed partial class SourceRegistry
{
    // "California ISO" after "California Independent System Operator": a body's first words kept and the rest made an acronym
    private SourceEntry? ShortenedToAcronym(string name)
    {
        if (name.Split(' ') is not [_, .., var last] words || !PhraseTokens.IsAcronym(last)) return null;
        var kept = string.Join(' ', words[..^1]);
        return byAcronym.TryGetValue(string.Concat(words[..^1].Select(w => w[0])) + last, out var known) && known.Name.StartsWith(kept + " ", StringComparison.Ordinal)
            ? known : null;
    }

    // "Microsoft Corp", "Amazon.com Inc.": the name without the company's legal suffix, or null for a name without one
    private static string? WithoutCompanySuffix(string name) =>
        name.Split(' ') is [_, .., var last] && CompanySuffixes.Contains(last.TrimEnd('.')) ? name[..name.LastIndexOf(' ')].TrimEnd(',') : null;

    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal) { "Inc", "Corp", "Ltd", "LLC", "plc", "PLC", "Co" };

    private SourceEntry? ShortFormOf(string word) =>
        entries.Where(e => e.Kind is not (SourceKind.Person or SourceKind.Document) && e.Name.EndsWith(" " + word, StringComparison.Ordinal))
            .MaxBy(e => e.LastSeen);

    // "Pew" after "the Pew Research Center": a body's first word alone, when its other words are all words the kind lists know for
    // a body of its kind, is that body, the one named last ("Washington" is no "Washington Post": a media name is no government's)
    private SourceEntry? FirstWordOf(string word, SourceKind kind) =>
        entries.Where(e => e.Kind == kind && e.Name.StartsWith(word + " ", StringComparison.Ordinal)
            && e.Name.Split(' ')[1..].All(w => SourceLexicon.NameKindOf(w) == kind)).MaxBy(e => e.LastSeen);

    // "Environmental Protection" and "the Environmental Protection Department": a body named with or without its body word.
    private SourceEntry? SameBody(string name) =>
        byBodySubject.TryGetValue(BodyNameForm.Split(name).Subject, out var known) && BodyNameForm.SameBody(known.Name, name) ? known : null;

    private SourceEntry Merge(SourceEntry body, string name, SourceKind kind)
    {
        body.TakeLongerName(name, kind);
        byName[name] = body;
        AddAcronym(body, name);
        return body;
    }

    private void AddAcronym(SourceEntry entry, string name)
    {
        if (entry.Kind != SourceKind.Person && Acronym(name) is { } acronym) byAcronym.TryAdd(acronym, entry);
    }

    private static string? Acronym(string name)
    {
        var capitals = name.Split(' ').Where(w => !NameGlue.Contains(w) && w.Length > 0 && char.IsUpper(w[0])).ToList();
        return capitals.Count > 1 ? string.Concat(capitals.Select(w => w[0])) : null;
    }
}
