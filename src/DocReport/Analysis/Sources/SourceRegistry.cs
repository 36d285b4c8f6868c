using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Merges source mentions, in reading order, into sources: a name seen before, a person's surname, an
/// acronym of a body's name, and pronouns and descriptions ("he", "the ministry") resolved to the
/// nearest preceding fitting source (SourceRegistry.Pronouns.cs, SourceRegistry.PointingBack.cs).
/// Every lookup is a dictionary hit, so long articles stay linear.
/// </summary>
internal sealed partial class SourceRegistry(string text)
{
    private static readonly HashSet<string> NameGlue = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and", "the", "on", "de", "du", "la", "van", "von", "der", "al", "&" };

    private readonly List<SourceEntry> entries = [];
    private readonly Dictionary<string, SourceEntry> byName = new(NameKeyComparer.Names);
    private readonly Dictionary<string, SourceEntry> bySurname = new(NameKeyComparer.Surnames);
    private readonly Dictionary<string, SourceEntry> byAcronym = new(StringComparer.Ordinal);
    // people named with a middle name ("Hillary Rodham Clinton"), by their given name and surname
    private readonly Dictionary<(string Given, string Surname), SourceEntry> byGivenAndSurname = [];
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
    // the last group named in the plural ("unnamed analysts", "unnamed officials", "unnamed loggers"): "they" may be theirs, "it" never
    private SourceEntry? lastGroup;

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
        // "Campaign for Ann Lee says" opening a headline or a sentence: a first word capitalised only where sentences open, whose
        // words in lower case describe ("campaign for Ann Lee"), is that description, as it would be inside a sentence ("Lee campaign");
        // when that word is a describing noun or the text writes it in lower case too: "Senate Republican Leaders" in a title-case
        // headline keeps "Senate"
        else if (phrase is { Form: PhraseForm.Named, LooksLikePerson: false, HasTitle: false } && phrase.Name.Split(' ')[0] is var opening
            && OnlyOpensSentences(opening) && (SourceLexicon.SourceNounOf(opening) is not null || WrittenInLowerCase(opening))
            && SourcePhrase.Parse(LowerFirst(phrase.Name)) is { Form: PhraseForm.Descriptor } lowered)
            phrase = lowered;
        else if (PeopleOpeningSentence(phrase, position, end) is { } people)
            phrase = people;
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
        phrase is { Form: PhraseForm.Named, LooksLikePerson: false, HasTitle: false } && !phrase.Name.Contains(' ') && OnlyOpensSentences(phrase.Name)
        && WrittenInLowerCase(phrase.Name);

    /// <summary>
    /// True for one word the text capitalises only where a sentence opens, that no list, given name or earlier mention makes a
    /// name and that has no capital inside it ("Rail" of "Rail fares will rise, the operator said"): its capital tells nothing.
    /// </summary>
    public bool OnlyOpensSentences(string word) =>
        !byName.ContainsKey(word) && !IsListedBody(word) && !SourceLexicon.Countries.Contains(word) && !SourceLexicon.IsFirstName(word)
        && !PhraseTokens.IsAcronym(word) && !word.Skip(1).Any(char.IsUpper)
        && (openingSentencesOnly.TryGetValue(word, out var known) ? known : openingSentencesOnly[word] = !WrittenInsideSentence(word));

