using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Merges source mentions, in reading order, into sources: a name seen before, a person's surname, an
/// acronym of a body's name, and pronouns and descriptions ("he", "the ministry") resolved to the
/// nearest preceding fitting source (SourceRegistry.PointingBack.cs). Every lookup is a dictionary hit, so long articles stay linear.
/// </summary>
internal sealed partial class SourceRegistry(string text)
{
    private static readonly HashSet<string> NameGlue = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and", "the", "on", "de", "du", "la", "van", "von", "der", "al", "&" };

    private readonly List<SourceEntry> entries = [];
    private readonly Dictionary<string, SourceEntry> byName = new(NameKeyComparer.Names);
    private readonly Dictionary<string, SourceEntry> bySurname = new(NameKeyComparer.Surnames);
    private readonly Dictionary<string, SourceEntry> byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceEntry> byBodySubject = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SourceEntry> lastByWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<SourceKind, SourceEntry> lastByKind = [];
    private readonly Dictionary<char, SourceEntry> lastPersonByGender = [];
    private readonly FirstNameScanner firstNames = new(text);
    private readonly TitleScanner titles = new(text);
    private readonly BodyNameScanner names = new(text);
    private readonly PersonNameScanner people = new(text);
    private readonly PronounGenderScanner pronounGenders = new(text);
    private readonly TitleHolderScanner holders = new(text);
    private MainSubjectScanner? mainSubject;
    private MainSubjectScanner MainSubject => mainSubject ??= new(text, people, firstNames, holders);
    private SourceEntry? lastBody;

    public IReadOnlyList<SourceEntry> Entries => entries;

