using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Merges source mentions, in reading order, into sources: a name seen before, a person's surname, an
/// acronym of a body's name, and pronouns and descriptions ("he", "the ministry") resolved to the
/// nearest preceding fitting source. Every lookup is a dictionary hit, so long articles stay linear.
/// </summary>
internal sealed partial class SourceRegistry(string text)
{
    private static readonly HashSet<string> NameGlue = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and", "the", "on", "de", "du", "la", "van", "von", "der", "al", "&" };

    // How far back, in characters (some fifteen news paragraphs), a pronoun looks for the source it stands for.
    private const int PronounReach = 4000;

    // "it" and "they" for a body reach back only some two short paragraphs: further back, "they" is more often a group of people.
    private const int BodyPronounReach = 600;

    private readonly List<SourceEntry> entries = [];
    private readonly Dictionary<string, SourceEntry> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SourceEntry> bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceEntry> byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceEntry> byBodySubject = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SourceEntry> lastByWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<SourceKind, SourceEntry> lastByKind = [];
    private readonly Dictionary<char, SourceEntry> lastPersonByGender = [];
    private readonly FirstNameScanner firstNames = new(text);
    private readonly TitleScanner titles = new(text);
    private readonly BodyNameScanner names = new(text);
    private readonly PersonNameScanner people = new(text);
    private SourceEntry? lastBody;

    public IReadOnlyList<SourceEntry> Entries => entries;

    /// <summary>
    /// The source a phrase written at <c>[position,end)</c> refers to, counting the mention; null when a pronoun or
    /// description has nothing to point back to, or someone else is named in between. <paramref name="subject"/> is
    /// the name the reported clause begins with, if any ("SkyJet will cut 40 routes, the airline said").
    /// </summary>
    public SourceEntry? Resolve(SourcePhrase phrase, int position, int end, SourcePhrase? subject = null)
    {
        var entry = phrase.Form switch
        {
            PhraseForm.Pronoun => Mention(Pronoun(phrase.Name, position)),
            PhraseForm.Descriptor => Described(phrase, position, end, subject),
            _ => WithRoles(Mention(Named(phrase))!, phrase.Roles),
        };
        if (entry is not null) (entry.LastSeen, entry.LastSeenEnd) = (position, end);
        return entry;
    }

    /// <summary>
    /// The sources a phrase refers to: two for "the United Nations and the European Union" or "Trump and Clinton"
    /// when each half is a known source or a name whose kind is plain, one otherwise ("Food and Drug Administration").
    /// </summary>
    public IReadOnlyList<SourceEntry> ResolveAll(SourcePhrase phrase, int position, int end, SourcePhrase? subject = null)
    {
        if (phrase.Form == PhraseForm.Named && Conjuncts(phrase.Name) is { } parts)
            return parts.Select(p => WithRoles(Mention(Named(p))!, p.Roles)).Select(e => { (e.LastSeen, e.LastSeenEnd) = (position, end); return e; }).ToList();
        return Resolve(phrase, position, end, subject) is { } entry ? [entry] : [];
    }

    private List<SourcePhrase>? Conjuncts(string name)
    {
        var halves = name.Split(" and ");
        if (halves.Length != 2) return null;
        var parts = halves.Select(SourcePhrase.Parse).ToList();
        return parts.All(p => p is { Form: PhraseForm.Named } && StandsAlone(p)) ? parts.Select(p => p!).ToList() : null;
    }

    private bool StandsAlone(SourcePhrase p) =>
        byName.ContainsKey(p.Name) || bySurname.ContainsKey(p.Name) || byAcronym.ContainsKey(p.Name) || p.LooksLikePerson || IsListedBody(p.Name);

    // A name whose kind the lists or its own words tell: "Associated Press", "CBP", "European Union", "Ministry of Health";
    // an international word alone does not ("World Travel" of "World Travel and Tourism Council").
    private static bool IsListedBody(string name) =>
        SourceLexicon.NameKindOf(name) is not null || SourceLexicon.GovernmentBodies.Contains(name) || SourceLexicon.Media.Contains(name)
        || SourceLexicon.Platforms.Contains(name) || SourceLexicon.International.Contains(name) || PhraseTokens.IsAcronym(name);

    // "President Barack Obama ... the president said": a title points back to the person who bore it.
    private SourceEntry WithRoles(SourceEntry entry, IReadOnlyList<string> roles)
    {
        foreach (var role in roles) lastByWord[role] = entry;
        return entry;
    }

    /// <summary>A document source for a link or a URL in the text, merged by URL.</summary>
    public SourceEntry Document(string name, string url) =>
        Mention(byName.TryGetValue(url, out var known) ? known : Add(name, SourceKind.Document, url, key: url))!;

