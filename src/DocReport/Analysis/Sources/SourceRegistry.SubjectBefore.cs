using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that gives a "he" or "she" to the person the sentence right before it opens with, when the current
/// speaker is out of reach for another person of the gender named since: "Ada Lund said the plan was late. Mark Ruiz spoke to
/// reporters outside. He said the budget was fine." is Ruiz's claim.
/// </summary>
internal sealed partial class SourceRegistry
{
    // Round 31 (issue 8): in PolNeAR train the largest bucket of pronouns left unlinked is a "he"/"she" whose current speaker is
    // out of reach for another person of the gender named between, and that person is mostly the subject of the sentence before the
    // pronoun's ("McCain made his remarks ... He recalled"). The person who opens the sentence right before the pronoun's (or before
    // the quotation the pronoun's cue closes) as its subject, outside any quotation and not after a subordinating word, is the one
    // the text goes on with when the pronoun's gender is theirs and no one else of that or an unknown gender, nor a speaker described
    // and never named, is named from them to the pronoun (train: 65 pronouns resolved, all read right; dev unchanged). Anything else
    // stays unresolved, as before.
    // Round 34: a sentence opening with the pronoun itself ("He asked ... He declared") is passed over to the one before it (two at
    // most), and a person named between only as an object, inside a quotation (SpokenOf) or as the subject of what the sentence's
    // subject reports ("Bulgaro said that Mr. Trump had ...") no longer stops the rule (PolNeAR train: 13 more pronouns resolved,
    // all read right).
    private SourceEntry? SubjectOfSentenceBefore(char gender, int position)
    {
        var own = SentenceStart(position);
        // "... Ruiz spoke outside. “It is fine. It is paid for,” he said": the sentence before the quotation's opening mark
        if (ClosedQuotationBefore().IsMatch(text[Math.Max(0, position - 8)..position]))
        {
            var closing = text.LastIndexOfAny(['”', '"'], position - 1);
            var opening = closing > 0 ? text.LastIndexOfAny(['“', '"'], closing - 1) : -1;
            if (opening < 0 || SentenceStart(opening) != opening && text.AsSpan(SentenceStart(opening), opening - SentenceStart(opening)).Trim().Length > 0) return null;
            own = SentenceStart(opening);
        }
        Match subject;
        for (var hop = 0; ; hop++)
        {
            // the sentence before, across the line break that ends a paragraph
            var last = own - 1;
            while (last > 0 && char.IsWhiteSpace(text[last])) last--;
            if (last <= 0 || AfterInitial(last + 1)) return null;
            var start = SentenceStart(last);
            if (AfterInitial(start)) return null;
            own = last + 1;
            var paragraph = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
            if (start >= own || Attributions.Quotation.OpenIn(text.AsSpan(paragraph, start - paragraph))) return null;
            subject = SentenceSubject().Match(text, start, own - start);
            // "He asked them ... He declared": the sentence before that one, twice at most
            if (hop < 2)
            {
                var same = SamePronounOpens().Match(text, start, own - start);
                if (same.Success && (same.Groups["p"].Value == "He" ? 'm' : 'f') == gender) { own = start; continue; }
            }
            break;
        }
        if (!subject.Success || subject.Groups["when"].Success) return null;
        var name = subject.Groups["name"];
        var words = name.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var surname = words[^1];
        bool CouldBeMeant(char other) => other == '-' || other == gender;
        // ("Mr. Lund's aides": the subject's own surname with a possessive is no one else)
        bool Other(string word) => WithoutPossessive(word) is var bare && bare != surname && !words.Contains(bare);
        // no one else of the gender (or of an unknown one) named from the subject on, nor a speaker described and never named
        var since = name.Index;
        // one only spoken of, or the subject of what is reported, is not whom the text goes on with
        // ... unless a pronoun of the gender follows them in their sentence ("Ada Lund met Ivy Marsh, and she soon decided"): then
        // whom the text goes on with is unsure
        bool Spoken(int at, int end) => (SpokenOf(at, end) || ReportedBefore().IsMatch(text.AsSpan(Math.Max(since, at - 40), at - Math.Max(since, at - 40)))
                || InObject(Math.Max(since, at - 40), at, end)) && !PronounFollows(end, position, gender);
        if (people.Between(since, position).Any(n => Other(n.Surname) && CouldBeMeant(n.Gender) && !Spoken(n.Start, n.End))) return null;
        if (entries.Any(e => e.Kind == SourceKind.Person && e.LastSeen >= since && e.LastSeen < position && CouldBeMeant(e.Gender)
            && !e.Name.EndsWith(surname, StringComparison.Ordinal))) return null;
        var after = name.Index + name.Length;
        foreach (var word in CapitalisedWord().EnumerateMatches(text.AsSpan(after, position - after)))
        {
            var written = WithoutPossessive(text.Substring(after + word.Index, word.Length));
            if (Spoken(after + word.Index, after + word.Index + word.Length)) continue;
            if (Other(written) && bySurname.GetValueOrDefault(written) is { Kind: SourceKind.Person } named && CouldBeMeant(named.Gender)) return null;
            // "Similarly, Rubio gave an interview ..., and he condemned": a surname the text gives someone in full elsewhere
            if (Other(written) && !WrittenInLowerCase(written) && firstNames.FullNameOf(written) is { } fullName && SourceLexicon.GenderOf(fullName.Split(' ')[0]) == gender) return null;
        }
        if (AnyBetween(unknownPeople, since, position)) return null;
        if (PersonOfGender(name.Value, gender) is not { } person || NamedInOwnSentence(person, position)) return null;
        return person;
    }

