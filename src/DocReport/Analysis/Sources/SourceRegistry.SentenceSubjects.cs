using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that finds who opens a sentence: the person a "he" or "she" of the same sentence stands for,
/// the person named just before a pronoun, and a thing or document as a sentence's subject.
/// </summary>
internal sealed partial class SourceRegistry
{
    // "When Meghan joined the family, she said ...", "Along with his rivals, President Trump has stepped up his attacks on the
    // candidate he calls ...": a person who opens the pronoun's own sentence (or its opening clause) as its subject, of the
    // pronoun's gender, with no other name between them, is the one the pronoun stands for, whoever spoke before. Not a
    // reported clause before its speaker ("Trump isn't a conservative, he said"), nor a parenthetical speaker ("When Lee took
    // office, he said, the debt was already high"), nor a surname two people of the text bear.
    private SourceEntry? SubjectOfOwnSentence(char gender, int position)
    {
        var start = SentenceStart(position);
        if (SubjectAfterOpeningClause(gender, start, position) is { } after) return after;
        var opening = SentenceSubject().Match(text, start, position - start);
        if (!opening.Success) return null;
        var name = opening.Groups["name"];
        // "When Winfrey asked Harry if he ...": another name, or a quotation, between the subject and the pronoun ("Paul Ryan,
        // R-Wis., despite admitting that he": from the apposition's end)
        var from = opening.Groups["apposition"] is { Success: true } apposition ? apposition.Index + apposition.Length : name.Index + name.Length;
        var between = text.AsSpan(from, position - from);
        if (between.IndexOfAny("“”\"") >= 0 || CapitalisedWord().IsMatch(between)) return null;
        if (opening.Groups["when"].Success ? ParentheticalCue().IsMatch(text, position) : between.TrimEnd().EndsWith(",")) return null;
        return PersonOfGender(name.Value, gender);
    }

    // "Though she called the deal “reckless,” Senator Ada Morrow stopped short of ...": a pronoun opening a sentence's first clause,
    // right after its subordinating word, stands for the person who opens the main clause after it, when the clause names no
    // other person who could be meant
    private SourceEntry? SubjectAfterOpeningClause(char gender, int start, int position)
    {
        if (!OpeningSubordinator().IsMatch(text.AsSpan(start, position - start))) return null;
        var end = text.IndexOfAny(SentenceEnds, position) is var e and >= 0 ? e : text.Length;
        var main = MainClauseSubject().Match(text, position, end - position);
        if (!main.Success) return null;
        var name = main.Groups["name"];
        bool CouldBeMeant(char other) => other == '-' || other == gender;
        return people.Between(position, name.Index).Any(n => CouldBeMeant(n.Gender)) ? null : PersonOfGender(name.Value, gender);
    }

    [GeneratedRegex(@"^\s*(?:(?:And|But)\s+)?(?:Although|Though|Even\s+though)\s+$")]
    private static partial Regex OpeningSubordinator();

    // the first ", Name verb" after the pronoun: the subject of the main clause ("reckless, Lee and Ng" is a list, no subject)
    [GeneratedRegex(@",[”""]?\s+(?!(?:The|A|An|This|That|These|Those|It|He|She|They)\s)(?<name>(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?<!['’]s)\s+(?:(?:has|had|was|is|will|would|also|then|later)\s+)?(?!and\b|or\b)\p{Ll}+\b")]
    private static partial Regex MainClauseSubject();

