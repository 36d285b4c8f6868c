using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that tells whether someone else was named in between: after the source a pronoun or a
/// description would point back to, another person of the gender, another body or a group the pronoun may stand for,
/// when the mention stays unresolved (<see cref="LastSpeaker"/>, the descriptions pointing back).
/// </summary>
internal sealed partial class SourceRegistry
{
    // Groups and people are marked in reading order, so the lists are sorted.
    private static bool AnyBetween(List<int> marks, int start, int end)
    {
        var index = marks.BinarySearch(start + 1);
        if (index < 0) index = ~index;
        return index < marks.Count && marks[index] < end;
    }

    // "the state's grid ... left some energy experts bewildered. They said", "MPs will vote": people named in the plural after the body
    // may be the ones "they" stands for, so the pronoun stays unresolved.
    private bool GroupNamedBetween(SourceEntry entry, int position)
    {
        if (position <= entry.LastSeenEnd) return false;
        foreach (var word in PluralWord().EnumerateMatches(text.AsSpan(entry.LastSeenEnd, position - entry.LastSeenEnd)))
        {
            var plural = text.Substring(entry.LastSeenEnd + word.Index, word.Length);
            // "Analysts said ... other analysts ... they said": the group's own word again names no other group
            if (plural.Equals(entry.Name.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)) continue;
            if (!SourceLexicon.Descriptors.ContainsKey(plural) && SourceLexicon.DescriptorOf(plural) is { } people
                && (people.Kind is SourceKind.Person or SourceKind.Other || people.SpeaksFor)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:\p{Ll}{3,}|\p{Lu}{2,})s\b")]
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
        // "... Her son, Jean-Luc Ferrand, was born that year. And Quillon seemed calmer. “...,” she told a radio station": for "he" or
        // "she", the speaker named again as a sentence's subject is where the text comes back to them; who was named before is past
        var since = gender != '-' && entry.Kind == SourceKind.Person ? NamedAgainAsSubject(entry, position) : entry.LastSeenEnd;
        // for "he" or "she" after a speaker known to be of that gender, someone only spoken of since the speaker's cue (SpokenOf) leaves
        // the speaker the one the text goes on with ("Gov. Inslee", of unknown gender, could be either)
        var pronoun = gender != '-' && entry.Gender == gender;
        // "But as Mr. Sanders campaigned ... Mr. Sanders's aides ... he said": the speaker's own surname with a possessive is the
        // speaker again, as it is without one (round 43: 28 PolNeAR train pronouns had been left unlinked by it)
        if (entry.Kind == SourceKind.Person && people.Between(since, position).Any(n => (!own.Contains(WithoutPossessive(n.Surname)) || OtherBearer(own, n.Start, n.End)) && SameGender(n.Gender)
            && !(pronoun && (SpokenOf(n.Start, n.End) || InOwnReport(entry, n.Start, position) || NamedInPronounClause(WithoutPossessive(n.Surname), position))))) return true;
        // "During an interview, Skaik paused. ... he said": a source named again by surname alone, outside any attribution
        if (entry.Kind == SourceKind.Person && OtherPersonNamedIn(entry, since, position, SameGender, pronoun)) return true;
        // "McLenney said ... “...,” she said": a source of one word the lists do not know, read as a body, may be a person's surname
        if (entry.Kind == SourceKind.Person && entries.Any(e => e.LastSeen >= since && e.LastSeen < position && MayBeSurname(e) && !(pronoun && NamedInPronounClause(e.Name, position)))) return true;
        // "the bank" could not be the Statistics Office, but "the company" could be Whole Foods: a name with no body word fits any
        // "unnamed Iraqi officials" are no body "the administration" could mean; a listed intergovernmental body ("UNICEF") is one
        // "the agency" could mean, not "the authority"
        bool Fits(SourceEntry e) => head is null || e.Name.Contains(head, StringComparison.OrdinalIgnoreCase)
            || SourceLexicon.NameKindOf(e.Name) is null && !(IsUnnamedGroup(e.Name) && e.Name.Split(' ').Any(SourceLexicon.IsNationality))
            && (!SourceLexicon.Intergovernmental.Contains(e.Name) || SourceLexicon.IntergovernmentalNouns.Contains(head));
        return entries.Any(e => e != entry && e.Kind == entry.Kind && SameGender(e.Gender) && Fits(e) && e.LastSeen >= since && e.LastSeen < position
            && !(pronoun && NamedInPronounClause(e.Name.Split(' ')[^1], position)));
    }

    // Where the text last names the person again by surname alone as the subject opening a sentence ("Quillon seemed", "And
    // Quillon told"), before the pronoun; the person's last mention when it does not. A surname two people share names neither.
    private int NamedAgainAsSubject(SourceEntry entry, int position)
    {
        var surname = entry.Name.Split(' ')[^1];
        var since = entry.LastSeenEnd;
        if (position <= since || !entry.Name.Contains(' ') || firstNames.IsShared(surname) || bySurname.GetValueOrDefault(surname) is { } bearer && bearer != entry) return since;
        foreach (var at in AloneBefore(surname, since, position))
        {
            if (at <= since || !VerbAfter().IsMatch(text, at + surname.Length)) continue;
            var lead = SentenceConjunction().Match(text[Math.Max(0, at - 8)..at]);
            if (OpensSentence(at) || lead.Success && OpensSentence(at - lead.Length)) since = at + surname.Length;
        }
        return since;
    }

    // Where the text before the position writes the word alone, as a search of text[..position] finds it, from the first place
    // after `after`, without copying the text for every pronoun: a place the word ends before the position reads the same in the
    // whole text; one ending at the position has the end of the copy after it, which is read from the word alone. The whole text's
    // places are searched once a word, not again for each pronoun.
    private IEnumerable<int> AloneBefore(string word, int after, int position)
    {
        if (word.Length == 0) return NameOccurrences.Find(text[..position], word, NameOccurrences.WordBoundary, NameOccurrences.WordBoundary).Select(o => o.Index);
        if (!aloneAt.TryGetValue(word, out var all))
            aloneAt[word] = all = NameOccurrences.Find(text, word, NameOccurrences.WordBoundary, NameOccurrences.WordBoundary).Select(o => o.Index).ToArray();
        var (from, count) = (SortedSearch.LowerBound(all, after + 1), SortedSearch.LowerBound(all, position - word.Length));
        var found = all[from..Math.Max(from, count)].ToList();
        var last = position - word.Length;
        if (last >= (count > 0 ? all[count - 1] + word.Length : 0) && string.CompareOrdinal(text, last, word, 0, word.Length) == 0
            && NameOccurrences.WordBoundary.IsMatch(text, last) && NameOccurrences.WordBoundary.IsMatch(word, word.Length)) found.Add(last);
        return found;
    }

    private readonly Dictionary<string, int[]> aloneAt = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:And|But|So|Then|Yet)[ \t]+$")]
    private static partial Regex SentenceConjunction();

