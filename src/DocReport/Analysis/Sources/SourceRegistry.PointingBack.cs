using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that points back: descriptions ("the ministry", "a campaign aide") resolved to the nearest
/// preceding fitting source, and left unresolved when someone else who could fit was named in between (pronouns:
/// SourceRegistry.Pronouns.cs).
/// </summary>
internal sealed partial class SourceRegistry
{
    // speaker: the person who speaks for the body this phrase describes ("a campaign aide"); when the body is none named
    // before, the source is that unnamed person, not an unnamed body ("unnamed campaign")
    private SourceEntry? Described(SourcePhrase phrase, int position, int end, SourcePhrase? subject, SourcePhrase? speaker = null)
    {
        var descriptor = phrase.Descriptor!;
        // "the attorney general" is no general: an office of two words points back to its holder by both
        var head = phrase.Name.Split(' ') is [.., var office, "general"] ? office + " general" : phrase.Name.Split(' ')[^1];
        // "Health officials said" opening a sentence: a word the text also writes in lower case is no body's name, when it opens the
        // phrase, capitalised for that alone ("A study by The Economist" keeps its maker where the text writes "the economist Ann Lee");
        // nor is a word the text capitalises only where sentences open before a nationality ("Local Iraqi officials", "Former French
        // diplomats"): a body is named after the nationality ("Iraqi Oil Ministry officials"), not before it
        if (phrase.Owner is { Form: PhraseForm.Named } capitalised && !capitalised.Name.Contains(' ')
            && text.AsSpan(position, end - position).TrimStart().StartsWith(capitalised.Name, StringComparison.Ordinal)
            && (WrittenInLowerCase(capitalised.Name) || OpensBeforeNationality(phrase.Name, capitalised.Name)))
            phrase = phrase with { Owner = null, Name = LowerFirst(phrase.Name) };
        // "Former aides said", "Federal and state officials said": so is a description's first word the text capitalises only where
        // sentences open ("unnamed former aides"); a nationality ("American officials") or a party's word ("Democratic leaders") keeps its
        // capital, and so does a word before another capital ("Federal Election Commission regulations"); the owner "Federal and state" is
        // described too
        else if (phrase.Owner is not { Form: PhraseForm.Named } && phrase.Name.Split(' ') is [var opening, var next, ..] && char.IsUpper(opening[0]) && !char.IsUpper(next[0])
            && !SourceLexicon.IsNationality(opening) && !SourcePhraseParser.IsPartyWord(opening) && OnlyOpensSentences(opening) && WrittenInLowerCase(opening))
            phrase = phrase with { Name = LowerFirst(phrase.Name), Owner = phrase.Owner is { } describedOwner && describedOwner.Name.StartsWith(opening + " ", StringComparison.Ordinal) ? describedOwner with { Name = LowerFirst(describedOwner.Name) } : phrase.Owner };
        if (descriptor.IsEvidence && phrase.Owner is { Form: PhraseForm.Named } before && NoOwnerOfNumbers(before.Name, phrase.Name, position, end)) phrase = phrase with { Owner = null };
        if (ReferenceEquals(descriptor, SourceLexicon.Paper)) return Paper(phrase, head, position);
        if (AuthoredPaper(phrase, head, position, end) is { } authored) return authored;
        if (ReferenceEquals(descriptor, SourceLexicon.Piece)) return Piece(phrase, head, position, end, subject);
        if (phrase.Owner is { } owner && (descriptor.SpeaksFor || descriptor.Kind == SourceKind.Document))
        {
            var ownerEntry = owner.Form == PhraseForm.Descriptor && (descriptor.Kind == SourceKind.Person || descriptor.SpeaksFor && OwnersJoined(phrase.Name, owner.Name))
                ? Described(owner, position, end, subject, speaker: phrase)
                : Resolve(owner, position, end, subject);
            if (ownerEntry is not null && Findings.Contains(head)) lastFinding = ownerEntry;
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
            // "Bloomberg's campaign" where the text names Michael Bloomberg: a person's body is the person's, not the outlet so called
            if (IsListedBody(named.Name) && !NamesPerson(named.Name)) return Resolve(named, position, end, subject);
            // "the Russian space agency" keeps the words between whose it is and what it is ("Russian agency" reads as another body)
            // "House Speaker Paul Ryan's office ... Ryan's office": one office, named by the person's surname ("Ryan office")
            var whose = named.LooksLikePerson ? named.Name.Split(' ')[^1] : named.Name;
            var name = whose + (phrase.Name.StartsWith(named.Name + " ", StringComparison.Ordinal) ? phrase.Name[named.Name.Length..] : " " + head);
            if (!named.LooksLikePerson && !byName.ContainsKey(name) && BodyCalled(name[whose.Length..].Trim()) is { } calledSo)
                byName[name] = byName.TryGetValue(calledSo, out var known) ? known : Add(calledSo, descriptor.Kind, null);
            return Mention(byName.TryGetValue(name, out var body) ? body : Add(name, descriptor.Kind, null));
        }
        // "The latest Reuters/Ipsos opinion poll", then "The USC Dornsife tracking poll": a document named by its maker is its own
        if (descriptor.Kind == SourceKind.Document && phrase.Owner is null && MakerWords(phrase.Name) is [_, ..] maker)
            return MadeBy(phrase, descriptor, head, maker);
        var pointsBack = phrase.Definite && !descriptor.IsGroup;
        var (found, unsure) = pointsBack ? PointedBack(head, descriptor, position, subject, OwnedByDescription(position, end, head)) : (null, false);
        // "the poll", "the new survey" where the text also names other makers' polls: the poll last cited, when no other poll was
        // brought in since ("a Harbour Post poll found ... The poll showed", not after "an earlier Pollwatch survey")
        if (unsure && Findings.Contains(head) && LastFindingUnbroken(position) is { } lastCited) (found, unsure) = (lastCited, false);
        if (unsure) return null;
        if (found is null && speaker is null) found = OneOfCited(phrase, descriptor, head, position, subject);
        if (found is not null && DescribedOtherwise(found, phrase.Name)) found = null;
        // "Pagliano's lawyer has said" after "An attorney for Pagliano, Mark MacDougall": whose lawyer says which one, with no "the"
        if (found is null && phrase.Owner is { Form: PhraseForm.Named } roleOwner && descriptor is { Kind: SourceKind.Person, IsGroup: false, SpeaksFor: false }
            && OwnersRoleHolder(roleOwner.Name, head) is { } roleHolder) found = Named(roleHolder);
        // "X said in a statement ... the statement said": the statement is X's
        if (found is null && pointsBack && descriptor.Kind == SourceKind.Document && phrase.Owner is null && IssuerOf(head, position) is { } issuer) found = issuer;
        // "a new Harbor Post-KTV poll ... The poll found", "a Reuters survey ... The study found": the nearest finding named before
        if (found is null && pointsBack && Findings.Contains(head) && lastFinding is { } finding && position - finding.LastSeen <= PronounReach) found = finding;
        if (found is null && pointsBack && descriptor is { Kind: SourceKind.Government or SourceKind.Organization, SpeaksFor: false, IsGroup: false }
            && DescribedBefore(head, position, phrase.Name) is { } described)
            found = byName.TryGetValue(described, out var body) ? body : Add(described, descriptor.Kind, null);
        // "a former mayor" where the text names Michael Bloomberg as the former mayor, and no one else
        if (found is null && descriptor is { Kind: SourceKind.Person, IsGroup: false } && holders.HolderOf(phrase.Name) is { } holder) found = Named(holder);
        // "A New York judge has rejected ...", then "Manhattan Supreme Court Justice Frank Nervo rejected that argument": someone the
        // lede brings in by a role, whom the text names as the one holder of that role, is that person
        if (found is null && !phrase.Definite && !Possessive().Match(text, position, end - position).Success && descriptor is { Kind: SourceKind.Person, IsGroup: false, SpeaksFor: false }
            && position < LedeEnd && LedeHolder(head) is { } ledeHolder) found = Named(ledeHolder);
        // "Sen. Lindsey Graham ... the South Carolina senator said": the one holder of its title the text has named, not a former one
        if (found is null && pointsBack && descriptor is { Kind: SourceKind.Person, IsGroup: false } && head != phrase.Name && !Former().IsMatch(phrase.Name)
            && holders.HolderBefore(head, position) is { } headHolder) found = Named(headHolder);
        // "the Russian leader said" in an article about Putin, where no one else is named as a leader
        if (found is null && pointsBack && descriptor is { Kind: SourceKind.Person, SpeaksFor: false } && MainSubject.Described(head, position) is { } main
            && SourceLexicon.RoleFitsGender(head, main.Gender))
        {
            if (ContradictsSubject(main, phrase.Name, end)) return null;
            found = Named(main);
        }
        // an office of two words ("the attorney general") is its holder's, whom the text names with its title (above), not the last speaker's
        if (found is null && pointsBack && descriptor is { Kind: SourceKind.Person, SpeaksFor: false, IsGroup: false } && !head.Contains(' ') && SpeakerJustBefore(head, position) is { } last
            && SourceLexicon.RoleFitsGender(head, last.Gender))
            found = last;
        // "Professor Jane Ogden told the show, “...” The university expert continued, “...”": one of a group of people, in the
        // singular and going on speaking right after a person quoted, is that person, whom the text may have called otherwise
        // ("the professor"), when the text gives them no other role (SpeakerJustBefore's conditions)
        if (found is null && phrase.Definite && descriptor.IsPeople && !head.EndsWith('s') && GoesOn().IsMatch(text, end)
            && SpeakerJustBefore(head, position, goingOn: true) is { } same) found = same;
        // "the former secretary of state said" where several people are named: one of them, unsure which; never an unnamed entry
        if (found is null && pointsBack && descriptor is { Kind: SourceKind.Person, SpeaksFor: false } && SourceLexicon.IsSubjectRole(head)
            && people.Between(0, position).Any()) return null;
        // "The candidate said" in an article about two candidates: unsure who, and no unnamed third one
        if (found is null && ReferenceEquals(descriptor, SourceLexicon.SubjectRole)) return null;
        // "Poll: Clinton and Trump in dead heat": a description that opens a line before a colon, with nothing before it to
        // point back to, labels what the text names later; it is no source of its own
        if (found is null && phrase.Owner is null && IsLabel(position, end)) return null;
        // "Police said" in a story that names the Miami-Dade Police as a source: the one body so named the text has cited
        if (found is null && phrase.Owner is null && !phrase.Definite && speaker is null && OnlyBodyCalled(head) is { } called) found = called;
        // "Its statement claimed", "their letter said": a paper a pronoun says is someone's, where the text cites no one who issued
        // it, is that someone's words, unsure whose; unlinked rather than a document called "statement" (issue 8)
        if (found is null && descriptor.Kind == SourceKind.Document && phrase.Owner is null && speaker is null && OwnedByPronoun().IsMatch(text, position)) return null;
        if (found is null)
        {
            var name = speaker is not null ? UnresolvedName(speaker.Name, speaker.Descriptor!) : UnresolvedName(descriptor.IsGroup ? GroupWords(phrase.Name) : phrase.Name, descriptor);
            var kind = speaker is not null ? speaker.Descriptor!.Kind : UnnamedKind(phrase.Name, descriptor);
            // "a source with contacts inside the compound said ... a senior political source told Reuters": "a" brings in someone
            // new; when the unnamed group its head names is cited already, the description's own words tell the new one apart, and
            // "the source" after it is the new one
            var cited = name;
            // ("a further concerned commenter" is one more of the commenters cited, not one told apart: OneMoreOf)
            if (speaker is null && descriptor.IsGroup && byName.ContainsKey(name) && Indefinite().IsMatch(text, position) && !OneMore().IsMatch(text, position)
                && UnresolvedName(phrase.Name, descriptor) is var own && own != name) name = own;
            found = byName.TryGetValue(name, out var known) ? known : speaker is null && SameUnnamedGroup(name, position) is { } group ? group
                : speaker is null && OneMoreOf(head, position) is { } kindAgain ? kindAgain
                : descriptor.IsEvidence && SameEvidence(name) is { } evidence ? evidence : Add(name, kind, null);
            if (name != cited) byName[cited] = found;
            if (speaker is not null) return Mention(found);
        }
        if (pointsBack) lastByWord[head] = found;
        if (Findings.Contains(head)) lastFinding = found;
        return Mention(found);
    }