    // "he said" points back to the last person of that gender named as a source, if the text named them lately:
    // a pronoun several paragraphs on is more likely someone the article named in passing, so it stays unresolved.
    private SourceEntry? Pronoun(string pronoun, int position)
    {
        var entry = pronoun switch
        {
            "he" => lastPersonByGender.GetValueOrDefault('m'),
            "she" => lastPersonByGender.GetValueOrDefault('f'),
            _ => lastBody,
        };
        var reach = pronoun is "he" or "she" ? PronounReach : BodyPronounReach;
        var gender = pronoun switch { "he" => 'm', "she" => 'f', _ => '-' };
        // a body reached through its spokesperson: anyone named since may be "he" or "she"
        if (entry is not null && entry.Kind != SourceKind.Person && gender != '-' && people.Between(entry.LastSeenEnd, position).Any()) return null;
        return entry is not null && position - entry.LastSeen <= reach && !NamedBetween(entry, position, gender)
            && !(pronoun == "they" && GroupNamedBetween(entry, position)) ? entry : null;
    }

    // "the state's grid ... left some energy experts bewildered. They said": people named in the plural after the body
    // may be the ones "they" stands for, so the pronoun stays unresolved.
    private bool GroupNamedBetween(SourceEntry entry, int position)
    {
        if (position <= entry.LastSeenEnd) return false;
        foreach (var word in PluralWord().EnumerateMatches(text.AsSpan(entry.LastSeenEnd, position - entry.LastSeenEnd)))
        {
            var plural = text.Substring(entry.LastSeenEnd + word.Index, word.Length);
            if (!SourceLexicon.Descriptors.ContainsKey(plural) && SourceLexicon.DescriptorOf(plural) is { } people
                && (people.Kind is SourceKind.Person or SourceKind.Other || people.SpeaksFor)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b\p{Ll}{3,}s\b")]
    private static partial Regex PluralWord();

    // "Eric Reeves ... said. He said": when the text names another person of the same or an unknown gender, or an
    // attribution names another source of the kind, after the one a pronoun or description would point back to, it
    // may be theirs, and a claim must not go to the wrong one.
    private bool NamedBetween(SourceEntry entry, int position, char gender = '-', string? head = null)
    {
        if (position <= entry.LastSeenEnd) return false;
        var own = entry.Name.Split(' ');
        var known = entry.Gender == '-' ? gender : entry.Gender;
        bool SameGender(char other) => other == '-' || known == '-' || other == known;
        if (entry.Kind == SourceKind.Person && people.Between(entry.LastSeenEnd, position).Any(n => !own.Contains(n.Surname) && SameGender(n.Gender))) return true;
        // "the bank" could not be the Statistics Office, but "the company" could be Whole Foods: a name with no body word fits any
        bool Fits(SourceEntry e) => head is null || e.Name.Contains(head, StringComparison.OrdinalIgnoreCase) || SourceLexicon.NameKindOf(e.Name) is null;
        return entries.Any(e => e != entry && e.Kind == entry.Kind && SameGender(e.Gender) && Fits(e) && e.LastSeen >= entry.LastSeenEnd && e.LastSeen < position);
    }

    private SourceEntry? Described(SourcePhrase phrase, int position, int end, SourcePhrase? subject)
    {
        var descriptor = phrase.Descriptor!;
        var head = phrase.Name.Split(' ')[^1];
        if (phrase.Owner is { } owner && (descriptor.SpeaksFor || descriptor.Kind == SourceKind.Document))
        {
            var ownerEntry = Resolve(owner, position, end, subject);
            // "Con Edison officials said ... the officials said": the officials are the body's again
            if (ownerEntry is not null && descriptor.SpeaksFor) lastByWord[head] = ownerEntry;
            // "a spokesperson for UCEA said ... he said": the pronoun is the spokesperson again, speaking for the body
            if (ownerEntry is not null && descriptor is { SpeaksFor: true, Kind: SourceKind.Person })
                foreach (var gender in head switch { "spokesman" => "m", "spokeswoman" => "f", _ => "mf" }) lastPersonByGender[gender] = ownerEntry;
            return ownerEntry;
        }
        // "the Associated Press news agency" is the agency named; "the Trump administration" a body named by whom it is of
        if (phrase.Owner is { Form: PhraseForm.Named } named && !descriptor.IsGroup && descriptor.Kind != SourceKind.Person)
        {
            if (IsListedBody(named.Name)) return Resolve(named, position, end, subject);
            var name = $"{named.Name} {head}";
            return Mention(byName.TryGetValue(name, out var body) ? body : Add(name, descriptor.Kind, null));
        }
        var pointsBack = phrase.Definite && !descriptor.IsGroup;
        var (found, unsure) = pointsBack ? PointedBack(head, descriptor, position, subject) : (null, false);
        if (unsure) return null;
        if (found is null)
        {
            var name = UnresolvedName(descriptor.IsGroup ? head : phrase.Name, descriptor);
            found = byName.TryGetValue(name, out var known) ? known : Add(name, descriptor.IsGroup ? SourceKind.Other : descriptor.Kind, null);
        }
        if (pointsBack) lastByWord[head] = found;
        return Mention(found);
    }

    // "officials said" with no body to point back to: the source reads as unnamed, never as a body called "officials";
    // a document ("a study") is what its description says.
    private static string UnresolvedName(string description, Descriptor descriptor) =>
        descriptor.Kind == SourceKind.Document ? description : "unnamed " + description;

    // "the company said" where another source of the kind was named since the company it would point back to is unsure.
    private (SourceEntry? Found, bool Unsure) PointedBack(string head, Descriptor descriptor, int position, SourcePhrase? subject)
    {
        if (lastByWord.TryGetValue(head, out var byWord) || lastByWord.TryGetValue(Singular(head), out byWord)) return Checked(byWord);
        if (names.Before(head, position) is { } inText && SourcePhrase.Parse(inText) is { Form: PhraseForm.Named } named) return Checked(Named(named));
        if (!descriptor.IsGeneric) return (null, false);
        if (subject is { Form: PhraseForm.Named } && SourceKindClassifier.Classify(subject) == descriptor.Kind) return (Named(subject), false);
        return lastByKind.TryGetValue(descriptor.Kind, out var byKind) ? Checked(byKind) : (null, false);

        (SourceEntry?, bool) Checked(SourceEntry entry) =>
            entry.Kind != SourceKind.Person && NamedBetween(entry, position, head: Singular(head)) ? (null, true) : (entry, false);
    }

    private SourceEntry Named(SourcePhrase phrase)
    {
        var name = phrase.Name;
        if (byName.TryGetValue(name, out var known) || byAcronym.TryGetValue(name, out known)) return known;
        var words = name.Split(' ');
        // "Meadows" where the text names Scott, Debbie and Mark Meadows: which one is unsure, so the surname stands alone
        if (words.Length == 1 && firstNames.IsShared(name)) return Add(name, SourceKind.Person, null, gender: phrase.Gender);
        if (words.Length == 1 && bySurname.TryGetValue(name, out known)) return known;
        var kind = SourceKindClassifier.Classify(phrase);
        if (kind == SourceKind.Person && !phrase.LooksLikePerson && WrittenAsBody(name)) kind = SourceKind.Organization;
        var plainWord = words.Length == 1 && kind == SourceKind.Organization && !PhraseTokens.IsAcronym(name) && SourceLexicon.NameKindOf(name) is null;
        if (plainWord && firstNames.FullNameOf(name) is { } fullName)
            return byName.TryGetValue(fullName, out known) ? known : Add(fullName, SourceKind.Person, null, gender: SourceLexicon.GenderOf(fullName.Split(' ')[0]));
        // "Putin said", where the text elsewhere writes "President Putin": a person known by surname
        if (plainWord && titles.TitleBefore(name) is { } title) return Add(name, SourceKind.Person, null, gender: SourceLexicon.GenderOf(title));
        if (kind is not (SourceKind.Person or SourceKind.Document) && SameBody(name) is { } body) return Merge(body, name, kind);
        // "President Obama" then "Barack Obama": the surname met first is the same person, now named in full
        if (kind == SourceKind.Person && words.Length > 1 && byName.TryGetValue(words[^1], out known) && known.Kind == SourceKind.Person && known.Name == words[^1])
        {
            known.TakeLongerName(name, kind);
            byName[name] = known;
            bySurname.TryAdd(words[^1], known);
            return known;
        }
        return Add(name, kind, null, gender: phrase.Gender);
    }

    // "a Whole Foods spokeswoman", "the Yahoo Finance site": a name with an article before it and a noun after it is a body's.
    private bool WrittenAsBody(string name) =>
        Regex.IsMatch(text, @"\b(?:[Aa]n?|[Tt]he)\s+" + Regex.Escape(name) + @"(?:['’]s?)?\s+\p{Ll}");

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

    private SourceEntry Add(string name, SourceKind kind, string? url, string? key = null, char gender = '-')
    {
        var entry = new SourceEntry(entries.Count, name, kind, url, kind == SourceKind.Person ? gender : '-');
        entries.Add(entry);
        byName[key ?? name] = entry;
        var words = name.Split(' ');
        if (kind == SourceKind.Person && words.Length > 1) bySurname.TryAdd(words[^1], entry);
        if (kind is not (SourceKind.Person or SourceKind.Document)) byBodySubject.TryAdd(BodyNameForm.Split(name).Subject, entry);
        AddAcronym(entry, name);
        return entry;
    }

    private void AddAcronym(SourceEntry entry, string name)
    {
        var capitals = name.Split(' ').Where(w => !NameGlue.Contains(w) && w.Length > 0 && char.IsUpper(w[0])).ToList();
        if (entry.Kind != SourceKind.Person && capitals.Count > 1) byAcronym.TryAdd(string.Concat(capitals.Select(w => w[0])), entry);
    }

    private SourceEntry? Mention(SourceEntry? entry)
    {
        if (entry is null) return null;
        entry.Mentions++;
        if (entry.Kind == SourceKind.Person)
        {
            foreach (var gender in entry.Gender == '-' ? "mf" : entry.Gender.ToString()) lastPersonByGender[gender] = entry;
        }
        else
        {
            lastBody = entry;
            lastByKind[entry.Kind] = entry;
        }
        foreach (var word in entry.Name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0]))) lastByWord[word] = entry;
        return entry;
    }

    private static string Singular(string word) => word.EndsWith('s') ? word[..^1] : word;
}