    // "Parata and his son, Te Kaurinui Robert Parata": one named in full by another given name is someone else of the surname
    private bool OtherBearer(string[] own, int start, int end) =>
        own.Length > 1 && text[start..end].Split(' ') is [var first, _, ..] && !SourceLexicon.IsTitle(first) && !SourceLexicon.IsTitle(first.TrimEnd('.')) && !own.Contains(first);

    // "McLenney said" may be; "Delegates questioned" (a word also written in lower case) and "African-Americans" (never the
    // subject of a report) are not
    private bool MayBeSurname(SourceEntry e) =>
        e.Kind == SourceKind.Organization && !e.Name.Contains(' ') && !PhraseTokens.IsAcronym(e.Name) && SourceLexicon.NameKindOf(e.Name) is null
        && !WrittenInLowerCase(e.Name) && NameOccurrences.Find(text, e.Name, NameOccurrences.WordBoundary, ReportAfter).Any();

    [GeneratedRegex(@"\G\s+(?:said|says|told|tells|added|adds|wrote|writes)\b")]
    private static partial Regex ReportAfter { get; }

    // One of the same gender anywhere; one of unknown gender only where a sentence or clause opens with them, as the
    // one the text now speaks of ("During an interview, Skaik paused"), not as an object ("expects Clinton to recover").
    private bool OtherPersonNamedIn(SourceEntry entry, int start, int position, Func<char, bool> sameGender, bool pronoun)
    {
        var (own, unknownSince) = (entry.Name.Split(' ')[^1], -1);
        foreach (var word in CapitalisedWord().EnumerateMatches(text.AsSpan(start, position - start)))
        {
            var (at, surname) = (start + word.Index, text.Substring(start + word.Index, word.Length));
            // "... Cullen is a member of Parata's team. ... Parata and his son were called in. He says": the speaker spoken of again
            if (WithoutPossessive(surname) == own && OpensClause(at)) unknownSince = -1;
            // "... that Mr. Trump had shown disrespect ..., and he accused Mr. Trump": one the pronoun's own clause names is not the pronoun
            if (pronoun && WithoutPossessive(surname) != own && NamedInPronounClause(WithoutPossessive(surname), position)) continue;
            // "In Hajek’s case, she ...": another source the text now speaks of, by whose it is, may be meant too
            if (OwnerOf(surname) is { } owner && owner != entry && owner.Kind == SourceKind.Person && sameGender(owner.Gender) && !(pronoun && InOwnReport(entry, at, position))) return true;
            // "Dion’s main focus was her music": the speaker's own possessive is the speaker, no one else's full name
            if (surname != own && WithoutPossessive(surname) == own) continue;
            // "Ivanka Trump" is not Donald Trump: with a given name before it, the surname is only the person so named
            var person = GivenNameBefore(at) is { } given
                ? bySurname.GetValueOrDefault($"{given} {surname}") ?? byName.GetValueOrDefault($"{given} {surname}")
                : bySurname.GetValueOrDefault(surname);
            // "the historian Karl Meier ... Brandt had written ... “Who is she?” Meier recalls thinking. “...,” he said": one the
            // text names in full, not yet a source, opening a clause by surname is the one the text now speaks of
            // ("The", "Both": a word the text also writes in lower case is no surname; "if Mrs. Clinton focused" opens nothing)
            if (person is null && OpensClause(at) && !TitleBefore().IsMatch(text.AsSpan(Math.Max(0, at - 12), at - Math.Max(0, at - 12)))
                && !entry.Name.EndsWith(surname, StringComparison.Ordinal) && firstNames.FullNameOf(surname) is { } fullName && !WrittenInLowerCase(surname))
            {
                if (sameGender(SourceLexicon.GenderOf(fullName.Split(' ')[0]))) return true;
                continue;
            }
            // "Sullivan said ... Obama departs the UK today ... he warned": a word the text never writes in lower case nor gives a
            // given name, opening a sentence before a verb, is someone the text now speaks of, of unknown gender
            if (person is null && OpensSentence(at) && VerbAfter().IsMatch(text, at + surname.Length) && !entry.Name.Contains(surname, StringComparison.Ordinal)
                && SourceLexicon.NameKindOf(surname) is null && !SourceLexicon.Countries.Contains(surname) && !SourceLexicon.IsTitle(surname)
                && !SourceLexicon.IsFirstName(surname) && !IsListedBody(surname) && !WrittenInLowerCase(surname)
                && SourcePhrase.Parse(surname) is { Form: PhraseForm.Named, Descriptor: null } && WrittenInsideSentence(surname))
            {
                unknownSince = at;
                continue;
            }
            // "Lynch" and "Loretta E. Lynch", kept apart when unsure, are no one else
            if (person is null || person.Name.EndsWith(entry.Name.Split(' ')[^1], StringComparison.Ordinal) || !sameGender(person.Gender)) continue;
            if ((person.Gender != '-' || OpensClause(at)) && !(pronoun && (SpokenOf(at, at + surname.Length) || InOwnReport(entry, at, position)))) return true;
        }
        return unknownSince >= 0;
    }