    // Round 41 (issue 8): "Calderon regretted that voters had given Trump a chance at succeeding Barack Obama. “...,” he said",
    // "Trump has not responded to Calderon’s remarks. “...,” he wrote": a name right after a verb's participle or "-ing" form (a
    // title or given name allowed between), or a possessive inside a phrase a preposition or a verb of telling opens, is what the
    // subject's sentence is about, not someone who opens a clause of their own; the subject is still whom the text goes on with.
    private bool InObject(int from, int at, int end) =>
        VerbFormBefore().IsMatch(text.AsSpan(from, at - from))
        || PhraseTokens.IsPossessive(text[at..end]) && ObjectBefore().IsMatch(text.AsSpan(from, at - from));

    // "given", "succeeding", "defeated", then up to two capitalised words; not the adverbs and conjunctions of the form ("when", "then", "even", "often")
    [GeneratedRegex(@"\b(?!(?:when|then|even|often|seven|eleven|been|need|indeed|during|nothing|something|anything|everything)\b)\p{Ll}{2,}(?:ed|ing|en)[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}$")]
    private static partial Regex VerbFormBefore();

    private bool PronounFollows(int end, int position, char gender)
    {
        var stop = text.IndexOfAny(['.', '!', '?'], end);
        if (stop < 0 || stop > position) stop = position;
        return (gender == 'f' ? Her() : Him()).IsMatch(text.AsSpan(end, stop - end));
    }

    [GeneratedRegex(@"\b(?:she|her|hers|herself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Her();

    [GeneratedRegex(@"\b(?:he|him|his|himself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Him();

    // "He asked them to ... He declared": the pronoun opening a sentence, before its verb
    [GeneratedRegex(@"\G\s*(?:(?:And|But|So|Yet)\s+)?(?<p>He|She)\s+(?:(?:has|had|was|is|will|would|also|then|later)\s+)?\p{Ll}+\b")]
    private static partial Regex SamePronounOpens();

    // "Bulgaro said that Mr. Trump had generated excitement": a reporting verb (and "that") right before the name, a title or given
    // name allowed between
    [GeneratedRegex(@"\b(?:said|says|added|adds|argued|argues|noted|notes|thinks|thought|believes|believed|insisted|insists|claimed|claims|warned|warns|acknowledged|conceded|complained|predicted|suggested|agreed|explained|recalled|say|think|believe|argue|insist|claim)[ \t]+(?:that[ \t]+)?(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,2}$")]
    private static partial Regex ReportedBefore();

    // "President Vladimir V. Putin of Russia", "in Washington D.C. He recalled": a full stop after a single capital is an initial's,
    // and what follows it opens no sentence one can read a subject from
    private bool AfterInitial(int start)
    {
        var end = start - 1;
        return end >= 2 && text[end] == '.' && char.IsUpper(text[end - 1]) && !char.IsLetter(text[end - 2]);
    }
}