    /// <summary>
    /// The source a phrase written at <c>[position,end)</c> refers to, counting the mention; null when a pronoun or
    /// description has nothing to point back to, or someone else is named in between. <paramref name="subject"/> is
    /// the name the reported clause begins with, if any ("SkyJet will cut 40 routes, the airline said").
    /// </summary>
    public SourceEntry? Resolve(SourcePhrase phrase, int position, int end, SourcePhrase? subject = null)
    {
        // "New Poll Shows Bump" in a title-case headline, then "A new poll shows": words the text also writes in lower case describe
        if (phrase is { Form: PhraseForm.Named, LooksLikePerson: false } && phrase.Name.Contains(' ') && WrittenInLowerCase(phrase.Name)
            && SourcePhrase.Parse(phrase.Name.ToLowerInvariant()) is { Form: PhraseForm.Descriptor } described)
            phrase = described;
        if (IsCommonWordOpeningSentences(phrase)) return null;
        var entry = phrase.Form switch
        {
            PhraseForm.Pronoun => Mention(Pronoun(phrase.Name, position)),
            PhraseForm.Descriptor => Described(phrase, position, end, subject),
            _ when IsRoleOnly(phrase) => Mention(RoleHolder(phrase, position)),
            _ when SharedSurnameBearer(phrase, position) is { } person => Mention(Named(person)),
            _ => WithRoles(Mention(Named(OwnedName(phrase, position, end)))!, phrase.Roles),
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
        // "authorities from Homeland Security Investigations and the Cambridge Police", "a statement from the UN and the EU": what
        // is of two bodies cites both
        var named = phrase is { Form: PhraseForm.Descriptor, Owner: { Form: PhraseForm.Named } owner } ? owner : phrase;
        if (named.Form == PhraseForm.Named && Conjuncts(named.Name) is { } parts)
            return parts.Select(p => WithRoles(Mention(Named(p))!, p.Roles)).Select(e => { (e.LastSeen, e.LastSeenEnd) = (position, end); return e; }).ToList();
        return Resolve(phrase, position, end, subject) is { } entry ? [entry] : [];
    }

    // "Be warned: ...", "Horror stories about the company": one word the text capitalises only where a sentence opens, and also
    // writes in lower case, is a common word there, not a name; a name the lists or the text already know stays one
    private bool IsCommonWordOpeningSentences(SourcePhrase phrase) =>
        phrase is { Form: PhraseForm.Named, LooksLikePerson: false, HasTitle: false } && !phrase.Name.Contains(' ') && !byName.ContainsKey(phrase.Name)
        && !IsListedBody(phrase.Name) && !SourceLexicon.Countries.Contains(phrase.Name) && !SourceLexicon.IsFirstName(phrase.Name)
        && WrittenInLowerCase(phrase.Name) && !WrittenInsideSentence(phrase.Name);

    // "Casey's Bar have said": a common noun written as a name after someone's possessive is a business so named,
    // not "Bar"; an owner that is a country or a known body ("Britain's Treasury") is not part of the name.
    private SourcePhrase OwnedName(SourcePhrase phrase, int position, int end)
    {
        if (phrase.Form != PhraseForm.Named || phrase.Name.Contains(' ') || PhraseTokens.IsAcronym(phrase.Name)) return phrase;
        var owned = OwnerAndName().Match(text, position, end - position);
        if (!owned.Success || owned.Groups["name"].Value != phrase.Name || !WrittenInLowerCase(phrase.Name)) return phrase;
        var owner = owned.Groups["owner"].Value;
        return SourceLexicon.Countries.Contains(owner) || IsListedBody(owner) ? phrase : phrase with { Name = $"{owner}{owned.Groups["s"].Value} {phrase.Name}" };
    }

    [GeneratedRegex(@"(?<owner>\p{Lu}[\p{L}-]*)(?<s>['’]s)\s+(?<name>\p{Lu}\p{Ll}+)\s*\z")]
    private static partial Regex OwnerAndName();

    private List<SourcePhrase>? Conjuncts(string name)
    {
        var halves = name.Split(" and ");
        if (halves.Length != 2) return null;
        var parts = halves.Select(SourcePhrase.Parse).ToList();
        // "+972 Magazine and The Intercept": a second half with its own article is a second name ("Food and Drug Administration" has none)
        // "Homeland Security Investigations and the Cambridge Police": so is one after "the" whose words name a body ("Department of
        // Health and the Environment" stays one)
        var ownArticle = halves[1].StartsWith("The ", StringComparison.Ordinal)
            || halves[1].StartsWith("the ", StringComparison.Ordinal) && parts[1] is { } second && SourceLexicon.NameKindOf(second.Name) is not null;
        return parts.All(p => p is { Form: PhraseForm.Named } && (ownArticle || StandsAlone(p))) ? parts.Select(p => p!).ToList() : null;
    }

    /// <summary>
    /// True for a name that is a source on its own in a coordination: one named before, a person, a listed body, or a surname the
    /// text gives a full name ("Clinton and the DNC rejected" where the text names Hillary Clinton); "Developers" is not.
    /// </summary>
    public bool StandsAlone(SourcePhrase p) =>
        byName.ContainsKey(p.Name) || bySurname.ContainsKey(p.Name) || byAcronym.ContainsKey(p.Name) || p.LooksLikePerson || IsListedBody(p.Name)
        || !p.Name.Contains(' ') && firstNames.FullNameOf(p.Name) is not null;

    // A name whose kind the lists or its own words tell: "Associated Press", "CBP", "European Union", "Ministry of Health";
    // an international word alone does not ("World Travel" of "World Travel and Tourism Council").
    private static bool IsListedBody(string name) =>
        SourceLexicon.NameKindOf(name) is not null || SourceLexicon.GovernmentBodies.Contains(name) || SourceLexicon.Media.Contains(name)
        || SourceLexicon.Platforms.Contains(name) || SourceLexicon.International.Contains(name) || PhraseTokens.IsAcronym(name);

    // "President Barack Obama ... the president said": a title points back to the person who bore it ("Sen." to "the senator").
    private SourceEntry WithRoles(SourceEntry entry, IReadOnlyList<string> roles)
    {
        foreach (var role in roles) lastByWord[SourceLexicon.FullTitleOf(role) ?? role] = entry;
        return entry;
    }

    /// <summary>A document source for a link or a URL in the text, merged by URL.</summary>
    public SourceEntry Document(string name, string url) =>
        Mention(byName.TryGetValue(url, out var known) ? known : Add(name, LinkedKind(name), url, key: url))!;

    // "according to [local news reports]": news reports are the news media's, linked or not
    private static SourceKind LinkedKind(string name) =>
        SourcePhrase.Parse(name) is { Form: PhraseForm.Descriptor, Descriptor: { Kind: SourceKind.Document } described } phrase ? UnnamedKind(phrase.Name, described) : SourceKind.Document;

    private SourceEntry Named(SourcePhrase phrase)
    {
        var name = phrase.Name;
        if (byName.TryGetValue(name, out var known) || byAcronym.TryGetValue(name, out known)) return known;
        if (ShortenedToAcronym(name) is { } acronymOf) return byName[name] = acronymOf;
        // "the International Trade Secretary" where the text names Liz Truss as the one who holds it
        if (!phrase.LooksLikePerson && holders.HolderOf(name) is { } holder && holder.Name != name) return byName[name] = Named(holder);
        var words = name.Split(' ');
        // "Meadows" where the text names Scott, Debbie and Mark Meadows: which one is unsure, so the surname is no one listed
        if (words.Length == 1 && firstNames.IsShared(name)) return Add(name, SourceKind.Person, null, gender: phrase.Gender, unsure: true);
        // "Abu Hatab" after "Walid Abu Hatab": a surname of two words is found as a whole
        // "Von der Brandt" after "Ottilie von der Brandt": so is a surname opened by particles
        if ((words.Length <= 2 || ParticlesBeforeLast(words) == 0) && bySurname.TryGetValue(name, out known) && known.Kind == SourceKind.Person) return known;
        // "Etienne said" where the text names "Camille Etienne Gbedey": an inner word of one person's full name is that person
        if (words.Length == 1 && !phrase.HasTitle && InnerNameBearer(name) is { } inner) return byName[name] = inner;
        // "Ban Ki-moon ... Mr. Ban": a family name written first, then used alone with a title, is the person named in full
        if (words.Length == 1 && phrase.HasTitle && FamilyNameFirstOf(name) is { } bearer) return byName[name] = bearer;
        var kind = SourceKindClassifier.Classify(phrase);
        // "an economist at J.P. Morgan", "analysts at Morgan Stanley": people work at a body, never at a person
        if (kind == SourceKind.Person && !phrase.HasTitle && words.Length > 1 && WorkedAt(name)) kind = SourceKind.Organization;
        // "HCSO said" where the text writes "the Harris County Sheriff's Office": an acronym is of the kind of the name it stands for
        if (kind == SourceKind.Organization && PhraseTokens.IsAcronym(name) && SourceLexicon.NameKindOf(name) is null
            && AcronymExpansion.KindOf(text, name) is { } expanded) kind = expanded;
        if (kind == SourceKind.Person && !phrase.LooksLikePerson && (WrittenAsBody(name) || ShortenedToFirstWord(words))) kind = SourceKind.Organization;
        // "Bloomberg said" where the text names "Michael R. Bloomberg": an outlet's or a company's name can be a person's surname
        var plainWord = words.Length == 1 && kind is SourceKind.Organization or SourceKind.Media && !PhraseTokens.IsAcronym(name) && SourceLexicon.NameKindOf(name) is null;
        // "Ryan tweeted" where the text names Paul Ryan: a surname that is also a given name is the one person who bears it
        if ((plainWord || kind == SourceKind.Person && words.Length == 1 && !phrase.HasTitle) && firstNames.FullNameOf(name) is { } fullName)
            return byName.TryGetValue(fullName, out known) ? known : Add(fullName, SourceKind.Person, null, gender: SourceLexicon.GenderOf(fullName.Split(' ')[0]));
        // "Putin said", where the text elsewhere writes "President Putin": a person known by surname
        if (plainWord && titles.TitleBefore(name) is { } title) return Add(name, SourceKind.Person, null, gender: SourceLexicon.GenderOf(title));
        if (plainWord && UnlistedGivenNameOf(name) is { } given)
            return byName.TryGetValue($"{given} {name}", out known) ? known : Add($"{given} {name}", SourceKind.Person, null);
        // "McLenney said he would appeal", "McLenney, 41, said", "McLenney's wife": a word the lists do not know, used as people are
        if (plainWord && kind == SourceKind.Organization && PersonUse(name) is { } gender) return Add(name, SourceKind.Person, null, gender: gender);
        if (kind is not (SourceKind.Person or SourceKind.Document) && SameBody(name) is { } body) return Merge(body, name, kind);
        // "the Post" after "The Washington Post": the last word of a body's name alone is that body, the one named last
        if (words.Length == 1 && kind is not (SourceKind.Person or SourceKind.Document) && ShortFormOf(name) is { } whole) return byName[name] = whole;
        // "NPHET have warned" then "the National Public Health Emergency Team": the acronym met first is the body named in full
        if (kind is not (SourceKind.Person or SourceKind.Document) && Acronym(name) is { } acronym && byName.TryGetValue(acronym, out known) && known.Kind != SourceKind.Person)
            return Merge(known, name, kind);
        // "President Obama" then "Barack Obama", "De Blasio says" then "Bill de Blasio": the surname met first is the same person, now named in full
        if (kind == SourceKind.Person && (SurnameMetFirst(words, withParticle: true) ?? SurnameMetFirst(words, withParticle: false)) is var (surname, person))
        {
            person.TakeLongerName(name, kind);
            byName[name] = person;
            bySurname.TryAdd(surname, person);
            return person;
        }
        // "President Xi" then "Xi Jinping": the family name met first with a title, now named in full, written first
        if (kind == SourceKind.Person && words is [var family, var givenName] && WritesFamilyNameFirst(family, givenName) && titles.TitleBefore(family) is not null
            && byName.TryGetValue(family, out known) && known is { Kind: SourceKind.Person, Unsure: false } && known.Name == family)
        {
            known.TakeLongerName(name, kind);
            byName[name] = known;
            return known;
        }
        // "Microsoft" then "Microsoft Corp": a company named with its legal suffix is the one named without it
        if (kind is not (SourceKind.Person or SourceKind.Document) && WithoutCompanySuffix(name) is { } plain && byName.TryGetValue(plain, out known)
            && known.Kind is not (SourceKind.Person or SourceKind.Document)) return Merge(known, name, kind);
        return Add(name, kind, null, gender: phrase.Gender);
    }

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

    // "Trump said" where the text names Donald and Melania Trump. The one of them named before it, when only one is; else the
    // one the text names first (a writer gives the surname alone to the main bearer), when that one is also the only one of
    // them already quoted as a source, or when the text names it in full only before it first writes the surname alone and
    // names every other bearer in full again after that ("Rep. Mark Meadows ... Meadows' retirement ... Debbie Meadows").
    // Otherwise which one is unsure: null, and Named keeps the surname apart rather than risk a wrong speaker. Null too for a
    // surname only one person of the text bears.
    private SourcePhrase? SharedSurnameBearer(SourcePhrase phrase, int position)
    {
        // a surname kept unsure where it was met first (a headline's "Clinton" before any full name) is read again here
        if (phrase.Name.Contains(' ') || byName.TryGetValue(phrase.Name, out var met) && !met.Unsure || !firstNames.IsShared(phrase.Name)) return null;
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, position - 1)) + 1;
        var end = text.IndexOfAny(SentenceEnds, position) is var e and >= 0 ? e : text.Length;
        var named = firstNames.FullNamesBefore(phrase.Name, position, start, end);
        if (named is not [var first, ..]) return null;
        if (named.Count == 1) return SourcePhrase.Parse(first);
        var quoted = named.Where(n => byName.TryGetValue(n, out var entry) && entry.Kind == SourceKind.Person).ToList();
        if (quoted is [var speaker] && speaker == first) return SourcePhrase.Parse(first);
        if (quoted.All(q => q == first) && firstNames.OthersNamedInFullAfterSurnameAlone(phrase.Name, first)) return SourcePhrase.Parse(first);
        // "Clinton told the debate audience" in an article about Hillary Clinton that names Bill Clinton once in passing: the one
        // named first is the one the article is about when the text names them in full at least twice as often as each other
        // bearer, and no other bearer has been quoted
        var times = named.Select(firstNames.TimesNamed).ToList();
        return quoted.All(q => q == first) && times[0] >= 2 && times.Skip(1).All(t => times[0] >= 2 * t) ? SourcePhrase.Parse(first) : null;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    // "Kashif McLenney has lived there for years. McLenney said": a word the lists do not know as a given name, written before the
    // surname (where a sentence opens, which FirstNameScanner leaves out), is one when it is the only word the text writes there
    // and is no common word, title or body's word ("When McLenney", "Officials McLenney"; "Goldman Sachs ... Goldman said" has none)
    private string? UnlistedGivenNameOf(string surname)
    {
        var given = NameOccurrences.Find(text, surname, NameOccurrences.WordBoundary, NameOccurrences.WordBoundary)
            .Select(o => WordBefore().Match(text[Math.Max(0, o.Index - 30)..o.Index])).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().ToList();
        // "The Intercept", "Many African-Americans": an article or a word that counts is no part of a name
        return given is [var only] && SourcePhrase.Parse($"{only} {surname}") is { Form: PhraseForm.Named } person && person.Name == $"{only} {surname}"
            && !SourceLexicon.IsTitle(only) && SourceLexicon.NameKindOf(only) is null && !SourceLexicon.Countries.Contains(only)
            && !WrittenInLowerCase(only) ? only : null;
    }