    // "In 2004 she told Oprah, ...", "a fight with Cruz", "“Cruz is a fraud,” Trump said": a person named inside a quotation, or as
    // the object of a verb of telling or of a preposition, is only spoken of; a later "he" or "she" goes on with the current speaker
    // (the subject of the last cue), as news writing does (round 29: PolNeAR train's pronouns left unlinked with such a name between)
    // "Comey’s statement", "Perez and the others": one named as an owner or first of a coordination may be whom the text goes on with
    private bool SpokenOf(int at, int end)
    {
        if (PhraseTokens.IsPossessive(text[at..end]) || OwnerOrConjunctAfter().IsMatch(text, end)) return false;
        var paragraph = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var from = Math.Max(paragraph, at - 60);
        return Attributions.Quotation.OpenIn(text.AsSpan(paragraph, at - paragraph)) || ObjectBefore().IsMatch(text.AsSpan(from, at - from))
            || RoleObjectBefore().Match(text, from, at - from) is { Success: true } described && IsPersonRole(described.Groups["role"].Value);
    }

    // "Rivas criticized Tulsa, Okla., police officer Ann Shelby", "praised Fox News host Ann Kelly": the object's place in commas and
    // its role, in lower case, between the verb and the name; only a person's role ends the run ("told reporters that Shelby had
    // left" names Shelby as a clause's subject, not as the one told), and only a verb opens it ("with Republican nominee Ann Kelly
    // leading the pack" makes her the subject of what follows)
    [GeneratedRegex(@"\b(?:" + ObjectVerbs + @")[ \t]+(?:\p{Lu}[\p{L}.'’-]*,[ \t]+){0,2}(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}(?:(?!(?:that|who|which|whom|whose|and|or|but|the|a|an|his|her|their|its|to|of|for|by|with|from|in|on|at|as|if|when|while|because)\b)\p{Ll}[\p{L}-]*[ \t]+){0,2}(?<role>\p{Ll}[\p{L}-]*)[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}$")]
    private static partial Regex RoleObjectBefore();