    private bool OpensBeforeNationality(string description, string opening) =>
        description.Split(' ') is [var first, var nationality, _, ..] && first == opening && SourceLexicon.IsNationality(nationality) && OnlyOpensSentences(opening);

    // a phrase that opens with a possessive pronoun: "its statement", "their report"
    [GeneratedRegex(@"\G\s*(?i:its|his|her|their)\s")]
    private static partial Regex OwnedByPronoun();

    [GeneratedRegex(@"\b(?i:former|ex|then|late|retired|outgoing|future|next)\b")]
    private static partial Regex Former();

    // a verb that tells the speaker spoke just before: "continued", "went on"
    [GeneratedRegex(@"\G\s*(?:continued|went\s+on)\b")]
    private static partial Regex GoesOn();

    [GeneratedRegex(@"\G(?i:one|another)\s")]
    private static partial Regex OneOf();

    [GeneratedRegex(@"\G\s*(?i:an?|another)\s")]
    private static partial Regex Indefinite();

    // "An attorney for Lee, Ana Ruiz, said ... Lee's lawyer said": the one person the text names, right after a comma, as the owner's
    // holder of the role by either of its nouns ("a lawyer for Lee, Ana Ruiz", "Lee's attorney, Ana Ruiz"), or null
    // Each (owner's last word, role) is looked up once: the look-up scans the whole text, and a long document asks again and again.
    private readonly Dictionary<(string Whose, string Role), SourcePhrase?> ownersRoleHolders = [];