    private static bool IsUnnamedGroup(string name) =>
        name.StartsWith("unnamed ", StringComparison.Ordinal) && name.Split(' ')[^1] is var head && !SourceLexicon.Descriptors.ContainsKey(head)
        && SourceLexicon.DescriptorOf(head) is not null;

    // The gender the text gives the name ('-' when none) when it writes the name as a person's; null otherwise.
    private char? PersonUse(string name)
    {
        var gender = pronounGenders.GenderOf(name);
        // "Amazon placed itself between ...", "Amazon changed its terms": a name the text makes an "it" is no person's, whatever
        // "her" comes later in its sentence ("sold by Amazon, which shipped it to her")
        if (gender == '-' && !NameOccurrences.Find(text, name, NameOccurrences.WordBoundary, ItsAfter()).Any() && PronounLaterInSentence(name) is { } told) return told;
        return gender != '-' || NameOccurrences.Find(text, name, NameOccurrences.WordBoundary, PersonAfter()).Any() ? gender : null;
    }

    // "Trump's first wife, Ivana, had claimed that her husband ...", "Lupita told cops it was taken from her room": a personal
    // pronoun later in the name's own sentence, no other capitalised word between, is the name's (a body is "it"); null when
    // the text gives none, or both genders
    private char? PronounLaterInSentence(string name) =>
        NameOccurrences.Find(text, name, NotAfterArticle, PersonalPronounAfter()).Select(m => m.After.Groups[1].Value.ToLowerInvariant() is "he" or "his" ? 'm' : 'f')
            .Distinct().ToList() is [var only] ? only : null;