    private static bool IsPersonRole(string word) =>
        SourceLexicon.DescriptorOf(word) is { Kind: SourceKind.Person, IsGroup: false } || SourceLexicon.IsSubjectRole(word) || SourceLexicon.IsTitle(word);

    [GeneratedRegex(@"\G(?:['’]s?\b|[ \t]+and\b)")]
    private static partial Regex OwnerOrConjunctAfter();

    // a verb of telling or meeting, or a preposition, then up to two capitalised words (a title, a given name) before the name; not
    // "asked" or "interviewed": "Dunford asked Admiral Harris ... “...,” he said" is the one asked answering
    private const string ObjectVerbs = "told|tell|tells|telling|thanked|praised|attacked|criticized|criticised|criticize|criticise|blamed|accused|met|joined|endorsed|called|defended";

    private const string ObjectOpening = @"\b(?:" + ObjectVerbs + @"|to|with|by|for|of|about|against|from|than|like|toward|towards|between|at|on)[ \t]+";

    [GeneratedRegex(ObjectOpening + @"(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}$")]
    private static partial Regex ObjectBefore();

    private string? GivenNameBefore(int at)
    {
        var match = WordBefore().Match(text[Math.Max(0, at - 30)..at]);
        return match.Success && !SourceLexicon.IsTitle(match.Groups[1].Value) ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\b(\p{Lu}[\p{L}'’-]*)[ \t]+$")]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev|St)\.[ \t]+$")]
    private static partial Regex TitleBefore();

    [GeneratedRegex(@"\G[ \t]+(?:(?:has|had|is|was|will|also)[ \t]+)?\p{Ll}+(?:s|ed)\b")]
    private static partial Regex VerbAfter();

    // "President Orrefeld's visit": a word the text also capitalises inside a sentence is a name ("Neighbouring countries" is not)
    private bool WrittenInsideSentence(string word) =>
        NameOccurrences.Find(text, word, NameOccurrences.WordBoundary, NameOccurrences.WordBoundary).Any(o => !OpensSentence(o.Index));

    // after a line break, or a sentence's end (with a quotation's closing mark after it); not after a title ("Mrs. Clinton")
    private bool OpensSentence(int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(" \t");
        if (before.IsEmpty || before[^1] == '\n') return true;
        if (TitleBefore().IsMatch(text.AsSpan(Math.Max(0, at - 12), at - Math.Max(0, at - 12)))) return false;
        before = before.TrimEnd("”\"’'");
        return before.Length > 0 && before[^1] is '.' or '!' or '?';
    }

    private bool OpensClause(int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        return before.IsEmpty || before[^1] is '.' or ',' or '!' or '?' or '"' or '”' or '\n';
    }

    private bool OtherBodyNamedIn(SourceEntry entry, int position)
    {
        var start = entry.LastSeenEnd;
        if (position <= start) return false;
        foreach (var run in CapitalisedRun().EnumerateMatches(text.AsSpan(start, position - start)))
        {
            var name = text.Substring(start + run.Index, run.Length);
            if (name.StartsWith("The ", StringComparison.Ordinal)) name = name[4..];
            if (!SourceLexicon.Countries.Contains(name) && SourceLexicon.NameKindOf(name) is not null
                && !entry.Name.Contains(name, StringComparison.Ordinal) && !name.Contains(entry.Name, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // "The masks were kept at the Kobe Red Cross Hospital, officials at the institution said": the one body of the description's
    // kind named by its name's words before it in its own sentence, or null (none, or two: "Acme sued Birch Bank, the company said")
    private SourcePhrase? BodyNamedInSentence(SourceKind kind, int position)
    {
        var start = SentenceStart(position);
        var bodies = CapitalisedRun().Matches(text[start..position]).Select(m => m.Value.StartsWith("The ", StringComparison.Ordinal) ? m.Value[4..] : m.Value)
            .Where(n => !SourceLexicon.Countries.Contains(n) && SourceLexicon.NameKindOf(n) == kind).Distinct().ToList();
        return bodies is [var only] && SourcePhrase.Parse(only) is { Form: PhraseForm.Named } named ? named : null;
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|for|the|and)[ \t]+)*\p{Lu}[\p{L}'’-]*)*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]+")]
    private static partial Regex CapitalisedWord();

    private static string WithoutPossessive(string word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’' ? word[..^2] : word.Length > 2 && word[^1] is '\'' or '’' ? word[..^1] : word;

    private SourceEntry? OwnerOf(string word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’' ? bySurname.GetValueOrDefault(word[..^2]) : null;
}
