using System.Text.RegularExpressions;
using DocReport.Model;
using static DocReport.Analysis.Sources.PhraseTokens;

namespace DocReport.Analysis.Sources;

/// <summary>Finds the head of a source phrase and reads it as a name, a pronoun or a description.</summary>
internal static partial class SourcePhraseParser
{
    private const int MaxTokens = 14;

    // Words before the head that only count or point: "the", "two", "several".
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "two", "three",
        "four", "five", "six", "several", "some", "many", "other", "another", "both", "one", "most", "few", "senior", "top",
    };

    // "Unnamed Iraqi officials", "two anonymous sources": words that only say the text gives no name, which the registry says of an
    // unnamed source already ("unnamed sources"); skipped like a determiner before a head, never read as a body's name when they
    // open a sentence ("Anonymous" alone may still be the group so called)
    private static readonly HashSet<string> Unnaming = new(StringComparer.OrdinalIgnoreCase) { "unnamed", "anonymous", "unidentified" };

    private static bool CountsOrUnnames(string word) => Determiners.Contains(word) || Unnaming.Contains(word);

    // "a number of analysts", "a string of Tory MPs": a count before "of", the source being what is counted.
    private static readonly HashSet<string> Quantities = new(StringComparer.OrdinalIgnoreCase)
    {
        "number", "handful", "majority", "minority", "couple", "dozens", "hundreds", "thousands", "millions", "lot", "lots", "host",
        "string", "raft", "slew", "chorus", "series", "pair", "trio",
    };

    // "a group of researchers", "a team of scientists": a collective of people is the people it is made of
    private static readonly HashSet<string> Collectives = new(StringComparer.OrdinalIgnoreCase) { "group", "team" };

    // The words after a collective's "of", up to where its complement begins ("at", "from", "who"): common words only (a capital
    // opens a name: "a group of 67 Latin American artists"), no list ("of artists and writers"), the last a plural the lists know
    // as people ("researchers", "experts", "lawmakers", "officials") and no plural before it ("a group of donors, writers"). A group of bodies
    // ("a group of retailers", "of countries") stays the group.
    private static bool PeopleCounted(IReadOnlyList<string> all, int from)
    {
        var words = all.Skip(from).TakeWhile(t => !Boundaries.Contains(t)).ToList();
        if (words.Count is 0 or > 4 || words.Any(w => IsCapitalized(w) || w is "and" or "or")) return false;
        return IsPeoplePlural(words[^1]) && !words.SkipLast(1).Any(IsPeoplePlural);
    }

    private static bool IsPeoplePlural(string word) =>
        word == "people" || word.EndsWith('s') && !SourceLexicon.Descriptors.ContainsKey(word)
        && SourceLexicon.DescriptorOf(word) is { Kind: SourceKind.Person or SourceKind.Other } or { SpeaksFor: true };

    // "The Four Paths Police", "the Three Rivers Council": a number written with a capital after another word, before a capitalised
    // word, is a place's name ("Two Democrats said" opening a sentence, or "the two Senate aides", still count)
    private static bool NumberInName(IReadOnlyList<string> all, int at) =>
        at > 0 && NumberWords.Contains(all[at]) && char.IsUpper(all[at][0]) && at + 1 < all.Count && IsCapitalized(all[at + 1]);

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase) { "one", "two", "three", "four", "five", "six" };

    /// <summary>True for a word before a head noun that only counts or points ("the", "two", "several").</summary>
    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    private static readonly HashSet<string> DefiniteWords = new(StringComparer.OrdinalIgnoreCase) { "the", "its", "his", "her", "their", "our", "this", "that" };

    // "No group claimed responsibility": nobody is the source.
    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase) { "no", "none", "neither", "nobody", "not" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we" };

    // Words that end the head noun phrase and start its complement or a relative clause.
    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        "of", "for", "from", "at", "with", "on", "in", "by", "who", "that", "which", "familiar", "close", "calling",
        "published", "commissioned", "involved", "based", "led", "released", "written", "to", "into", "about",
        "over", "under", "near", "across", "working", "representing", "behind", "whose", "said", "says", "out", "speaking", "talking",
    };

    // The words after "those" that place people by whom they are close to, what they know or take part in, or where they stand
    // ("those close to", "familiar with", "involved in", "in the room", "at the meeting", "on the left", "inside the campaign");
    // not a relative ("those who said" is as often a poll's share of respondents) nor "of" ("those of us")
    private static readonly HashSet<string> PeoplePlaced = new(StringComparer.Ordinal)
    {
        "close", "closest", "familiar", "involved", "in", "at", "on", "with", "inside", "within", "around", "near", "behind", "working",
    };

    // "Those who know the mayor", "those who have worked with her": "those who" then a verb of knowing or working with someone are
    // people placed by whom they know, as "those close to him" are (a poll's "those who named a candidate" is left alone)
    private static readonly HashSet<string> Acquainted = new(StringComparer.Ordinal)
    {
        "know", "knew", "known", "worked", "work", "served", "met", "covered", "cover", "followed", "follow", "studied", "study", "tracked", "track",
    };

    private static bool KnowWhom(List<string> tokens) =>
        tokens.Count > 2 && tokens[0] == "who" && (Acquainted.Contains(tokens[1]) || tokens[1] is "have" or "had" && Acquainted.Contains(tokens[2]));

    // "a poll out Thursday": a day names when, never who.
    private static readonly HashSet<string> Days = new([.. CalendarWords.Weekdays, "today", "yesterday", "tonight"], StringComparer.OrdinalIgnoreCase);

    // Lower-case words that join the parts of a proper name: "Ministry of Defence", "Office for the Coordination".
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "for", "and", "the", "de", "du", "la", "van", "von", "der", "al", "on", "&" };

    // Capitalised words that never name a source on their own.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "many", "some", "most", "others", "all", "both", "few", "several", "this", "that", "these", "those", "there",
        "what", "who", "which", "one", "nobody", "everyone", "everybody", "anyone", "someone", "nothing", "i", "you", "whoever", "anybody", "somebody",
        "it", "this", "such", "each", "none", "how", "why", "when", "where", "his", "her", "its", "their", "our", "my", "your",
        "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands",
        // a participle, adverb or determiner opening a sentence: "Having said that, ...", "Just over a third say", "Whichever view
        // wins", "Subsequent estimates put the figure at"
        "having", "just", "whichever", "whatever", "subsequent",
        // a word of when, where or how someone holds a role, opening a description: "Former aides said", "Local officials said",
        // "Elected officials from both parties say"
        "former", "retired", "outgoing", "local", "elected",
    };

    [GeneratedRegex(@"\p{L}n['’]t$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedVerb();

    // "We're told", "They've said", "I'm told": a pronoun written together with its verb is the pronoun.
    private static string WithoutContraction(string token)
    {
        var apostrophe = token.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && (Pronouns.Contains(token[..apostrophe]) || NotNames.Contains(token[..apostrophe])) ? token[..apostrophe] : token;
    }

    // "USA Today" is a name that ends in a day's word; "Thursday" alone is not
    private static bool IsDay(string word, List<string> tokens, int head) =>
        Days.Contains(word) && (head == 0 || !IsCapitalized(tokens[head - 1])) || IsMonth(word, tokens, head);

    // "announced last April that": a month after a word of time names when; "May said" may be Theresa May
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase) { "last", "next", "this", "early", "late", "mid", "in", "since", "until" };

    private static bool IsMonth(string word, List<string> tokens, int head) => head > 0 && CalendarWords.Months.Contains(word) && TimeWords.Contains(tokens[head - 1]);

    private static bool IsInvertedCue(string word) =>
        IsCapitalized(word) && word.EndsWith("ed", StringComparison.Ordinal) && Attributions.ReportingCues.KnownWords.Contains(word.ToLowerInvariant());

    // "Nvidia itself has stated": a reflexive after a name stresses who, it is not part of the name.
    private static readonly HashSet<string> Reflexives = new(StringComparer.OrdinalIgnoreCase) { "itself", "himself", "herself", "themselves" };

    public static SourcePhrase? Parse(IReadOnlyList<string> all)
    {
        if (all.Count > 1 && Reflexives.Contains(all[^1])) all = all.Take(all.Count - 1).ToList();
        if (all.Count == 0 || all.Count > MaxTokens || Negations.Contains(all[0])) return null;
        // "using an average of polls", "citing the report": what a participle opens is what was used, not who speaks
        if (all.Count > 1 && all[0].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(all[0][0]) && Determiners.Contains(all[1])) return null;
        // "That said the government have argued": a reporting verb before the name is not part of it
        // "Continued Stone:", "Stated Stone:": a reporting verb written before its speaker is not part of the name
        var skip = all.Count > 1 && (all[0] is "said" or "says" or "told" || IsInvertedCue(all[0])) ? 1 : 0;
        // "there are some economists who argue": "there" and its verb only bring the group in
        if (all.Count > 2 && all[0] is "there" or "There" && all[1] is "are" or "were" or "is" or "was") skip = 2;
        while (skip < all.Count - 1 && CountsOrUnnames(all[skip]) && !NumberInName(all, skip)) skip++;
        while (skip < all.Count - 2 && Quantities.Contains(all[skip]) && all[skip + 1] == "of")
            for (skip += 2; skip < all.Count - 1 && CountsOrUnnames(all[skip]); skip++) { }
        if (skip < all.Count - 2 && Collectives.Contains(all[skip]) && all[skip + 1] == "of" && PeopleCounted(all, skip + 2))
            for (skip += 2; skip < all.Count - 1 && CountsOrUnnames(all[skip]); skip++) { }
        var tokens = all.Skip(skip).ToList();
        // "Those close to him say", "those familiar with the talks said": "those" with where or whom they stand is people, as
        // "people close to him" is (the head would be the complement's word: "close", or "talks")
        if (skip > 0 && all[skip - 1].Equals("those", StringComparison.OrdinalIgnoreCase) && (PeoplePlaced.Contains(tokens[0]) || KnowWhom(tokens))) tokens.Insert(0, "people");
        if (tokens.Count == 1) tokens[0] = WithoutContraction(tokens[0]);
        if (tokens.Count == 1 && Pronouns.Contains(tokens[0])) return skip == 0 ? new SourcePhrase(PhraseForm.Pronoun, tokens[0].ToLowerInvariant(), null, null, false) : null;
        // "The fund said ... It raised its forecast": "its" before a reporting noun is the body "it" would stand for ("his message",
        // "her call to arms" are as often the writer's words about a person as the person's own)
        if (all is ["its" or "Its"]) return new SourcePhrase(PhraseForm.Pronoun, "it", null, null, false);
        // "Neuroscience tells us": a field of study alone names no one
        if (tokens.Count == 1 && SourceLexicon.FieldsOfStudy.Contains(tokens[0])) return null;
        // "Professor of health psychology Jane Ogden": a title with the field it is of, then a name (a listed given name, or two
        // name words after the field's last word), names that person
        if (tokens.Count > 4 && SourceLexicon.IsTitle(tokens[0]) && tokens[1] == "of" && !IsCapitalized(tokens[2]) && FieldThenName(tokens) is var given and > 2)
            return Named(tokens[given..], tokens.Count - given - 1) with { HasTitle = true, Roles = [tokens[0].ToLowerInvariant()] };
        var head = HeadIndex(tokens);
        var word = WithoutPossessive(tokens[head]);
        // "Don’t worry": a verb with "not" joined to it names no one
        if (word.Length == 0 || NotNames.Contains(word) && !(head > 0 && IsCapitalized(word)) || NegatedVerb().IsMatch(word) || Determiners.Contains(word) || IsDay(word, tokens, head)) return null;
        // "Many Tunisians worry", "Iraqis said": a nationality's people are an unnamed group, never a body so named
        if (SourceLexicon.IsNationalityPlural(word) && (head == 0 || !IsCapitalized(tokens[head - 1]))) return Described(tokens, head, SourceLexicon.Descriptors["people"]);
        var descriptor = SourceLexicon.SourceNounOf(word) ?? OfficeGeneral(tokens, head);
        var capitalisedOnlyAsFirstWord = head == 0 && skip == 0 && !IsAcronym(word) && descriptor is not null;
        // "the Conservative MP", "Tory MPs": a describing acronym is a description, not a name
        var describingAcronym = descriptor is not null && (IsAcronym(word) || word.Length > 2 && word[^1] == 's' && IsAcronym(word[..^1]));
        // "The Republican nominee": a party's word alone before a noun describes, it names no one
        // "''and I said, ...''": the first person inside a quotation is the one quoted, never a source called "I"
        return IsCapitalized(word) && !capitalisedOnlyAsFirstWord && !describingAcronym
            ? Named(tokens, head) is var named && named.Name != "I" && !PartyMembers.Contains(named.Name) && !PartyOfPlace(named.Name) ? named : null
            : descriptor is null || IsPageItself(tokens, head, descriptor, all[0]) ? null : Shown(DefiniteOwner(Described(tokens, head, descriptor) with { Definite = skip > 0 && DefiniteWords.Contains(all[0]) }, tokens), all[0]);
    }

    // "The company's release", "the firm's statement": "the" before a possessive description is the owner's, which points back as
    // "the company" would
    private static SourcePhrase DefiniteOwner(SourcePhrase described, List<string> tokens) =>
        described is { Definite: true, Owner: { Form: PhraseForm.Descriptor, Definite: false } owner } && IsPossessive(tokens[0])
            ? described with { Owner = owner with { Definite = true } } : described;

    // "the attorney general", "the surgeon general": "general" after an office's noun is part of the office (a postpositive
    // adjective, not a noun), whose holder is a person
    private static Descriptor? OfficeGeneral(List<string> tokens, int head) =>
        head > 0 && tokens[head] == "general" && char.IsLower(tokens[head - 1][0]) && tokens[head - 1].All(char.IsLetter) && !Determiners.Contains(tokens[head - 1])
            ? SourceLexicon.DescriptorOf(tokens[head - 1]) is { Kind: SourceKind.Person } office ? office : SourceLexicon.SubjectRole
            : null;

    // "This video shows how it is made": a thing the page itself shows says nothing, unless it is someone's ("this video from
    // the ministry"); "a video posted on YouTube showed" cites one.
    private static SourcePhrase? Shown(SourcePhrase described, string first) =>
        described is { Form: PhraseForm.Descriptor, Descriptor.IsShown: true, Owner: null } && first.ToLowerInvariant() is "this" or "these" ? null : described;

    // "this Reuters article", "The Post has supplemented this article": a piece after "this" is the page itself, whoever wrote it
    private static bool IsPageItself(List<string> tokens, int head, Descriptor descriptor, string first)
    {
        if (!ReferenceEquals(descriptor, SourceLexicon.Piece)) return false;
        var before = head;
        while (before > 0 && IsCapitalized(tokens[before - 1])) before--;
        return (before > 0 ? tokens[before - 1] : first).ToLowerInvariant() is "this" or "these";
    }

    private static int HeadIndex(List<string> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            // "figures her campaign released": a determiner right after a document's word opens a clause that says who put it out
            // ("a report the Foreign Ministry denied" names the ministry)
            if (DefiniteWords.Contains(tokens[i]) && tokens[i] != "that" && char.IsLower(tokens[i - 1][0]) && SourceLexicon.DescriptorOf(tokens[i - 1]) is { Kind: SourceKind.Document }
                && tokens.Skip(i + 1).Take(4).Any(Publishing.Contains)) return i - 1;
            // "Gore's close friends": a possessive owns the words after it, so no boundary ("sources close to") follows it
            if (!Boundaries.Contains(tokens[i]) || JoinsName(tokens, i) || IsPossessive(tokens[i - 1])) continue;
            return i - 1;
        }
        return tokens.Count - 1;
    }

    private static bool JoinsName(List<string> tokens, int i)
    {
        // "Alliance to Reclaim Our Schools", "Committee to Protect Journalists": a body's word, then "to" and a capitalised verb, is one name
        if (tokens[i] == "to") return i + 1 < tokens.Count && IsCapitalized(tokens[i + 1]) && SourceLexicon.NameKindOf(tokens[i - 1]) is not null;
        if (!NameConnectors.Contains(tokens[i]) && !IsParticle(tokens[i])) return false;
        // "Ursula von der Leyen", "Rafael de la Cruz": a surname may open with two particles, each joining the name words around both
        var before = i - 1;
        while (before > 0 && IsParticle(tokens[i]) && IsParticle(tokens[before])) before--;
        if (!IsCapitalized(tokens[before]) || IsPossessive(tokens[before])) return false;
        // "Posts on Telegram", "Officials at the Ministry": a plural description, not part of a name ("Universities and Colleges" is)
        if (tokens[i] != "and" && tokens[i - 1].EndsWith('s') && !IsAcronym(tokens[i - 1]) && SourceLexicon.DescriptorOf(tokens[i - 1]) is not null) return false;
        var next = i + 1 < tokens.Count && tokens[i + 1] == "the" ? i + 2 : i + 1;
        while (next < tokens.Count && IsParticle(tokens[i]) && IsParticle(tokens[next])) next++;
        return next < tokens.Count && IsCapitalized(tokens[next]);
    }

    private static bool IsNumeral(string token) => token.TrimStart('+').Length > 0 && token.TrimStart('+').All(char.IsDigit);
}