    [GeneratedRegex(@"\G\b[^.!?;\n\p{Lu}]{0,120}?\b(?i:(he|she|his|her))\b")]
    private static partial Regex PersonalPronounAfter();

    [GeneratedRegex(@"\G[ \t]+\p{Ll}+[ \t]+(?:its|itself)\b")]
    private static partial Regex ItsAfter();

    // "attracted Bolger to the Amazon website, provided her with", "shipped it in Amazon packaging to her": after an article or a
    // preposition the name is no subject the pronoun goes back to
    private static readonly Regex NotAfterArticle = new(@"\G\b(?<!\b(?:[Tt]he|[Aa]n?|in|on|at|from|by|with|to|for|of|into)\s)", RegexOptions.Compiled);

    [GeneratedRegex(@"\G(?:,[ \t]+\d{1,3},|['’]s[ \t]+(?:wife|husband|son|daughter|mother|father|brother|sister|family|parents|children|lawyer|attorney)\b)")]
    private static partial Regex PersonAfter();

    private SourceEntry? ShortFormOf(string word) =>
        entries.Where(e => e.Kind is not (SourceKind.Person or SourceKind.Document) && e.Name.EndsWith(" " + word, StringComparison.Ordinal))
            .MaxBy(e => e.LastSeen);

    // Where the particles before a name's last word begin ("von der Brandt" in "Ottilie von der Brandt"; 0 for "Von der Brandt"),
    // or int.MaxValue when none comes right before it
    private static int ParticlesBeforeLast(string[] words)
    {
        var first = words.Length - 1;
        while (first > 0 && PhraseTokens.IsParticle(words[first - 1].ToLowerInvariant())) first--;
        return first == words.Length - 1 ? int.MaxValue : first;
    }