    private SourcePhrase? OwnersRoleHolder(string owner, string role)
    {
        var key = (owner.Split(' ')[^1], role);
        if (!ownersRoleHolders.TryGetValue(key, out var holder)) ownersRoleHolders[key] = holder = FindOwnersRoleHolder(key.Item1, role);
        return holder;
    }

    private SourcePhrase? FindOwnersRoleHolder(string ownerWord, string role)
    {
        var nouns = SourceLexicon.SameRoleAs(role) is { } same ? $"{Regex.Escape(role)}|{Regex.Escape(same)}" : Regex.Escape(role);
        var whose = Regex.Escape(ownerWord);
        const string name = @"(?<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})";
        var pattern = new Regex($@"\b(?i:{nouns})[ \t]+(?:for|of|to)[ \t]+(?:\p{{Lu}}[\p{{L}}.'’-]*[ \t]+)*{whose},[ \t]+{name}|\b{whose}['’]s[ \t]+(?i:{nouns}),[ \t]+{name}");
        // a match never takes a line break and holds the owner's word after a space, a tab or \b: only the lines holding it are searched
        var named = NameOccurrences.InLinesHolding(text, pattern, ownerWord)
            .Select(m => SourcePhrase.Parse(m.Groups["name"].Value)).OfType<SourcePhrase>().Where(p => p.LooksLikePerson).DistinctBy(p => p.Name).ToList();
        return named is [var only] ? only : null;
    }

