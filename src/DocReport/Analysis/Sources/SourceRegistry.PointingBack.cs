using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that points back: pronouns and descriptions ("he", "the ministry") resolved to the
/// nearest preceding fitting source, and left unresolved when someone else who could fit was named in between.
/// </summary>
internal sealed partial class SourceRegistry
{
    // How far back, in characters (some fifteen news paragraphs), a pronoun looks for the source it stands for.
    private const int PronounReach = 4000;

    // "it" and "they" for a body reach back only some two short paragraphs: further back, "they" is more often a group of people.
    private const int BodyPronounReach = 600;

    private readonly List<int> unknownGroups = [];

    // Questioning many people: "the poll", "the survey" or "the study" may be the last one named, whichever of the words it used.
    private static readonly HashSet<string> Findings = new(StringComparer.OrdinalIgnoreCase) { "poll", "survey", "study" };

    private SourceEntry? lastFinding;

    /// <summary>Marks a speaking group the registry cannot read ("The loggers told investigators"): a "they" after it may be theirs.</summary>
    public void UnknownGroup(int position) => unknownGroups.Add(position);

    private readonly List<int> unknownPeople = [];

    /// <summary>Marks a speaker described and never named ("the man could be heard saying"): a "he" or "she" after it may be theirs.</summary>
    public void UnknownPerson(int position) => unknownPeople.Add(position);

    // "we noted an increase in this year's survey": a "we" that is a source stands outside any quotation (a cue inside one is the
    // speaker's word), so it is the writer (round 19: each of the three across the trafilatura dev and Readability pages had been
    // given to the last group named)
    private SourceEntry? Pronoun(string pronoun, int position)
    {
        if (pronoun == "we" || pronoun == "they" && ThingsOpenSentence(position)) return null;
        var gender = pronoun switch { "he" => 'm', "she" => 'f', _ => '-' };
        if (gender != '-' && SubjectOfOwnSentence(gender, position) is { } subject) return Mention(subject);
        return LastSpeaker(pronoun, position) ?? (gender != '-' && NamedJustBefore(gender, position) is { } person ? Mention(Named(person)) : null);
    }

    // "he said" points back to the last person of that gender named as a source, if the text named them lately:
    // a pronoun several paragraphs on is more likely someone the article named in passing, so it stays unresolved.
    private SourceEntry? LastSpeaker(string pronoun, int position)
    {
        var entry = pronoun switch
        {
            "he" => lastPersonByGender.GetValueOrDefault('m'),
            "she" => lastPersonByGender.GetValueOrDefault('f'),
            _ => lastBody,
        };
        var reach = pronoun is "he" or "she" ? PronounReach : BodyPronounReach;
        var gender = pronoun switch { "he" => 'm', "she" => 'f', _ => '-' };
        if (entry is null || position - entry.LastSeen > reach || NamedBetween(entry, position, gender) && !(gender != '-' && QuotedRightAfterReport(entry, position, gender))) return null;
        if (pronoun == "they" && (AnyBetween(unknownGroups, entry.LastSeenEnd, position) || GroupNamedBetween(entry, position))) return null;
        if (gender != '-' && AnyBetween(unknownPeople, entry.LastSeenEnd, position)) return null;
        // "The Appellate Court didn't agree with Amazon's stance. It noted": a body named since may be what "it" stands for
        if (entry.Kind != SourceKind.Person && gender == '-' && OtherBodyNamedIn(entry, position)) return null;
        // a body reached through its spokesperson: anyone named since may be "he" or "she"
        if (entry.Kind != SourceKind.Person && gender != '-' && people.Between(entry.LastSeenEnd, position).Any()) return null;
        return entry;
    }