    // The person so named, when the text or the given-name lists give them the pronoun's gender; null for a body, a surname two
    // people of the text bear, or a name of another gender
    private SourceEntry? PersonOfGender(string written, char gender)
    {
        if (SourcePhrase.Parse(written) is not { Form: PhraseForm.Named } subject || firstNames.IsShared(subject.Name.Split(' ')[^1])) return null;
        // "When Lund joined ..." where the text names Petra Lund
        if (!subject.Name.Contains(' ') && !byName.ContainsKey(subject.Name) && firstNames.FullNameOf(subject.Name) is { } fullName
            && SourcePhrase.Parse(fullName) is { Form: PhraseForm.Named } named) subject = named;
        var known = byName.GetValueOrDefault(subject.Name) ?? (subject.Name.Contains(' ') ? null : bySurname.GetValueOrDefault(subject.Name));
        if (known is { Kind: not SourceKind.Person } || known is null && !subject.LooksLikePerson && !SourceLexicon.IsFirstName(subject.Name)) return null;
        var given = subject.Name.Split(' ');
        var told = known is { Gender: not '-' } ? known.Gender : subject.Gender != '-' ? subject.Gender
            : SourceLexicon.GenderOf(given[0]) is var byGiven and not '-' ? byGiven : pronounGenders.GenderOf(given[^1]);
        return told != gender ? null : known ?? Named(subject);
    }

    // where the sentence holding the position opens: after a sentence's end that is no title's full stop ("Mr. Cruz") nor an
    // abbreviation's inside the sentence ("Paul Ryan, R-Wis., despite")
    private int SentenceStart(int position)
    {
        var end = text.LastIndexOfAny(SentenceEnds, Math.Max(0, position - 1));
        while (end > 0 && text[end] == '.' && (TitleBefore().IsMatch(text[Math.Max(0, end - 11)..(end + 1)] + " ") || AbbreviationInside().IsMatch(text, end + 1)))
            end = text.LastIndexOfAny(SentenceEnds, end - 1);
        return end + 1;
    }

    [GeneratedRegex(@"\G\p{L}+\s+\p{Ll}+\s*,")]
    private static partial Regex ParentheticalCue();

    [GeneratedRegex(@"\G(?:,|[ \t]+\p{Ll})")]
    private static partial Regex AbbreviationInside();

    // the name opening the sentence, after a subordinating word or an opening phrase closed by a comma, before its verb (an
    // apposition between commas may come between: "Paul Ryan, R-Wis., despite"); not a possessive ("Lee's friend said she"), nor
    // a name after an article ("The Murdoch papers have")
    [GeneratedRegex(@"\G\s*(?:(?<when>When|After|As|While|Although|Though|Because|Since|Before|Once|If|Until|Unless)\s+|[^,“”""\n]{1,60},\s+)?(?:(?:And|But|So|Yet)\s+)?(?!(?:The|A|An|This|That|These|Those)\s)(?<name>(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?<!['’]s)(?<apposition>,\s+[^,“”""\n]{1,50},)?\s+(?:(?:has|had|was|is|will|would|also|then|later)\s+)?\p{Ll}+\b")]
    private static partial Regex SentenceSubject();

    // "These text messages add urgency, as they use the contact's name and tell ...": "they" in a sentence whose subject is things
    // the lists do not know as speakers stands for those things, not for the last group quoted
    private bool ThingsOpenSentence(int position)
    {
        var start = text.LastIndexOfAny(SentenceEnds, Math.Max(0, position - 1)) + 1;
        var subject = ThingsSubject().Match(text, start, position - start);
        if (!subject.Success) return false;
        // "The company says they": a word before the plural that names a source, or a plural that is a cue, is no such subject
        var words = subject.Groups["word"].Captures.Select(c => c.Value).Append(subject.Groups["noun"].Value).ToList();
        return words.All(w => SourceLexicon.DescriptorOf(w) is null && !Attributions.ReportingCues.KnownWords.Contains(w.ToLowerInvariant()))
            && UnlistedGroup.WordsOf(words[^1], false) is null && !SourcePhraseParser.IsPartyMembers(words[^1]);
    }

    [GeneratedRegex(@"\G\s*(?:The|These|Those|Such|Its|Their|Many|Some|All)\s+(?:(?<word>[\p{L}-]+)\s+){0,3}?(?<noun>\p{Ll}{3,}s)\s+(?:\p{Ll}+\s+)?\p{Ll}+")]
    private static partial Regex ThingsSubject();