    // A person listed before under the surname of this full name alone: its last word, or a particle and its last word.
    private (string Surname, SourceEntry Person)? SurnameMetFirst(string[] words, bool withParticle)
    {
        if (words.Length < (withParticle ? 3 : 2) || withParticle && !NameGlue.Contains(words[^2])) return null;
        var surname = withParticle ? $"{words[^2]} {words[^1]}" : words[^1];
        return byName.TryGetValue(surname, out var known) && known is { Kind: SourceKind.Person, Unsure: false } && NameKeyComparer.Surnames.Equals(known.Name, surname)
            ? (surname, known)
            : null;
    }

    // The one person listed under a full name of three or more words holding this word inside it, never its first word, when no
    // other person's name opens with it ("Paul" is not "John Paul Jones" where the text also names Paul Ruiz) nor ends with it
    private SourceEntry? InnerNameBearer(string word)
    {
        var people = entries.Where(e => e is { Kind: SourceKind.Person, Unsure: false }).Select(e => (Entry: e, Words: e.Name.Split(' '))).ToList();
        if (people.Any(p => p.Words[0] == word)) return null;
        // never a description's word ("unnamed Carrier executive") nor one of two people ("Bernie Sanders And Hillary Clinton")
        var bearers = people.Where(p => p.Words.Length >= 3 && p.Words[0] != "unnamed" && !p.Words.Any(w => w is "&" || w.Equals("and", StringComparison.OrdinalIgnoreCase))
            && p.Words[1..^1].Contains(word)).Take(2).ToList();
        if (bearers is not [var one]) return null;
        // "Maria Etienne" named too: the word may be her surname
        return firstNames.FullNameOf(word) is { } full && !one.Entry.Name.StartsWith(full, StringComparison.Ordinal) ? null : one.Entry;
    }