    /// <summary>
    /// Resolves a mention that must not take "he" or "she" from whoever of that gender the text speaks of ("Tom Reyes told the
    /// inquiry ... His account matched Senator Bob Hale's earlier report"): the speaker in reach before it stays the one a later
    /// pronoun may stand for (and with another person named between, the pronoun stays unresolved).
    /// </summary>
    public IReadOnlyList<SourceEntry> KeepingSpeakers(int position, Func<IReadOnlyList<SourceEntry>> resolve)
    {
        var speakers = lastPersonByGender.Where(p => position - p.Value.LastSeen <= PronounReach).ToList();
        var entries = resolve();
        foreach (var (gender, speaker) in speakers) lastPersonByGender[gender] = speaker;
        return entries;
    }

    // speaker: the person who speaks for the body this phrase describes ("a campaign aide"); when the body is none named
    // before, the source is that unnamed person, not an unnamed body ("unnamed campaign")
    private SourceEntry? Described(SourcePhrase phrase, int position, int end, SourcePhrase? subject, SourcePhrase? speaker = null)
    {
        var descriptor = phrase.Descriptor!;
        var head = phrase.Name.Split(' ')[^1];
        // "Health officials said" opening a sentence: a word the text also writes in lower case is no body's name, when it opens the
        // phrase, capitalised for that alone ("A study by The Economist" keeps its maker where the text writes "the economist Ann Lee")
        if (phrase.Owner is { Form: PhraseForm.Named } capitalised && !capitalised.Name.Contains(' ') && WrittenInLowerCase(capitalised.Name)
            && text.AsSpan(position, end - position).TrimStart().StartsWith(capitalised.Name, StringComparison.Ordinal))
            phrase = phrase with { Owner = null, Name = phrase.Name.ToLowerInvariant() };
        if (descriptor.IsEvidence && phrase.Owner is { Form: PhraseForm.Named } before && NoOwnerOfNumbers(before.Name, phrase.Name, position, end)) phrase = phrase with { Owner = null };
        if (ReferenceEquals(descriptor, SourceLexicon.Paper)) return Paper(phrase, head, position);
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
        if (unsure) return null;
        if (found is not null && DescribedOtherwise(found, phrase.Name)) found = null;
        // "X said in a statement ... the statement said": the statement is X's
        if (found is null && pointsBack && descriptor.Kind == SourceKind.Document && phrase.Owner is null && IssuerOf(head, position) is { } issuer) found = issuer;
        // "a new Harbor Post-KTV poll ... The poll found", "a Reuters survey ... The study found": the nearest finding named before
        if (found is null && pointsBack && Findings.Contains(head) && lastFinding is { } finding && position - finding.LastSeen <= PronounReach) found = finding;
        if (found is null && pointsBack && descriptor is { Kind: SourceKind.Government or SourceKind.Organization, SpeaksFor: false, IsGroup: false }
            && DescribedBefore(head, position, phrase.Name) is { } described)
            found = byName.TryGetValue(described, out var body) ? body : Add(described, descriptor.Kind, null);
        // "a former mayor" where the text names Michael Bloomberg as the former mayor, and no one else
        if (found is null && descriptor is { Kind: SourceKind.Person, IsGroup: false } && holders.HolderOf(phrase.Name) is { } holder) found = Named(holder);
        // "Sen. Lindsey Graham ... the South Carolina senator said": the one holder of its title the text has named, not a former one
        if (found is null && pointsBack && descriptor is { Kind: SourceKind.Person, IsGroup: false } && head != phrase.Name && !Former().IsMatch(phrase.Name)
            && holders.HolderBefore(head, position) is { } headHolder) found = Named(headHolder);
        // "the Russian leader said" in an article about Putin, where no one else is named as a leader
        if (found is null && pointsBack && descriptor is { Kind: SourceKind.Person, SpeaksFor: false } && MainSubject.Described(head, position) is { } main)
        {
            if (ContradictsSubject(main, phrase.Name, end)) return null;
            found = Named(main);
        }
        if (found is null && pointsBack && descriptor is { Kind: SourceKind.Person, SpeaksFor: false, IsGroup: false } && SpeakerJustBefore(head, position) is { } last)
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
        if (found is null)
        {
            var name = speaker is not null ? UnresolvedName(speaker.Name, speaker.Descriptor!) : UnresolvedName(descriptor.IsGroup ? GroupWords(phrase.Name) : phrase.Name, descriptor);
            var kind = speaker is not null ? speaker.Descriptor!.Kind : UnnamedKind(phrase.Name, descriptor);
            // "a source with contacts inside the compound said ... a senior political source told Reuters": "a" brings in someone
            // new; when the unnamed group its head names is cited already, the description's own words tell the new one apart, and
            // "the source" after it is the new one
            var cited = name;
            if (speaker is null && descriptor.IsGroup && byName.ContainsKey(name) && Indefinite().IsMatch(text, position)
                && UnresolvedName(phrase.Name, descriptor) is var own && own != name) name = own;
            found = byName.TryGetValue(name, out var known) ? known : speaker is null && SameUnnamedGroup(name, position) is { } group ? group
                : descriptor.IsEvidence && SameEvidence(name) is { } evidence ? evidence : Add(name, kind, null);
            if (name != cited) byName[cited] = found;
            if (speaker is not null) return Mention(found);
        }
        if (pointsBack) lastByWord[head] = found;
        if (Findings.Contains(head)) lastFinding = found;
        return Mention(found);
    }

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
        if (!descriptor.IsGroup) return descriptor.Kind == SourceKind.Document && words[..^1].Any(NewsWords.Contains) ? SourceKind.Media : descriptor.Kind;
        if (descriptor.IsPeople && SourceLexicon.Descriptors.ContainsKey(words[^1].ToLowerInvariant())) return SourceKind.Person;
        if (GovernmentSources(words) >= 0) return SourceKind.Government;
        return descriptor.Kind is SourceKind.Person or SourceKind.Other ? SourceKind.Other : descriptor.Kind;
    }

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

    // "according to federal statistics" then "According to federal data": figures the text cites by the same words, named by
    // another word for what is read, are the same ones
    private SourceEntry? SameEvidence(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2) return null;
        var same = entries.Where(e => e.Kind == SourceKind.Document && e.Name.Split(' ') is var other && other.Length == words.Length
            && other[..^1].SequenceEqual(words[..^1]) && SourceLexicon.DescriptorOf(other[^1]) is { IsEvidence: true }).ToList();
        return same is [var only] ? only : null;
    }

    [GeneratedRegex(@"\b(?i:former|ex|then|late|retired|outgoing|future|next)\b")]
    private static partial Regex Former();

    // a verb that tells the speaker spoke just before: "continued", "went on"
    [GeneratedRegex(@"\G\s*(?:continued|went\s+on)\b")]
    private static partial Regex GoesOn();

    [GeneratedRegex(@"\G(?i:one|another)\s")]
    private static partial Regex OneOf();

    [GeneratedRegex(@"\G\s*(?i:an?|another)\s")]
    private static partial Regex Indefinite();

    private SourceEntry? OnlyBodyCalled(string noun)
    {
        var called = entries.Where(e => e.Kind is not (SourceKind.Person or SourceKind.Document) && e.Name.Contains(' ')
            && !e.Name.StartsWith("unnamed ", StringComparison.Ordinal) && e.Name.Split(' ')[^1].Equals(noun, StringComparison.OrdinalIgnoreCase)).ToList();
        return called is [var only] ? only : null;
    }

    // "according to a criminal complaint affidavit from Homeland Security ... the affidavit said": a paper is cited as itself, named
    // by its words and whose it is, and "the affidavit" points back to it
    private SourceEntry? Paper(SourcePhrase phrase, string head, int position)
    {
        if (phrase.Definite && PointedBack(head, phrase.Descriptor!, position, null) is var (back, unsure) && (back is not null || unsure))
            return back is null ? null : Mention(lastByWord[head] = back);
        var name = phrase.Owner is { Form: PhraseForm.Named } owner && !phrase.Name.Contains(owner.Name, StringComparison.Ordinal)
            ? $"{phrase.Name} from {owner.Name}" : phrase.Name;
        var found = byName.TryGetValue(name, out var known) ? known : Add(name, SourceKind.Document, null);
        lastByWord[head] = found;
        return Mention(found);
    }

    // "a Times article hailed him ... “...,” the article read": a piece is its owner's words, and "the article" after it is that
    // owner's again; a piece no one is named as owning is no source ("an article claimed" says nothing of who wrote it)
    private SourceEntry? Piece(SourcePhrase phrase, string head, int position, int end, SourcePhrase? subject)
    {
        if (phrase.Owner is { } owner) return Resolve(owner, position, end, subject) is { } ownerEntry ? lastByWord[head] = ownerEntry : null;
        return phrase.Definite && lastByWord.TryGetValue(head, out var back) ? Mention(back) : null;
    }

    // A name written right before numbers ("Labor Department figures") is whose they are, but not a person's ("the Trump data program"),
    // nor one capitalised word that opens its sentence and is written nowhere inside one ("Current statistics indicate"); a possessive
    // ("Trump's figures") still owns them.
    private bool NoOwnerOfNumbers(string owner, string description, int position, int end)
    {
        var span = text.AsSpan(position, end - position);
        if (!description.StartsWith(owner + " ", StringComparison.Ordinal) || span.Contains(owner + "'", StringComparison.Ordinal) || span.Contains(owner + "’", StringComparison.Ordinal)) return false;
        if (NamesPerson(owner)) return true;
        var at = position + span.IndexOf(owner, StringComparison.Ordinal);
        return !owner.Contains(' ') && owner.Any(char.IsLower) && OpensSentence(at) && !WrittenInsideSentence(owner);
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
        var called = Regex.Matches(text, $@"\b(\p{{Lu}}[\p{{L}}'’-]+)[ \t]+{string.Join(@"[ \t]+", words.Select(w => Regex.Escape(char.ToUpperInvariant(w[0]) + w[1..])))}\b")
            .Select(m => m.Groups[1].Value).Where(n => !SourceLexicon.IsNationality(n) && !SourcePhraseParser.IsDeterminer(n) && SourceLexicon.NameKindOf(n) is null).Distinct().ToList();
        return called is [var only] ? only : null;
    }

    // The capitalised words of a document's description that are no common word the text also writes in lower case.
    private string[] MakerWords(string description) =>
        description.Split(' ').SkipLast(1).Where(w => w.Length > 0 && char.IsUpper(w[0]) && !WrittenInLowerCase(w)).ToArray();

    // "The Reuters/Ipsos poll" after "the latest Reuters/Ipsos opinion poll": the document of the same maker named before, else a new one.
    private SourceEntry MadeBy(SourcePhrase phrase, Descriptor descriptor, string head, string[] maker)
    {
        // "The Harbour Authority announced ... the Authority report stated": "the" report or statement of a body the text cites is
        // the body's own words, and "the report" after it the body's again (an analysis, a poll or a study stays a document of its own)
        if (phrase.Definite && (head == "report" || IssuedBy.ContainsKey(head)) && string.Join(' ', maker) is var whose
            && (byName.GetValueOrDefault(whose) ?? byAcronym.GetValueOrDefault(whose)) is { Kind: not (SourceKind.Person or SourceKind.Document) } body)
            return Mention(lastByWord[head] = body)!;
        var name = UnresolvedName(phrase.Name, descriptor);
        var found = entries.LastOrDefault(e => e.Kind == SourceKind.Document && maker.All(e.Name.Split(' ').Contains))
            ?? (byName.TryGetValue(name, out var known) ? known : Add(name, SourceKind.Document, null));
        lastByWord[head] = found;
        if (Findings.Contains(head)) lastFinding = found;
        return Mention(found)!;
    }

    // "officials said" with no body to point back to: the source reads as unnamed, never as a body called "officials";
    // a document ("a study") is what its description says.
    private static string UnresolvedName(string description, Descriptor descriptor) =>
        descriptor.Kind == SourceKind.Document ? NotWhen().Replace(description, "") : "unnamed " + description;

    // "a new poll", "three recent polls": when a document came out does not name it ("recent polls" and "polls" are one)
    [GeneratedRegex(@"^(?:(?:new|recent|latest|fresh)\s+)+")]
    private static partial Regex NotWhen();

    // "the university's student newspaper": a common noun's possessive before the head
    private bool OwnedByDescription(int position, int end, string head) =>
        Regex.IsMatch(text.AsSpan(position, end - position), $@"\b\p{{Ll}}[\p{{L}}-]*['’]s?[ \t]+(?:[\p{{L}}-]+[ \t]+)*{Regex.Escape(head)}\b");

    // "the company said" where another source of the kind was named since the company it would point back to is unsure.
    // owned: "the university's newspaper" says whose it is, so it is not just any source of its kind named before
    private (SourceEntry? Found, bool Unsure) PointedBack(string head, Descriptor descriptor, int position, SourcePhrase? subject, bool owned = false)
    {
        if (lastByWord.TryGetValue(head, out var byWord) || lastByWord.TryGetValue(Singular(head), out byWord)) return Checked(byWord);
        if (names.Before(head, position) is { } inText && SourcePhrase.Parse(inText) is { Form: PhraseForm.Named } named) return Checked(Named(named));
        if (!descriptor.IsGeneric || owned) return (null, false);
        if (subject is { Form: PhraseForm.Named } && SourceKindClassifier.Classify(subject) == descriptor.Kind) return (Named(subject), false);
        if (BodyNamedInSentence(descriptor.Kind, position) is { } inSentence) return (Named(inSentence), false);
        // "Facebook said ... the company added": a platform is run by a company, which "the company" may mean; an unnamed post or
        // tweet is no one's company ("In the post announcing the service, the group promised")
        SourceKind[] kinds = descriptor.Kind == SourceKind.Organization ? [SourceKind.Organization, SourceKind.Platform] : [descriptor.Kind];
        var byKind = kinds.Select(k => lastByKind.GetValueOrDefault(k)).OfType<SourceEntry>()
            .Where(e => e.Kind == descriptor.Kind || !e.Name.StartsWith("unnamed ", StringComparison.Ordinal)).MaxBy(e => e.LastSeen);
        if (byKind is null) return (null, false);
        // "Nvidia itself has stated ..." then, forty paragraphs on, "Alienware currently has ..., and the company told PC Gamer":
        // a body named that far back may not be the one "the company" means
        return position - byKind.LastSeen > PronounReach ? (null, true) : Checked(byKind);

        // "with companies promising to restock ... the company told PC Gamer": one body is not the unnamed many
        (SourceEntry?, bool) Checked(SourceEntry entry) =>
            entry.Kind != SourceKind.Person && NamedBetween(entry, position, head: Singular(head)) || IsUnnamedMany(entry, head) || OtherOwnerWritten(entry, head)
                ? (null, true) : (entry, false);
    }

    // "The campaign says" in a story that writes both "the Trump campaign" and "Clinton's campaign": a body named by whose noun
    // it is ("Hollis campaign") is "the campaign" only when the text writes no one else's.
    private bool OtherOwnerWritten(SourceEntry entry, string noun)
    {
        if (!entry.Name.EndsWith(" " + noun, StringComparison.Ordinal)) return false;
        if (!ownersOf.TryGetValue(noun, out var owners))
            ownersOf[noun] = owners = Regex.Matches(text, $@"\b(\p{{Lu}}[\p{{L}}-]*)(?:['’]s)?[ \t]+{Regex.Escape(noun)}\b")
                .Select(m => m.Groups[1].Value).Where(o => SourcePhrase.Parse(o) is { Form: PhraseForm.Named }).ToHashSet();
        return owners.Any(o => !entry.Name.Split(' ').Contains(o));
    }

    private readonly Dictionary<string, HashSet<string>> ownersOf = new(StringComparer.Ordinal);

    private static bool IsUnnamedMany(SourceEntry entry, string head) =>
        entry.Name.StartsWith("unnamed ", StringComparison.Ordinal) && Singular(head) == head && entry.Name.Split(' ')[^1] is var many && many != head && many.EndsWith('s');

    private static string Singular(string word) => word.EndsWith('s') ? word[..^1] : word;
}
