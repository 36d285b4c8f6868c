using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Reads who a whole source span names. Annotated spans carry what identifies the source ("Sterling Pratt, wine
/// director at Schaefer’s", "Carlineo's attorney, Sonya Zoghlin", "The company, Voltaris"): of the span's
/// comma-separated parts, a person's name comes first, then any other name, then a description; relative
/// clauses ("who has ...") and opening adverbials ("Speaking in the Commons, Obi") are left out.
/// </summary>
internal static partial class SourceSpanReader
{
    [GeneratedRegex(@"\s*(?:,(?!\d)|—|–|\(|\))\s*")]
    private static partial Regex Separator();

    // A relative clause ("who has ...") or an opening adverbial ("Speaking in the Commons", "In a statement") names nobody.
    [GeneratedRegex(@"^(?:(?:(?i:who|which|whose|that|whom)|In|On|At|During|After|Before|Since|As|While|When|Asked|Speaking|Writing|Responding|Addressing)\b|\p{Lu}\p{Ll}+ing\s+\p{Ll})")]
    private static partial Regex NamesNobody();

    // "health officials this week", "the ministry on Friday": when it was said is not who said it.
    [GeneratedRegex(@"\s+(?:(?:this|last|next|earlier|later)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight)\s*$")]
    private static partial Regex TrailingTime();

    // "Dion adamantly", "Mr. Rubio only briefly": how or when someone spoke, written between the speaker and the verb, is not who
    // spoke; a noun in "-ly" ("the Lee family", "a close ally", "the weekly", "a CNN tally") is
    [GeneratedRegex(@"(?:\s+(?:only|also|then|now|still|just|(?!(?:family|ally|assembly|rally|supply|monopoly|anomaly|bully|reply|tally|daily|weekly|monthly|quarterly|fly)\b)\p{Ll}{2,}ly))+\s*$")]
    private static partial Regex TrailingAdverbs();

    // "the House of Commons by a string of Tory MPs": the agent after a passive's "by" is who speaks.
    [GeneratedRegex(@"^.+?\s+by\s+(?=\S)")]
    private static partial Regex BeforeAgent();

    // "according to the results of the latest Quinnipiac University poll", "the findings of a Gallup survey": what a document found
    // is the document's to tell (only a document after it: "the results of the election" names no one)
    [GeneratedRegex(@"^(?i:the\s+)?(?:(?:latest|new|full|final|preliminary|initial)\s+)?(?:results|findings)\s+of\s+(?=\S)")]
    private static partial Regex FindingsOf();

    // "Axios' Kaveh Waddell reports:", "The IPCC report states:" where the colon was tagged as the cue: the reporting verb is not part of the name.
    [GeneratedRegex(@"\s+(?:reports|says|writes|notes|adds|explains|tells|told|said|wrote|added|states|stated|argues|argued|warns|warned|concludes|concluded)\W*$")]
    private static partial Regex TrailingReportingVerb();

    // "according to local news reports", "Many reports suggest": a plural of a document noun after a determiner or a word in lower
    // case that names no source ("agency reports:" is the agency reporting) is what is cited, not a verb
    private static bool NounOfDocuments(string span) =>
        PhraseTokens.Of(span) is [.., var before, var last]
        && (SourcePhraseParser.IsDeterminer(before) || before.All(char.IsLower) && SourceLexicon.DescriptorOf(before) is null)
        && last.EndsWith('s') && SourceLexicon.DescriptorOf(last) is { Kind: Model.SourceKind.Document };

    // "air displacement plethysmography (ADP) estimates": the short form of a term in lower case names a method, not a body.
    [GeneratedRegex(@"^[\p{Ll}\s-]+\(\p{Lu}{2,}s?\)$")]
    private static partial Regex AbbreviatedTerm();

    public static SourcePhrase? Read(string span)
    {
        if (AbbreviatedTerm().IsMatch(span.Trim())) return null;
        span = TrailingAdverbs().Replace(TrailingTime().Replace(span, ""), "");
        if (FindingsOf().Match(span) is { Success: true } findings && SourcePhrase.Parse(span[findings.Length..]) is { Descriptor.Kind: Model.SourceKind.Document }) span = span[findings.Length..];
        if (!NounOfDocuments(span)) span = TrailingReportingVerb().Replace(span, "");
        if (BeforeAgent().Match(span) is { Success: true } before && SourcePhrase.Parse(before.Value[..before.Value.LastIndexOf(" by", StringComparison.Ordinal)]) is not { Descriptor.Kind: Model.SourceKind.Document })
            span = span[before.Length..];
        // "the mayor of Oakland, California", "a woman in Worcester, Massachusetts": a state or country set after a comma is where the
        // place before it lies, not who speaks
        var parts = Separator().Split(span).Where((p, i) => p.Length > 0 && (i == 0 || !IsPlace(p))).ToList();
        if (NamedExamples(parts) is { } examples) return examples;
        var phrases = parts.Where(p => !NamesNobody().IsMatch(p)).Select(SourcePhrase.Parse).OfType<SourcePhrase>().ToList();
        // "a spokesperson for the Universities and Colleges Employers' Association (UCEA)": who speaks for a named body
        // is read with the body, so that "he said" afterwards can find them again
        return (parts.Any(NamesNobody().IsMatch) ? null : LastOfTwoPeople(parts, phrases)) ?? phrases.FirstOrDefault(p => p.LooksLikePerson)
            ?? phrases.FirstOrDefault(p => p is { Form: PhraseForm.Descriptor, Descriptor.SpeaksFor: true, Owner.Form: PhraseForm.Named })
            ?? ApposedPerson(parts, phrases)
            ?? phrases.FirstOrDefault(p => p.Form == PhraseForm.Named)
            ?? phrases.FirstOrDefault()
            ?? SourcePhrase.Parse(span);
    }

    private static bool IsPlace(string part) => SourceLexicon.States.Contains(part) || SourceLexicon.Countries.Contains(part);

    // "Proponents, including the United States Conference of Mayors,", "supporters, such as Sen. Ann Lee, R-Ohio, and Tom Pell": the
    // ones a group is shown by, when named, are who is cited, not the group; "Rubio, like Tilton," compares two people
    private static SourcePhrase? NamedExamples(List<string> parts)
    {
        var opening = parts.FindIndex(1, p => ExampleOpening().IsMatch(p));
        if (opening < 0 || SourcePhrase.Parse(parts[0]) is not { Form: PhraseForm.Descriptor }) return null;
        var examples = ExampleOpening().Replace(parts[opening], "");
        // a second example after the first one's party and state ("R-Tenn."): "and Lindsey Graham"; the examples end the subject
        // ("banned news organizations, including The Post, from": a span the tagger ran on past it names no one by them)
        var rest = parts.Skip(opening + 1).Where(p => !PartyAndState().IsMatch(p.Trim())).ToList();
        if (rest is [var next] && next.StartsWith("and ", StringComparison.Ordinal)) examples += " " + next;
        else if (rest.Count > 0) return null;
        // "including one from Monmouth University": an example written as a name, not a thing from someone
        return PhraseTokens.Of(examples) is [var first, ..] && (PhraseTokens.IsCapitalized(first) || first == "the" || SourceLexicon.IsTitle(char.ToUpperInvariant(first[0]) + first[1..]))
            && SourcePhrase.Parse(examples) is { Form: PhraseForm.Named } named ? named : null;
    }

    [GeneratedRegex(@"^(?:including|such as|like)\s+(?=\S)")]
    private static partial Regex ExampleOpening();

    // "R-Tenn.", "D-N.J.", "R", "Ariz.": a lawmaker's party and state set after the name
    [GeneratedRegex(@"^(?:[RDI](?:-\p{Lu}[\p{L}.]*)?|\p{Lu}[\p{L}.]*\.)$")]
    private static partial Regex PartyAndState();

    // "... which was credited to her and the writer Ann Lee, Mia Ford replied": of two people's full names the span runs through, the
    // one that ends it, next to the verb, is the subject; the one before ends a clause the span began inside. Not after a relative
    // clause ("Yu Zhang, who studies at the University of California, Berkeley"), where the last name is the clause's, and only when
    // the span begins inside that clause, in lower case: a span that opens with a name ("Ann Lee, a dermatologist and the founder
    // Skin Atlas", "Ann Lee, Group President, Lantern Hotels Corporation") is a person and the titles set beside her.
    private static SourcePhrase? LastOfTwoPeople(List<string> parts, List<SourcePhrase> phrases) =>
        parts is [var first, ..] && first.TrimStart() is [var initial, ..] && char.IsLower(initial)
        && phrases is [.., var last] && last is { LooksLikePerson: true } && last.Name.Contains(' ') && phrases.Count(p => p.LooksLikePerson) > 1 ? last : null;

    // "Kiki Dorne, a spokeswoman for the campaign", "Khin Zaw Aung, an activist": a name described as a person is one, whatever
    // its words (a given name no list holds is typed a body otherwise); a surname alone described as one of a kind of people
    // ("Simmons, an Obama supporter") is left to the registry, which finds the full name it stands for
    private static SourcePhrase? ApposedPerson(List<string> parts, List<SourcePhrase> phrases) =>
        phrases.FirstOrDefault(p => p.Form == PhraseForm.Named) is { Descriptor: null } named
        && (phrases.FirstOrDefault(p => p is { Form: PhraseForm.Descriptor, Descriptor.Kind: Model.SourceKind.Person })
            ?? (named.Name.Contains(' ') ? OneOfPeople(parts) : null)) is { } person
            ? named with { Descriptor = person.Descriptor, HasTitle = true }
            : null;

    // "a friend of the family", "an activist", "a longtime strategist": one of a kind of people, written with "a" or "an" (the plural
    // "activists", and a body's "a group of activists", describe no one person)
    private static SourcePhrase? OneOfPeople(List<string> parts) =>
        parts.Where(p => OneOf().IsMatch(p)).Select(SourcePhrase.Parse).FirstOrDefault(p => p is { Form: PhraseForm.Descriptor, Descriptor.IsPeople: true }
            && !p.Name.EndsWith('s'));

    [GeneratedRegex(@"^(?:a|an)\s")]
    private static partial Regex OneOf();
}