    [GeneratedRegex(@"\p{L}['’]s\b")]
    private static partial Regex Possessive();

    // The one person the text names as holding the role, by either of its nouns ("judge", "Justice"); null when none or two
    private SourcePhrase? LedeHolder(string role)
    {
        var holder = holders.HolderOf(role);
        var other = SourceLexicon.SameRoleAs(role) is { } same ? holders.HolderOf(same) : null;
        return holder is null ? other : other is null || other.Name == holder.Name ? holder : null;
    }

    // Where the lede ends: the end of the text's second line that holds words (the first is the headline)
    private int LedeEnd => ledeEnd ??= EndOfLineWithWords(EndOfLineWithWords(0));

    private int? ledeEnd;

    private int EndOfLineWithWords(int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return text.IndexOf('\n', from) is var end and >= 0 ? end : text.Length;
    }

    private SourceEntry? OnlyBodyCalled(string noun)
    {
        var called = entries.Where(e => e.Kind is not (SourceKind.Person or SourceKind.Document) && e.Name.Contains(' ')
            && !e.Name.StartsWith("unnamed ", StringComparison.Ordinal) && e.Name.Split(' ')[^1].Equals(noun, StringComparison.OrdinalIgnoreCase)).ToList();
        return called is [var only] ? only : null;
    }

