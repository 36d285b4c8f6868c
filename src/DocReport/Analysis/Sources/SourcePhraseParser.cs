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
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "two", "three",
        "four", "five", "six", "several", "some", "many", "other", "another", "both", "one", "most", "few", "senior", "top",
    };

    // "a number of analysts", "a string of Tory MPs": a count before "of", the source being what is counted.
    private static readonly HashSet<string> Quantities = new(StringComparer.OrdinalIgnoreCase)
    {
        "number", "handful", "majority", "minority", "couple", "dozens", "hundreds", "thousands", "millions", "lot", "lots", "host",
        "string", "raft", "slew", "chorus", "series", "pair", "trio",
    };

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

    // A spokesperson "for" a body; an official "at" it; a report "by" its author.
    private static readonly HashSet<string> OwnerLinks = new(StringComparer.Ordinal) { "for", "from", "of", "at", "by", "on", "with" };
    private static readonly HashSet<string> AuthorLinks = new(StringComparer.Ordinal) { "by", "from" };

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
        while (skip < all.Count - 1 && Determiners.Contains(all[skip]) && !NumberInName(all, skip)) skip++;
        while (skip < all.Count - 2 && Quantities.Contains(all[skip]) && all[skip + 1] == "of")
            for (skip += 2; skip < all.Count - 1 && Determiners.Contains(all[skip]); skip++) { }
        var tokens = all.Skip(skip).ToList();
        if (tokens.Count == 1) tokens[0] = WithoutContraction(tokens[0]);
        if (tokens.Count == 1 && Pronouns.Contains(tokens[0])) return skip == 0 ? new SourcePhrase(PhraseForm.Pronoun, tokens[0].ToLowerInvariant(), null, null, false) : null;
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
        var descriptor = SourceLexicon.SourceNounOf(word);
        var capitalisedOnlyAsFirstWord = head == 0 && skip == 0 && !IsAcronym(word) && descriptor is not null;
        // "the Conservative MP", "Tory MPs": a describing acronym is a description, not a name
        var describingAcronym = descriptor is not null && (IsAcronym(word) || word.Length > 2 && word[^1] == 's' && IsAcronym(word[..^1]));
        // "The Republican nominee": a party's word alone before a noun describes, it names no one
        return IsCapitalized(word) && !capitalisedOnlyAsFirstWord && !describingAcronym
            ? Named(tokens, head) is var named && !PartyMembers.Contains(named.Name) && !PartyOfPlace(named.Name) ? named : null
            : descriptor is null || IsPageItself(tokens, head, descriptor, all[0]) ? null : Shown(Described(tokens, head, descriptor) with { Definite = skip > 0 && DefiniteWords.Contains(all[0]) }, all[0]);
    }

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

    private static SourcePhrase Named(List<string> tokens, int head)
    {
        var first = head;
        while (first > 0)
        {
            if (IsCapitalized(tokens[first - 1]) && (!IsPossessive(tokens[first - 1]) || InBodyName(tokens, first - 1)) || first > 1 && JoinsName(tokens, first - 1)) first--;
            // "+972 Magazine", "60 Minutes": a number opening the phrase is part of the name after it
            else if (first == 1 && IsNumeral(tokens[0])) first--;
            else if (first > 2 && tokens[first - 1] == "the" && JoinsName(tokens, first - 2)) first -= 2;
            // "said de Blasio", "On Monday, van Gogh's letters": a surname's particle opening the phrase is part of it
            else if (first == 1 && IsParticle(tokens[0])) first--;
            else break;
        }
        var last = head;
        while (last + 1 < tokens.Count && (!IsPossessive(tokens[last]) || InBodyName(tokens, last)) && (IsCapitalized(tokens[last + 1]) || JoinsName(tokens, last + 1))) last++;
        var run = tokens.GetRange(first, last - first + 1);
        var owns = IsPossessive(run[^1]);
        run[^1] = WithoutPossessive(run[^1]).TrimEnd('?', '!');
        // "Governor John Rankin Thursday called for calm": a weekday after a name, wire style without "on", says when ("The Mail on Sunday" keeps it)
        while (run.Count > 1 && Days.Contains(run[^1]) && char.IsUpper(run[^1][0]) && !run[^1].Equals("Today", StringComparison.Ordinal) && run[^2] != "on") run.RemoveAt(run.Count - 1);
        // "Senator Mitch McConnell of Kentucky", "Professor Adam Kowalski of Millbrook University": a titled name's "of" is where they are from;
        // "U.S. Attorney for the District of Vermont Maria Chen": a given name after the place opens the name, the "of" is the title's
        var of = run.IndexOf("of");
        if (of > 0 && run.FindLastIndex(of - 1, SourceLexicon.IsTitle) is var title and >= 0 && title < of - 1 && !run.Take(of).Any(t => SourceLexicon.NameKindOf(t) is not null)
            && GivenNameFrom(run, of + 2) < 0)
            // "Sens. Ana Ruiz of Ohio and Tom Pell of Iowa": each name's
            run = run.IndexOf("and", of) is > 0 and var joined
                ? [.. run.Take(of), .. run.Skip(joined).TakeWhile(t => t != "of")]
                : run.Take(of).ToList();
        // "Tunisian Prime Minister Habib Essid": everything up to the last title goes, when one to three name words remain;
        // a title holding a body's word ("Secretary of State Mike Pompeo") only when a given name follows it
        // "Sens. Ana Ruiz and Tom Pell": in two names joined by "and", titles before the first name only are the first name's
        var and = run.IndexOf("and");
        var firstName = and > 0 && run.Take(and).Any(SourceLexicon.IsTitle) && !run.Skip(and).Any(SourceLexicon.IsTitle) ? run.Take(and).ToList() : run;
        // "Mr. Grassley and Mr. Leahy": two names, each with its own title, are kept whole for the registry to split ("Mr. Band and
        // Mrs. Clinton's aides" are aides of one of them)
        var lastTitle = and > 0 && !owns && TitledName(run.Take(and).ToList()) && TitledName(run.Skip(and + 1).ToList()) ? -1 : firstName.FindLastIndex(SourceLexicon.IsTitle);
        // "Commissioner Ottilie von der Brandt": a surname's particles are no name words of their own
        var nameWords = firstName.Count - firstName.Count(IsParticle);
        var titles = lastTitle < 0 ? 0
            : firstName.Any(t => SourceLexicon.NameKindOf(t) is not null) || nameWords - lastTitle > 4 ? Math.Max(0, GivenNameFrom(firstName, lastTitle + 1) is var given and >= 0 ? given : TwoNameWordsAfter(firstName, lastTitle)) : lastTitle + 1;
        if (nameWords - titles is < 1 or > 3 || run.Skip(titles).Any(t => SourceLexicon.DescriptorOf(t) is not null) || run.Skip(titles).Any(SourceLexicon.International.Contains)) titles = 0;
        // "the Labour MP for Newcastle Central": a title followed by where it is held names no one
        if (titles > 0 && !IsCapitalized(run[titles])) titles = 0;
        var gender = run.Take(titles).Select(SourceLexicon.GenderOf).FirstOrDefault(g => g != '-', '-');
        var titleWords = run.Take(titles).ToList();
        run = run.Skip(titles).ToList();
        if (titles == 0) run = run.Skip(DescribingWords(run)).ToList();
        if (gender == '-' && run.Count > 1) gender = SourceLexicon.GenderOf(run[0]);
        var lowerBefore = tokens.Take(first).LastOrDefault(t => !IsCapitalized(t));
        var descriptor = lowerBefore is null ? null : SourceLexicon.DescriptorOf(lowerBefore);
        var hasTitle = titles > 0 || lowerBefore is not null && SourceLexicon.IsTitle(lowerBefore);
        var roles = tokens.Take(first).Where(t => !IsCapitalized(t)).Concat(titleWords.Where(SourceLexicon.IsTitle)).Select(t => t.ToLowerInvariant().TrimEnd('.')).ToList();
        return new SourcePhrase(PhraseForm.Named, string.Join(' ', run), descriptor, null, hasTitle) { Gender = gender, Roles = roles };
    }

    // "Republican Christine Todd Whitman", "Parish Clerk Owen Tate": one or two words before a given name and a surname that are
    // neither describe the person; so does a party's word before two name words ("Democrat Rose Keel", "Rose" being no listed
    // given name). "Georges Claude", "Lockheed Martin Corp", "JP Morgan Chase" keep theirs: no second name word, a body's word,
    // or initials.
    private static int DescribingWords(List<string> run)
    {
        if (SourceLexicon.NameKindOf(string.Join(' ', run)) is not null || !run.Skip(1).All(IsCapitalized)) return 0;
        for (var k = 1; k <= 2; k++)
            if (run.Count - k is 2 or 3 && SourceLexicon.IsFirstName(run[k]) && !run.Take(k).Any(w => SourceLexicon.IsFirstName(w) || IsInitials(w))) return k;
        return run.Count == 3 && PartyMembers.Contains(run[0]) ? 1 : 0;
    }

    // "Mr. Grassley", "Sen. Ana Ruiz": titles, then one to three name words that are no title ("Mrs. Clinton's aides" is not)
    private static bool TitledName(List<string> words) =>
        words.FindLastIndex(SourceLexicon.IsTitle) is var title and >= 0 && words.Take(title + 1).All(SourceLexicon.IsTitle) && words.Count - title - 1 is >= 1 and <= 3
        && words.Skip(title + 1).All(w => IsCapitalized(w) && !IsPossessive(w));

    // Capitals only ("JP Morgan Chase", "AT&T"): initials or an acronym belong to the name; a describing word is written as a word.
    private static bool IsInitials(string word) => !word.Any(char.IsLower);

    // A member of a party, written before a name: "Democrat", "Tory".
    private static readonly HashSet<string> PartyMembers = new(StringComparer.Ordinal)
    {
        "Democrat", "Republican", "Labour", "Tory", "Conservative", "Liberal", "Libertarian", "Socialist",
    };

    // "Leahy, Democrat of Vermont": a party's member from a place describes the person named before, it names no one
    private static bool PartyOfPlace(string name) => name.Split(' ') is [var party, "of", _, ..] && PartyMembers.Contains(party);

    /// <summary>True for the members of a party named in the plural ("Democrats", "Tories"): people, not the party.</summary>
    public static bool IsPartyMembers(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? PartyMembers.Contains(word[..^3] + "y") : word.EndsWith('s') && PartyMembers.Contains(word[..^1]);

    private static bool IsNumeral(string token) => token.TrimStart('+').Length > 0 && token.TrimStart('+').All(char.IsDigit);

    // Where a person's given name and surname (two or three words, no body's word) end the run, or -1.
    private static int GivenNameFrom(List<string> run, int from)
    {
        for (var k = Math.Max(from, run.Count - 3); k <= run.Count - 2; k++)
            if (SourceLexicon.IsFirstName(run[k]) && run.Skip(k).All(t => SourceLexicon.NameKindOf(t) is null)) return k;
        return -1;
    }

    private static int FieldThenName(List<string> tokens)
    {
        var given = GivenNameFrom(tokens, 3);
        if (given < 0 && !IsCapitalized(tokens[^3]) && TwoNameWordsAfter(tokens, tokens.Count - 3) > 0) given = tokens.Count - 2;
        return given > 2 && tokens.Skip(given).All(IsCapitalized) ? given : -1;
    }

    // "Miami-Dade Police Detective Alvaro Zabaleta": two name words right after a body's title, neither a body's word, are the
    // person's name even when the given name is not listed; 0 otherwise
    private static int TwoNameWordsAfter(List<string> run, int title) =>
        run.Count - title - 1 == 2 && run.Skip(title + 1).All(w => PersonNameWord().IsMatch(w) && SourceLexicon.NameKindOf(w) is null && !SourceLexicon.IsTitle(w)) ? title + 1 : 0;

    [GeneratedRegex(@"^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$")]
    private static partial Regex PersonNameWord();

    // "the Transport Workers' Federation", "the Pilots' Association": a plural possessive before a body word is part of the body's name.
    // "the Citizens’ Independent Transportation Trust": so it is when the body's word comes up to three capitalised words later.
    private static bool InBodyName(List<string> tokens, int i) =>
        tokens[i].Length > 2 && tokens[i][^1] is '\'' or '’' && tokens[i][^2] == 's'
        && tokens.Skip(i + 1).Take(3).TakeWhile(IsCapitalized).Any(t => SourceLexicon.NameKindOf(t) is not null);

    private static SourcePhrase Described(List<string> tokens, int head, Descriptor descriptor)
    {
        if (descriptor.Kind == SourceKind.Platform && tokens.FirstOrDefault(SourceLexicon.Platforms.Contains) is { } platform)
            return new SourcePhrase(PhraseForm.Named, platform, descriptor, null, false);
        // "the independent Sage group of science advisers": a name before the head tells whose it is better than a description after it
        var owner = descriptor.Kind == SourceKind.Document
            ? OwnerAfter(tokens, head, AuthorLinks) ?? (tokens.Take(head).Any(IsCapitalized) ? null : PublishedBy(tokens, head)) ?? PossessiveOwner(tokens, head) ?? (ReferenceEquals(descriptor, SourceLexicon.Piece) || descriptor.IsEvidence && !PeopleCalledFigures(tokens, head) ? NameBefore(tokens, head) : null)
            : OwnerAfter(tokens, head, OwnerLinks) is { Form: PhraseForm.Named } after ? after : OwnerBefore(tokens, head, descriptor) ?? OwnerAfter(tokens, head, OwnerLinks);
        // "Thursday's decision also overturned the previous state Superior Court ruling": an article inside opens the noun phrase named
        var first = tokens.Take(head).ToList().FindLastIndex(t => t is "the" or "a" or "an") + 1;
        var words = tokens.Skip(first).Take(head + 1 - first).Select(WithoutPossessive).ToList();
        // a capitalised description word is written as a common word ("Officials", "Poll" as the head), unless it goes on a
        // name that stands before it ("a Harbour University study", "the Harbour Post poll")
        for (var i = 0; i < words.Count; i++)
            if (!(IsCapitalized(words[i]) && (SourceLexicon.DescriptorOf(words[i]) is null || i > 0 && i < words.Count - 1 && IsCapitalized(words[i - 1])) || IsAcronym(words[i]) || IsAcronym(words[i][..^1])))
                words[i] = words[i].ToLowerInvariant();
        return new SourcePhrase(PhraseForm.Descriptor, string.Join(' ', words), descriptor, owner, false);
    }

    private static SourcePhrase? OwnerAfter(List<string> tokens, int head, HashSet<string> links)
    {
        if (head + 2 >= tokens.Count || !links.Contains(tokens[head + 1])) return null;
        var complement = tokens.Skip(head + 2).ToList();
        if (Parse(complement) is { } owner) return owner;
        var name = complement.FindIndex(IsCapitalized);
        return name < 0 ? null : Named(complement, name);
    }

    // "figures published by the health agency", "data released Friday by state regulators", "figures that were released by
    // Crowdpac": who put a document out is its author; "figures her campaign released Friday": so is the one a clause after
    // it says released it. "records obtained by the AP", "a report reviewed by the Times" name who got or read it, no author;
    // "a New Jersey Watchdog report released by the governor's office" has its maker's name already (the caller's test).
    private static SourcePhrase? PublishedBy(List<string> tokens, int head)
    {
        var at = head + 1;
        if (at < tokens.Count && tokens[at] is "that" or "which") at++;
        while (at < tokens.Count && PublishingAuxiliaries.Contains(tokens[at])) at++;
        if (at < tokens.Count && Publishing.Contains(tokens[at]))
        {
            var by = at + 1;
            while (by < tokens.Count && by - at <= 3 && (Days.Contains(tokens[by]) || CalendarWords.Months.Contains(tokens[by]) || WhenWords.Contains(tokens[by]) || IsNumeral(tokens[by]))) by++;
            return by < tokens.Count && tokens[by] == "by" ? OwnerAfter(tokens, by - 1, AuthorLinks) : null;
        }
        // the clause's subject: a determiner or a capitalised word right after the document, then up to three words and the verb
        if (at != head + 1 || at >= tokens.Count || !(DefiniteWords.Contains(tokens[at]) || IsCapitalized(tokens[at]))) return null;
        var verb = tokens.FindIndex(at + 1, Math.Min(4, tokens.Count - at - 1), Publishing.Contains);
        return verb < 0 ? null : Parse(tokens.GetRange(at, verb - at));
    }

    private static readonly HashSet<string> Publishing = new(StringComparer.Ordinal) { "published", "released", "compiled", "issued", "provided", "produced", "posted" };

    private static readonly HashSet<string> PublishingAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "is", "are", "be", "been", "has", "have", "had", "just", "first", "recently", "newly", "publicly" };

    private static readonly HashSet<string> WhenWords = new(StringComparer.OrdinalIgnoreCase) { "on", "last", "this", "earlier", "week", "month", "year", "in" };

    // "Con Edison officials": a name that has officials is a body's, whatever its words.
    private static SourcePhrase? AsBody(SourcePhrase? owner) =>
        owner is { Form: PhraseForm.Named, Descriptor: null, LooksLikePerson: false } ? owner with { Descriptor = BodyHint } : owner;

    private static readonly Descriptor BodyHint = new(SourceKind.Organization, false, false, true);

    // "a Times article", "a New York Post editorial": the outlet whose name is written right before its piece; "Labor Department
    // figures": the body whose numbers they are, listed once with "figures released by the Labor Department" (field gold credits
    // owned numbers to their owner)
    private static SourcePhrase? NameBefore(List<string> tokens, int head)
    {
        var first = head;
        while (first > 0 && IsCapitalized(tokens[first - 1])) first--;
        return first < head && Parse(tokens.GetRange(first, head - first)) is { Form: PhraseForm.Named } named ? named : null;
    }

    // "some GOP figures declared", "prominent Labour figures": people of a party or named for their standing, not numbers
    private static bool PeopleCalledFigures(List<string> tokens, int head)
    {
        if (tokens[head].ToLowerInvariant() is not ("figures" or "figure")) return false;
        var first = head;
        while (first > 0 && IsCapitalized(tokens[first - 1])) first--;
        return first < head && (PartyMembers.Contains(tokens[first]) || tokens[first] is "GOP" or "Democratic")
            || first > 0 && Standing.Contains(tokens[first - 1]);
    }

    private static readonly HashSet<string> Standing = new(StringComparer.OrdinalIgnoreCase)
    {
        "some", "many", "several", "other", "prominent", "top", "leading", "senior", "key", "public", "political", "major", "influential",
    };

    // "SkyJet's latest annual report": the author of a document named before it.
    private static SourcePhrase? PossessiveOwner(List<string> tokens, int head)
    {
        var owner = tokens.Take(head).ToList().FindLastIndex(IsPossessive);
        return owner < 0 ? null : Parse(tokens.Take(owner + 1).ToList());
    }

    private static SourcePhrase? OwnerBefore(List<string> tokens, int head, Descriptor descriptor)
    {
        for (var i = head - 1; i >= 0; i--)
        {
            // "Iraqi officials", "French diplomats": a nationality says whose people they are, it names no body that owns them
            // ("the Russian space agency" is a body named by whose it is)
            if (SourceLexicon.IsNationality(tokens[i]) && (descriptor.SpeaksFor || descriptor.IsGroup)) continue;
            // "Israeli military officials": the nationality's military, named by no one, is no body that owns them either
            if (i > 0 && SourceLexicon.IsNationality(tokens[i - 1]) && (descriptor.SpeaksFor || descriptor.IsGroup)
                && SourceLexicon.DescriptorOf(tokens[i]) is { Kind: SourceKind.Government, IsGroup: false }) { i--; continue; }
            if (IsPossessive(tokens[i]) || IsCapitalized(tokens[i])) return AsBody(Parse(tokens.Take(i + 1).ToList()));
            // "Obama administration officials", "Trump campaign aides": a body named by whose it is, not any administration
            if (i > 0 && IsCapitalized(tokens[i - 1]) && !IsPossessive(tokens[i - 1]) && !SourceLexicon.IsNationality(tokens[i - 1])
                && SourceLexicon.DescriptorOf(tokens[i]) is { IsGroup: false } && Parse(tokens.Take(i + 1).ToList()) is { Owner.Form: PhraseForm.Named } body) return body;
            // "a club spokesperson" speaks for the club already named
            if (SourceLexicon.DescriptorOf(tokens[i]) is { } d) return new SourcePhrase(PhraseForm.Descriptor, tokens[i].ToLowerInvariant(), d, null, false) { Definite = true };
        }
        return null;
    }
}
