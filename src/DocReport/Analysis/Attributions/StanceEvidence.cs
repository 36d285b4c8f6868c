using System.Text.RegularExpressions;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// What shows that a verb of criticism, praise or defence tells speech (<see cref="StanceVerbs"/>), in the verb's clause: what it
/// reports set before its speaker ("“Nonsense,” Lee scoffed"); a quotation after the verb ("fired back: “...”", "praised Ray for
/// showing “courage”"), not a title ("praised “Moonlight”"); a verb of saying after it ("slammed the plan, saying ...", "took aim
/// at Ray, calling him ...", "attacked her by reminding voters that ..."); an "as" giving the words of the judgement ("blasted
/// the bill as a giveaway", "mocked him as “obsessed”"; not a role: "defended his record as a senator"); a reported question or
/// proposition ("questioned whether ...", "questioned how ...", "dismissed the idea that ..."); or a medium of speech ("in a statement", "on Twitter",
/// "during the debate", "from the Senate floor"), after the verb, in its cue or opening the sentence.
/// </summary>
internal static partial class StanceEvidence
{
    // where the verb's clause ends: a semicolon, or a comma before a clause of its own ("..., while Democrats defended ...")
    [GeneratedRegex(@";|,\s+(?:but|while|whereas|although|though|even\s+as)\s|\s—\s")]
    private static partial Regex ClauseBreak();

    // what was said set off before its speaker by a comma or a closing quotation mark ("“Nonsense,” Lee scoffed")
    [GeneratedRegex(@"^.?[\s,”""’']*$(?<=[,”""’'][\s,”""’']*)")]
    private static partial Regex SetOff();

    [GeneratedRegex(@"(?:,\s*(?:\p{Ll}+ly\s+)?|\bby\s+)(?:saying|calling|adding|writing|telling|arguing|noting|declaring|insisting|claiming|asserting|charging|describing|suggesting|warning|contending|complaining|dubbing|labell?ing|branding|quipping|joking|tweeting|stating|explaining|stressing|accusing|reminding|pointing\s+out|asking)\b")]
    private static partial Regex SayingAfter();

    // the object, then "as" and the judgement: an article, "too", "being", a quotation or an adjective ("as reckless"); a
    // possessive's noun before "as a" is a role ("his record as a senator"), and "as a result" is no judgement
    [GeneratedRegex(@"^\s+(?!(?:his|her|their|its|my|our|your)\s+\S+\s+(?:[^\s,.;:]+\s+){0,4}?as\s+an?\s)(?:[^\s,.;:]+\s+){1,6}?as\s+(?!an?\s+(?:result|whole|way|means|part|matter|example|reminder)\b)(?:an?\s|too\s|being\s|[“""‘]|''|\p{Ll}+(?:ous|ive|ful|less|ic|ical|ent|ant|able|ible|ish|ary|ory|ed)\b)")]
    private static partial Regex AsJudgement();

    [GeneratedRegex(@"^\s+(?:(?:the|his|her|their|its|\p{Lu}[\p{L}.'’-]*['’]s?)\s+)?(?:(?:idea|notion|claim|suggestion|assertion|argument|contention|premise|charge|allegation)s?\s+that|whether|why|how)\b")]
    private static partial Regex Proposition();

    // a medium of speech: "in a statement", "in an interview with CNN", "during Thursday's debate", "on Twitter", "on ''This Week''"
    [GeneratedRegex(@"\b(?:(?i:in|during|at|through|via|over|from)\s+(?:(?:an?|the|his|her|their|its|this|that|[\p{L}.]+['’]s?)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:statements?|interviews?|speech(?:es)?|remarks|address|tweets?|posts?|op-ed|column|letters?|e-?mails?|memo|videos?|ads?|advertisements?|debates?|town\s+halls?|(?:news|press)\s+conferences?|briefings?|hearings?|testimony|podcast|broadcast|blog|commentary|editorial|essay|conference\s+call|call\s+with\s+reporters|floor)|(?i:on)\s+the\s+(?:\p{Lu}\p{L}+\s+)?floor|(?i:on)\s+(?:Twitter|Facebook|Instagram|YouTube|television|TV|radio|(?:[\p{Lu}][\p{L}.]*['’]s\s+)?(?:[“""‘]|'')))\b")]
    private static partial Regex Medium();

    [GeneratedRegex(@"^(?!.*\b(?:who|which|that)\b)\s*[^;]{1,100},[”""'’]*\s*$")]
    private static partial Regex OpeningPhrase();

    /// <summary>True when the stance cue's clause shows that it tells speech.</summary>
    public static bool Shows(string text, FoundAttribution f, IReadOnlyList<Quotation> quotations)
    {
        var clauseEnd = ClauseBreak().Match(text, f.Cue.End, f.Sentence.End - f.Cue.End) is { Success: true } m ? m.Index : f.Sentence.End;
        var after = text[f.Cue.End..Math.Max(f.Cue.End, clauseEnd)];
        // the verb's own phrase: up to the first comma, colon or dash ("who is challenging the chair in Florida, received ... in an email")
        var near = after.IndexOfAny([',', ':', '—', '(']) is var stop and >= 0 ? after[..stop] : after;
        // a phrase opening the sentence, set off by a comma before the subject ("In a statement on Friday, Lee ...")
        var opening = text[f.Sentence.Start..Math.Max(f.Sentence.Start, Math.Min(f.Source.Start, f.Cue.Start))] is var lead && OpeningPhrase().IsMatch(lead) ? lead : "";
        return f.Content.End <= Math.Min(f.Source.Start, f.Cue.Start) && f.Content.Start >= f.Sentence.Start && SetOff().IsMatch(text[Math.Max(f.Sentence.Start, f.Content.End - 1)..f.Source.Start])
            || quotations.Any(q => q.Start >= f.Cue.End && q.Start < clauseEnd && !IsTitle(text, q))
            || SayingAfter().IsMatch(after) || AsJudgement().IsMatch(near) || Proposition().IsMatch(near)
            || Medium().IsMatch(near) || Medium().IsMatch(opening) || Medium().IsMatch(f.Cue.Text);
    }

    // "praised “Moonlight”", "mocked “The Apprentice”": a quotation whose words all open with a capital names a work, not what was said
    private static bool IsTitle(string text, Quotation q) =>
        Word().Matches(text[q.Start..q.End]) is { Count: > 0 } words && words.All(w => char.IsUpper(w.Value[0]));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