    private bool IsLabel(int position, int end) =>
        (position == 0 || text[position - 1] == '\n') && text.AsSpan(end).TrimStart(' ').StartsWith(":");

    private bool NamesPerson(string name) =>
        (byName.GetValueOrDefault(name) ?? bySurname.GetValueOrDefault(name)) is { Kind: SourceKind.Person }
        || !name.Contains(' ') && firstNames.FullNameOf(name) is not null;

    // "the Russian space agency" where the text writes "Roscosmos Space Agency" (a caption, a credit): the one name the text sets
    // before the description's words written as a name's, or null
    private string? BodyCalled(string description)
    {
        if (description.Split(' ') is not [_, ..] words || words.Any(w => w.Length == 0 || !char.IsLower(w[0]))) return null;
        var pattern = CalledPatterns.For(description);
        // a match holds the first word capitalised, within one line unless a word holds a line break
        var capitalised = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        var called = (description.Contains('\n') ? pattern.Matches(text) : NameOccurrences.InLinesHolding(text, pattern, capitalised))
            .Select(m => m.Groups[1].Value).Where(n => !SourceLexicon.IsNationality(n) && !SourcePhraseParser.IsDeterminer(n) && SourceLexicon.NameKindOf(n) is null).Distinct().ToList();
        return called is [var only] ? only : null;
    }

    private static readonly NamePatterns CalledPatterns = new(description =>
        $@"\b(\p{{Lu}}[\p{{L}}'’-]+)[ \t]+{string.Join(@"[ \t]+", description.Split(' ').Select(w => Regex.Escape(char.ToUpperInvariant(w[0]) + w[1..])))}\b");

    // "the university's student newspaper": a common noun's possessive before the head
    private bool OwnedByDescription(int position, int end, string head) =>
        Regex.IsMatch(text.AsSpan(position, end - position), $@"\b\p{{Ll}}[\p{{L}}-]*['’]s?[ \t]+(?:[\p{{L}}-]+[ \t]+)*{Regex.Escape(head)}\b");