    // The one person of the text whose two-word name opens with this family name, written first ("Ban Ki-moon", "Xi Jinping").
    private SourceEntry? FamilyNameFirstOf(string family)
    {
        var bearers = entries.Where(e => e is { Kind: SourceKind.Person, Unsure: false } && e.Name.Split(' ') is [var first, var given]
            && first == family && WritesFamilyNameFirst(first, given)).Take(2).ToList();
        return bearers is [var one] ? one : null;
    }

    // A name whose first word the lists do not know as a given name, or whose second is a given name of two syllables joined by
    // a hyphen ("Ki-moon", "Jong-un"), as East Asian names are romanised: its family name may be the first word. Not "Keegan
    // Carlson ... Carlson said": a last word the text also writes alone is the surname, whatever the lists lack.
    private bool WritesFamilyNameFirst(string first, string given) =>
        !SourceLexicon.IsFirstName(first) && !UsedAlone(given, first) || HyphenatedGivenName().IsMatch(given);

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+-\p{Ll}+$")]
    private static partial Regex HyphenatedGivenName();

    // Whether the text writes the word as a word of its own somewhere, not right after the word before it in a full name
    private bool UsedAlone(string word, string before) =>
        NameOccurrences.Find(text, word, NameOccurrences.WordBoundary, NameOccurrences.WordBoundary)
            .Any(o => !(o.Index > before.Length && text[o.Index - 1] == ' ' && string.CompareOrdinal(text, o.Index - 1 - before.Length, before, 0, before.Length) == 0));

    // "an economist at J.P. Morgan", "strategists at Goldman Sachs": a person's noun, then "at", then the name; not "a clerk at
    // John Marsh's shop", where people work at what the name owns.
    private bool WorkedAt(string name) =>
        Regex.Matches(text, $@"\b(\p{{Ll}}+)\s+at\s+{Regex.Escape(name)}\b(?!['’]s\b)").Any(m => SourceLexicon.DescriptorOf(m.Groups[1].Value) is { } d
            && (d.Kind == SourceKind.Person || d.IsPeople || d.SpeaksFor));

    // "a Whole Foods spokeswoman", "the Yahoo Finance site": a name with an article before it and a noun after it is a body's.
    private bool WrittenAsBody(string name) => NameOccurrences.Find(text, name, ArticleBefore, LowerWordAfter).Any();

    private static readonly Regex ArticleBefore = new(@"\G(?<=\b(?:[Aa]n?|[Tt]he)\s+)", RegexOptions.Compiled);
    private static readonly Regex LowerWordAfter = new(@"\G(?:['’]s?)?\s+\p{Ll}", RegexOptions.Compiled);