    // "Dolores Pinkett has run the kitchen since 2015. “We cook for whoever comes,” she said": with no speaker before who could be
    // meant, the person of the pronoun's gender the text has just named, in the pronoun's sentence or the one before, when no
    // one else who could be meant (another person of that or an unknown gender, or a source) is named from that person's sentence on.
    private SourcePhrase? NamedJustBefore(char gender, int position)
    {
        if (lastPersonByGender.GetValueOrDefault(gender) is { } speaker && position - speaker.LastSeen <= PronounReach) return null;
        var (start, end, surname, known) = people.Between(Math.Max(0, position - NamedJustBeforeReach), position).LastOrDefault();
        string? fullName = null;
        if (SurnameOpeningClause(gender, Math.Max(end, position - NamedJustBeforeReach), position) is { } again) (start, end, surname, known, fullName) = again;
        if (surname is null || known != gender) return null;
        var sentence = text.LastIndexOfAny(SentenceEnds, Math.Max(0, start - 1)) + 1;
        bool CouldBeMeant(char other) => other == '-' || other == gender;
        if (position - sentence > NamedJustBeforeReach || people.Between(sentence, position).Any(n => WithoutPossessive(n.Surname) != WithoutPossessive(surname) && CouldBeMeant(n.Gender))
            || entries.Any(e => e.Kind == SourceKind.Person && e.LastSeen >= sentence && CouldBeMeant(e.Gender) && !e.Name.EndsWith(surname, StringComparison.Ordinal))
            || DescribedPersonOpensSentence(end, position))
            return null;
        return SourcePhrase.Parse(fullName ?? text[start..end]);
    }

    // "... defeating Donald Trump. The Vermont senator is struggling ... He continues": a person the text describes, as the subject
    // of a sentence after the one named, may be who the pronoun stands for
    private bool DescribedPersonOpensSentence(int start, int position)
    {
        if (position <= start) return false;
        foreach (Match opening in DescribedSubject().Matches(text[start..position]))
            if (SourceLexicon.IsSubjectRole(opening.Groups["role"].Value) || SourceLexicon.DescriptorOf(opening.Groups["role"].Value) is { Kind: SourceKind.Person, IsGroup: false }) return true;
        return false;
    }

    [GeneratedRegex(@"(?:[.!?][""”’]?\s+|\n)The\s+(?:[\p{L}-]+\s+){0,3}?(?<role>\p{Ll}+)\s+(?:is|was|has|had|would|will|\p{Ll}+s)\b")]
    private static partial Regex DescribedSubject();

    // "skipper Wade Bassi has ... While he doesn't buy halibut much, Bassi keeps an eye on it. “...,” he said": the surname alone,
    // opening a clause, of the one person the text names in full with it, by a given name of the pronoun's gender; a surname
    // two people share, opening a clause, is a mention of no one the pronoun can be given to
    private (int Start, int End, string Surname, char Gender, string FullName)? SurnameOpeningClause(char gender, int start, int position)
    {
        (int Start, int End, string Surname, char Gender, string FullName)? last = null;
        if (position <= start) return null;
        foreach (var word in CapitalisedWord().EnumerateMatches(text.AsSpan(start, position - start)))
        {
            var (at, surname) = (start + word.Index, text.Substring(start + word.Index, word.Length));
            if (!(OpensClause(at) || text.AsSpan(0, at).TrimEnd() is [.., '—' or '–']) || SourceLexicon.IsFirstName(surname) || WrittenInLowerCase(surname)) continue;
            // a surname two people named in full share could be either: no one
            if (firstNames.IsShared(surname)) last = (at, at + surname.Length, surname, '-', surname);
            else if (firstNames.FullNameOf(surname) is { } fullName && fullName.Split(' ') is [var given, ..] && SourceLexicon.GenderOf(given) == gender)
                last = (at, at + surname.Length, surname, gender, fullName);
        }
        return last;
    }

    // How far back, in characters, from a pronoun to the opening of the sentence that names the person just named: a short
    // sentence and a quotation of a few sentences after it.
    private const int NamedJustBeforeReach = 500;
}