    // what the text tells of a word's cases, asked at each of its mentions: kept by word, as the text does not change
    private readonly Dictionary<string, bool> openingSentencesOnly = new(StringComparer.Ordinal);

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
        // "Securities and Exchange Commission", "Research and Standards Agency": a body's kind word alone before a name of several
        // words opens that name; it names no body of its own
        if (!ownArticle && !halves[0].Contains(' ') && halves[1].Contains(' ') && IsKindWordOnly(halves[0])) return null;
        return parts.All(p => p is { Form: PhraseForm.Named } && (ownArticle || StandsAlone(p))) ? parts.Select(p => p!).ToList() : null;
    }

    /// <summary>
    /// True for a name that is a source on its own in a coordination: one named before, a person, a listed body, or a surname the
    /// text gives a full name ("Clinton and the DNC rejected" where the text names Hillary Clinton); "Developers" is not.
    /// </summary>
    public bool StandsAlone(SourcePhrase p) =>
        byName.ContainsKey(p.Name) || bySurname.ContainsKey(p.Name) || byAcronym.ContainsKey(p.Name) || p.LooksLikePerson || IsListedBody(p.Name)
        || !p.Name.Contains(' ') && firstNames.FullNameOf(p.Name) is not null;

    private bool IsKindWordOnly(string word) => SourceLexicon.NameKindOf(word) is not null && !byName.ContainsKey(word) && !IsNamedBody(word);

    // A name whose kind the lists or its own words tell: "Associated Press", "CBP", "European Union", "Ministry of Health";
    // an international word alone does not ("World Travel" of "World Travel and Tourism Council").
    private static bool IsListedBody(string name) => SourceLexicon.NameKindOf(name) is not null || IsNamedBody(name);

    // A body the lists name whole, or an acronym: more than a kind word ("Securities") alone
    private static bool IsNamedBody(string name) =>
        SourceLexicon.GovernmentBodies.Contains(name) || SourceLexicon.Media.Contains(name) || SourceLexicon.Platforms.Contains(name)
        || SourceLexicon.International.Contains(name) || PhraseTokens.IsAcronym(name);

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
        // ("a New Hampshire Democrat said" is written with an article too, and is one person)
        // ("The Governor of the Bank of England" is a role written with an article, and one person)
        if (kind == SourceKind.Person && !phrase.LooksLikePerson && !SourceKindClassifier.IsOnePartyMember(name) && !SourceKindClassifier.IsRoleOf(name) && (WrittenAsBody(name) || ShortenedToFirstWord(words)))
            kind = SourceKind.Organization;
        // "Wells Fargo CEO John Stumpf": a name that owns a company's role is a body's, though a given name opens it
        if (kind == SourceKind.Person && !phrase.HasTitle && OwnsBodyRole(name)) kind = SourceKind.Organization;
        // "In a comparison done on Zero Hedge ... Zero Hedge said": a name read as a person's only by its two name words, on which
        // something is published, is a site
        if (kind == SourceKind.Person && !phrase.LooksLikePerson && PublishedOn(name)) kind = SourceKind.Media;
        // "Bloomberg said" where the text names "Michael R. Bloomberg": an outlet's or a company's name can be a person's surname
        var plainWord = words.Length == 1 && (kind is SourceKind.Organization or SourceKind.Media || kind == SourceKind.Government && SourceLexicon.Capitals.Contains(name))
            && !PhraseTokens.IsAcronym(name) && SourceLexicon.NameKindOf(name) is null;
        // "Ryan tweeted" where the text names Paul Ryan: a surname that is also a given name is the one person who bears it
        if ((plainWord || kind == SourceKind.Person && words.Length == 1) && firstNames.FullNameOf(name) is { } fullName
            && (!phrase.HasTitle || kind == SourceKind.Person && TitleFits(phrase, fullName)))
            return byName.TryGetValue(fullName, out known) ? known : Add(fullName, SourceKind.Person, null, gender: SourceLexicon.GenderOf(fullName.Split(' ')[0]));
        // "Putin said", where the text elsewhere writes "President Putin": a person known by surname
        if (plainWord && titles.TitleBefore(name) is { } title) return Add(name, SourceKind.Person, null, gender: SourceLexicon.GenderOf(title));
        if (plainWord && UnlistedGivenNameOf(name) is { } given)
            return byName.TryGetValue($"{given} {name}", out known) ? known : Add($"{given} {name}", SourceKind.Person, null);
        // "McLenney said he would appeal", "McLenney, 41, said", "McLenney's wife": a word the lists do not know, used as people are
        if (plainWord && kind == SourceKind.Organization && PersonUse(name) is { } gender) return Add(name, SourceKind.Person, null, gender: gender);
        if (kind is not (SourceKind.Person or SourceKind.Document) && SameBody(name) is { } body) return Merge(body, name, kind);
        // "the Post" after "The Washington Post": the last word of a body's name alone is that body, the one named last
        if (words.Length == 1 && kind is not (SourceKind.Person or SourceKind.Document) && (ShortFormOf(name) ?? FirstWordOf(name, kind)) is { } whole) return byName[name] = whole;
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
        // "Tom Whitcombe, a neighbour, said ... “...,” Tom said": a given name alone is the one person cited before under it
        if (kind == SourceKind.Person && words.Length == 1 && !phrase.HasTitle && SourceLexicon.IsFirstName(name) && GivenNameBearer(name) is { } bearerOfGiven)
            return byName[name] = bearerOfGiven;
        return Add(name, kind, null, gender: phrase.Gender);
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    // "Mr. Schmidt said" where the text names Mark Schmidt once, not as a source: a surname with a title of the person's sex is the
    // one full name the text gives it; "Mrs. Clinton" is not "Bill Clinton", and a title that tells no sex ("President Obama" where
    // only "Michelle Obama" is named in full) leaves the surname alone
    private static bool TitleFits(SourcePhrase phrase, string fullName) =>
        phrase.Gender != '-' && SourceLexicon.GenderOf(fullName.Split(' ')[0]) == phrase.Gender;

    // a source named in the plural: a group of people ("unnamed experts", "unnamed loggers", Other) or of officials ("unnamed officials")
    // "Former aides" -> "former aides": a phrase whose first word is capitalised only because it opens a sentence
    private static string LowerFirst(string words) => char.ToLowerInvariant(words[0]) + words[1..];

    private static bool IsGroup(SourceEntry entry) => entry.Kind == SourceKind.Other || IsUnnamedGroup(entry.Name);

    private static bool IsUnnamedGroup(string name) =>
        name.StartsWith("unnamed ", StringComparison.Ordinal) && name.Split(' ')[^1] is var head && !SourceLexicon.Descriptors.ContainsKey(head)
        && SourceLexicon.DescriptorOf(head) is not null;

    // asked for the same names at each of their mentions, and each answer is a search of the whole text: kept by word
    private bool WrittenInLowerCase(string word) => !PhraseTokens.IsAcronym(word)
        && (lowerCase.TryGetValue(word, out var known) ? known : lowerCase[word] = NameOccurrences.WrittenInLowerCase(text, word));

    private readonly Dictionary<string, bool> lowerCase = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\G,?\s+(?:Jr|Sr|II|III|IV)\b")]
    private static partial Regex SuffixAfter();

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
        // "Governor of the Bank of England" has no surname: "Bank" or "England" alone is no one
        if (SourceKindClassifier.IsRoleOf(name)) { AddAcronym(entry, name); return entry; }
        if (kind == SourceKind.Person && words.Length > 1) bySurname.TryAdd(words[^1], entry);
        // "Walid Abu Hatab" is also "Abu Hatab", but "Donald and Ivana Trump" is not "Ivana Trump"
        if (kind == SourceKind.Person && words.Length > 2 && !SourceLexicon.IsFirstName(words[^2]) && !words.Contains("and"))
            bySurname.TryAdd($"{words[^2]} {words[^1]}", entry);
        if (kind == SourceKind.Person && ParticlesBeforeLast(words) is > 0 and < int.MaxValue and var particle) bySurname.TryAdd(string.Join(' ', words[particle..]), entry);
        if (kind == SourceKind.Person && words.Length > 2 && !words.Contains("and")) byGivenAndSurname.TryAdd((words[0], words[^1]), entry);
        // "Vice President Joseph R. Biden Jr." then "Mr. Biden": the surname is before a generation's suffix, when the text never writes
        // the name without it ("Donald Trump Jr." beside "Donald Trump" is the son, and "Trump" stays his father's)
        if (kind == SourceKind.Person && words is [var given, _, .., var surname, var suffix] && SourcePhraseParser.Generations.Contains(suffix) && !words.Contains("and")
            && !NameOccurrences.Find(text, string.Join(' ', words[..^1]), NameOccurrences.WordBoundary, NameOccurrences.WordBoundary).Any(o => !SuffixAfter().IsMatch(text, o.Index + name.Length - suffix.Length - 1)))
        {
            bySurname.TryAdd(surname, entry);
            byGivenAndSurname.TryAdd((given, surname), entry);
        }
        if (kind is not (SourceKind.Person or SourceKind.Document)) byBodySubject.TryAdd(BodyNameForm.Split(name).Subject, entry);
        // "Microsoft Corp" then "Microsoft": the company again
        if (kind is not (SourceKind.Person or SourceKind.Document) && WithoutCompanySuffix(name) is { } plain) byName.TryAdd(plain, entry);
        AddAcronym(entry, name);
        return entry;
    }

    private SourceEntry? Mention(SourceEntry? entry)
    {
        if (entry is null) return null;
        entry.Mentions++;
        // "unnamed detectives" are no "he" or "she", and no "it"
        if (entry.Kind == SourceKind.Person)
        {
            if (!IsUnnamedGroup(entry.Name))
                foreach (var gender in entry.Gender == '-' ? "mf" : entry.Gender.ToString()) lastPersonByGender[gender] = entry;
            else lastGroup = entry;
        }
        else
        {
            if (IsGroup(entry)) lastGroup = entry;
            else lastBody = entry;
            lastByKind[entry.Kind] = entry;
        }
        // not a document's: "the court" after "the Superior Court ruling" is a court, not the ruling
        // ("the bank" after "the Governor of the Bank of England" is the bank: a role's words are those before its "of")
        if (entry.Kind != SourceKind.Document)
            foreach (var word in entry.Name.Split(' ').TakeWhile(w => !SourceKindClassifier.IsRoleOf(entry.Name) || w != "of").Where(w => w.Length > 0 && char.IsUpper(w[0]))) lastByWord[word] = entry;
        // "The Hollis campaign said ... a spokesman for the campaign": a body named by a common noun is "the" noun again
        if (entry.Kind is not (SourceKind.Person or SourceKind.Document) && entry.Name.Split(' ') is [_, .., var noun]
            && char.IsLower(noun[0]) && !entry.Name.StartsWith("unnamed ", StringComparison.Ordinal)) lastByWord[noun] = entry;
        return entry;
    }
}