    // "the company said" where another source of the kind was named since the company it would point back to is unsure.
    // owned: "the university's newspaper" says whose it is, so it is not just any source of its kind named before
    private (SourceEntry? Found, bool Unsure) PointedBack(string head, Descriptor descriptor, int position, SourcePhrase? subject, bool owned = false)
    {
        if (lastByWord.TryGetValue(head, out var byWord) || lastByWord.TryGetValue(Singular(head), out byWord)) return Checked(byWord);
        // "An attorney for Lee, Ana Ruiz, said ... Lee's lawyer said": the person last given the same role by its other noun
        if (SourceLexicon.SameRoleAs(head) is { } same && lastByWord.TryGetValue(same, out byWord) && byWord.Kind == SourceKind.Person) return Checked(byWord);
        if (names.Before(head, position) is { } inText && SourcePhrase.Parse(inText) is { Form: PhraseForm.Named } named) return Checked(Named(named));
        if (!descriptor.IsGeneric || owned) return (null, false);
        if (subject is { Form: PhraseForm.Named } && SourceKindClassifier.Classify(subject) == descriptor.Kind) return (Named(subject), false);
        if (BodyNamedInSentence(descriptor.Kind, position) is { } inSentence) return (Named(inSentence), false);
        // "Facebook said ... the company added": a platform is run by a company, which "the company" may mean; an unnamed post or
        // tweet is no one's company ("In the post announcing the service, the group promised")
        SourceKind[] kinds = descriptor.Kind == SourceKind.Organization ? [SourceKind.Organization, SourceKind.Platform] : [descriptor.Kind];
        // "officials said ... the agency said": unnamed officials are people, no public body "the agency" or "the authority" names
        var byKind = kinds.Select(k => lastByKind.GetValueOrDefault(k)).OfType<SourceEntry>()
            .Where(e => !e.Name.StartsWith("unnamed ", StringComparison.Ordinal) || e.Kind == descriptor.Kind && e.Kind != SourceKind.Government).MaxBy(e => e.LastSeen);
        // "her own company: Organic Liaison ... The company's release": with no body of the kind cited within reach, the one the text
        // set beside the noun
        // "Wells Fargo CEO John Stumpf ... The bank said": else the one company whose role the text named
        if ((byKind is null || position - byKind.LastSeen > PronounReach) && (SetWithNoun(head, descriptor, position) ?? RoleOwnerBefore(descriptor, position)) is { } setWith)
            return (setWith, false);
        if (byKind is null) return (null, false);
        // "Nvidia itself has stated ..." then, forty paragraphs on, "Alienware currently has ..., and the company told PC Gamer":
        // a body named that far back may not be the one "the company" means
        return position - byKind.LastSeen > PronounReach ? (null, true) : Checked(byKind);

        // "with companies promising to restock ... the company told PC Gamer": one body is not the unnamed many
        (SourceEntry?, bool) Checked(SourceEntry entry) =>
            entry.Kind != SourceKind.Person && NamedBetween(entry, position, head: Singular(head)) || IsUnnamedMany(entry, head) || OtherOwnerWritten(entry, head, position)
                ? (null, true) : (entry, false);
    }

    // "The campaign says" in a story that writes both "the Trump campaign" and "Clinton's campaign": a body named by whose noun
    // it is ("Hollis campaign") is "the campaign" only when the text writes no one else's. A person who speaks for someone
    // ("unnamed prime minister spokesman") cited just before (some two short paragraphs), with no one else's written since, is
    // the one the text goes on quoting, as a pronoun would be: "Cameron's spokesman said ... the prime minister's spokesman said
    // ... “...,” the spokesman said" (round 42; a body stays unsure: "The campaign says" after a paragraph on another campaign)
    private bool OtherOwnerWritten(SourceEntry entry, string noun, int position)
    {
        if (!entry.Name.EndsWith(" " + noun, StringComparison.Ordinal)) return false;
        if (!ownersOf.TryGetValue(noun, out var owners))
        {
            var written = NameOccurrences.InLinesHolding(text, OwnerPatterns.For(noun), noun)
                .Where(m => SourcePhrase.Parse(m.Groups[1].Value) is { Form: PhraseForm.Named }).OrderBy(m => m.Index).ToList();
            var names = written.Select(m => m.Groups[1].Value).ToArray();
            ownersOf[noun] = owners = (written.Select(m => m.Index).ToArray(), names, names.Distinct().ToArray());
        }
        var own = entry.Name.Split(' ');
        if (entry.Kind != SourceKind.Person || position - entry.LastSeenEnd > BodyPronounReach) return owners.Distinct.Any(o => !own.Contains(o));
        // the owners written since the spokesman was cited: a binary search, then the few places before the description
        for (var i = SortedSearch.LowerBound(owners.At, entry.LastSeen + 1); i < owners.At.Length && owners.At[i] < position; i++)
            if (!own.Contains(owners.Names[i])) return true;
        return false;
    }

    // where each owner of a noun is written, in text order, who, and each owner once
    private readonly Dictionary<string, (int[] At, string[] Names, string[] Distinct)> ownersOf = new(StringComparer.Ordinal);
    private static readonly NamePatterns OwnerPatterns = new(noun => $@"\b(\p{{Lu}}[\p{{L}}-]*)(?:['’]s)?[ \t]+{Regex.Escape(noun)}\b");

    private static string Singular(string word) => word.EndsWith('s') ? word[..^1] : word;
}
