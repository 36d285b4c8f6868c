using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Merges source mentions, in reading order, into sources: a name seen before, a person's surname, an
/// acronym of a body's name, and pronouns and descriptions ("he", "the ministry") resolved to the
/// nearest preceding fitting source. Every lookup is a dictionary hit, so long articles stay linear.
/// </summary>
internal sealed class SourceRegistry(string text)
{
    private static readonly HashSet<string> NameGlue = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and", "the", "on", "de", "du", "la", "van", "von", "der", "al", "&" };

    private readonly List<SourceEntry> entries = [];
    private readonly Dictionary<string, SourceEntry> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SourceEntry> bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceEntry> byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceEntry> lastByNameWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<SourceKind, SourceEntry> lastByKind = [];
    private readonly FirstNameScanner firstNames = new(text);
    private readonly BodyNameScanner names = new(text);
    private SourceEntry? lastPerson;
    private SourceEntry? lastBody;

    public IReadOnlyList<SourceEntry> Entries => entries;

    /// <summary>The source a phrase refers to, counting the mention; null when a pronoun or description has nothing to point back to.</summary>
    public SourceEntry? Resolve(SourcePhrase phrase, int position) => phrase.Form switch
    {
        PhraseForm.Pronoun => Mention(phrase.Name is "he" or "she" ? lastPerson : lastBody),
        PhraseForm.Descriptor => Described(phrase, position),
        _ => Mention(Named(phrase)),
    };

    /// <summary>A document source for a link or a URL in the text, merged by URL.</summary>
    public SourceEntry Document(string name, string url) =>
        Mention(byName.TryGetValue(url, out var known) ? known : Add(name, SourceKind.Document, url, key: url));

    private SourceEntry? Described(SourcePhrase phrase, int position)
    {
        var descriptor = phrase.Descriptor!;
        if (phrase.Owner is { } owner && (descriptor.SpeaksFor || descriptor.Kind == SourceKind.Document && owner.Form == PhraseForm.Named))
            return Resolve(owner, position);
        var head = phrase.Name.Split(' ')[^1];
        if (phrase.Definite && !descriptor.IsGroup)
        {
            if (lastByNameWord.TryGetValue(head, out var byWord) || lastByNameWord.TryGetValue(Singular(head), out byWord)) return Mention(byWord);
            if (names.Before(head, position) is { } inText && SourcePhrase.Parse(inText) is { Form: PhraseForm.Named } named) return Mention(Named(named));
            var fitting = descriptor.Kind == SourceKind.Person ? lastPerson : lastByKind.GetValueOrDefault(descriptor.Kind);
            if (fitting is not null) return Mention(fitting);
        }
        var name = descriptor.IsGroup ? head : phrase.Name;
        return Mention(byName.TryGetValue(name, out var known) ? known : Add(name, descriptor.IsGroup ? SourceKind.Other : descriptor.Kind, null));
    }

    private SourceEntry Named(SourcePhrase phrase)
    {
        var name = phrase.Name;
        if (byName.TryGetValue(name, out var known) || byAcronym.TryGetValue(name, out known)) return known;
        var words = name.Split(' ');
        if (words.Length == 1 && bySurname.TryGetValue(name, out known)) return known;
        if (words.Length == 1 && !PhraseTokens.IsAcronym(name) && firstNames.FullNameOf(name) is { } fullName)
            return byName.TryGetValue(fullName, out known) ? known : Add(fullName, SourceKind.Person, null);
        return Add(name, SourceKindClassifier.Classify(phrase), null);
    }

    private SourceEntry Add(string name, SourceKind kind, string? url, string? key = null)
    {
        var entry = new SourceEntry(entries.Count, name, kind, url);
        entries.Add(entry);
        byName[key ?? name] = entry;
        var words = name.Split(' ');
        if (kind == SourceKind.Person && words.Length > 1) bySurname.TryAdd(words[^1], entry);
        var capitals = words.Where(w => !NameGlue.Contains(w) && w.Length > 0 && char.IsUpper(w[0])).ToList();
        if (kind != SourceKind.Person && capitals.Count > 1) byAcronym.TryAdd(string.Concat(capitals.Select(w => w[0])), entry);
        return entry;
    }

    private SourceEntry? Mention(SourceEntry? entry)
    {
        if (entry is null) return null;
        entry.Mentions++;
        if (entry.Kind == SourceKind.Person) lastPerson = entry;
        else
        {
            lastBody = entry;
            lastByKind[entry.Kind] = entry;
        }
        foreach (var word in entry.Name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0]))) lastByNameWord[word] = entry;
        return entry;
    }

    private static string Singular(string word) => word.EndsWith('s') ? word[..^1] : word;
}