    // "Goldman Sachs ... Goldman said": a two-word name the text shortens to its first word and never to its last is a firm's;
    // a person's is shortened to the surname ("Kiki McLean ... McLean said"), or to a first word written with a title ("Ban
    // Ki-moon ... Mr. Ban").
    private bool ShortenedToFirstWord(string[] words) =>
        words.Length == 2 && titles.TitleBefore(words[0]) is null && NameOccurrences.Find(text, words[0], NameOccurrences.WordBoundary, NoNameAfter).Any()
        && !NameOccurrences.Find(text, words[1], NoNameBefore, NameOccurrences.WordBoundary).Any();

    // a capital, or a surname's particle before one ("Bashar al-Assad", "Bill de Blasio"), goes on with the name
    private static readonly Regex NoNameAfter = new(@"\G\b(?![ \t]+(?:\p{Lu}|\p{Ll}{1,4}[ \t-]\p{Lu}))", RegexOptions.Compiled);
    private static readonly Regex NoNameBefore = new(@"\G\b(?<!\p{Lu}[\p{L}'’.-]*[ \t]+)", RegexOptions.Compiled);

    private bool WrittenInLowerCase(string word) =>
        !PhraseTokens.IsAcronym(word) && NameOccurrences.Find(text, word.ToLowerInvariant(), NameOccurrences.WordBoundary, NameOccurrences.WordBoundary).Any();

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

    private SourceEntry Add(string name, SourceKind kind, string? url, string? key = null, char gender = '-', bool unsure = false)
    {
        // "Abu Hatab said he": not for a surname two people of the text share ("Ivanka Trump", "Donald Trump")
        if (kind == SourceKind.Person && gender == '-' && !firstNames.NamesOthers(name)) gender = pronounGenders.GenderOf(name.Split(' ')[^1]);
        // "Harry said" where the text never gives his surname: a given name alone tells the sex, so "she said" after it is not his
        if (kind == SourceKind.Person && gender == '-' && !name.Contains(' ')) gender = SourceLexicon.GenderOf(name);
        var entry = new SourceEntry(entries.Count, name, kind, url, kind == SourceKind.Person ? gender : '-') { Unsure = unsure };
        entries.Add(entry);
        byName[key ?? name] = entry;
        var words = name.Split(' ');
        if (kind == SourceKind.Person && words.Length > 1) bySurname.TryAdd(words[^1], entry);
        // "Walid Abu Hatab" is also "Abu Hatab", but "Donald and Ivana Trump" is not "Ivana Trump"
        if (kind == SourceKind.Person && words.Length > 2 && !SourceLexicon.IsFirstName(words[^2]) && !words.Contains("and"))
            bySurname.TryAdd($"{words[^2]} {words[^1]}", entry);
        if (kind == SourceKind.Person && ParticlesBeforeLast(words) is > 0 and < int.MaxValue and var particle) bySurname.TryAdd(string.Join(' ', words[particle..]), entry);
        if (kind is not (SourceKind.Person or SourceKind.Document)) byBodySubject.TryAdd(BodyNameForm.Split(name).Subject, entry);
        // "Microsoft Corp" then "Microsoft": the company again
        if (kind is not (SourceKind.Person or SourceKind.Document) && WithoutCompanySuffix(name) is { } plain) byName.TryAdd(plain, entry);
        AddAcronym(entry, name);
        return entry;
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

    private SourceEntry? Mention(SourceEntry? entry)
    {
        if (entry is null) return null;
        entry.Mentions++;
        // "unnamed detectives" are no "he" or "she"
        if (entry.Kind == SourceKind.Person)
        {
            if (!IsUnnamedGroup(entry.Name))
                foreach (var gender in entry.Gender == '-' ? "mf" : entry.Gender.ToString()) lastPersonByGender[gender] = entry;
        }
        else
        {
            lastBody = entry;
            lastByKind[entry.Kind] = entry;
        }
        // not a document's: "the court" after "the Superior Court ruling" is a court, not the ruling
        if (entry.Kind != SourceKind.Document)
            foreach (var word in entry.Name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0]))) lastByWord[word] = entry;
        // "The Hollis campaign said ... a spokesman for the campaign": a body named by a common noun is "the" noun again
        if (entry.Kind is not (SourceKind.Person or SourceKind.Document) && entry.Name.Split(' ') is [_, .., var noun]
            && char.IsLower(noun[0]) && !entry.Name.StartsWith("unnamed ", StringComparison.Ordinal)) lastByWord[noun] = entry;
        return entry;
    }
}
