using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;

namespace DocReport.Analysis;

/// <summary>
/// Speakers of clauses inside another phrase, whom pointing back to the nearest name gets wrong: a pronoun in a reduced relative
/// clause ("a decision he disclosed") is the sentence's subject, and a verb of saying inside another source's report ("They
/// claimed that Ramdehol had told them") is the outer source's telling, not a statement of the inner subject's.
/// </summary>
internal static partial class InnerSpeakers
{
    // "..., a decision he disclosed", "criticised the plan she announced": a noun with its article right before the pronoun;
    // not after a preposition ("In the interview he said" is a main clause)
    [GeneratedRegex(@"(?<!\b(?i:in|on|at|during|after|before|from|with|by|for|of|to|into|since|until|about)\s+)\b(?:a|an|the|this|that|one|another)\s+(?:(?!(?:that|which|who|whom|and|but|or|when|if|because|as|while|what|where|so|then)\b)[\p{Ll}-]+\s+){0,2}(?!(?:that|which|who|whom|and|but|or|when|if|because|as|while|what|where|so|then)\b)[\p{Ll}-]{3,}\s*$")]
    private static partial Regex NounJustBefore();

    /// <summary>True when the attribution's source is a pronoun opening a clause that describes the noun just before it.</summary>
    public static bool InReducedClause(string text, FoundAttribution f) =>
        f.Phrase is { Form: PhraseForm.Pronoun } && f.Source.End <= f.Cue.Start && f.Source.Start > f.Sentence.Start
        && NounJustBefore().IsMatch(text[f.Sentence.Start..f.Source.Start]);

    /// <summary>
    /// The person the sentence opens with by name ("Mark Lee, who ..., left for a role with Ann Ray, a decision he disclosed"),
    /// when the pronoun fits them; null when the sentence opens otherwise ("The four-term congressman"): unsure who is meant.
    /// </summary>
    public static SourcePhrase? SentenceSubject(string text, FoundAttribution f)
    {
        var opening = OpeningName().Match(text, f.Sentence.Start, f.Source.Start - f.Sentence.Start);
        if (!opening.Success || SourcePhrase.Parse(opening.Value) is not { Form: PhraseForm.Named, LooksLikePerson: true } subject) return null;
        var gender = f.Phrase!.Name switch { "he" => 'm', "she" => 'f', _ => '?' };
        return gender != '?' && (subject.Gender == '-' || subject.Gender == gender) ? subject : null;
    }

    [GeneratedRegex(@"\G\s*(?:(?:[\p{Lu}][\p{L}.'’-]*)\s+){1,5}?\p{Lu}[\p{L}'’-]+(?=\s*[,(]|\s+(?:has|had|is|was|will|said|\p{Ll}+ed)\b)")]
    private static partial Regex OpeningName();

    /// <summary>
    /// True when the attribution's source and cue lie inside what another source of its sentence reports, after a "that" that
    /// opens the report ("They claimed that Ramdehol had told them ..."), right after a speaker's label ("Ann: Bob's team wrote the
    /// code") or after an opening that gives the rest of the sentence to a source ("As the Courier reports, the council announced
    /// ..."): the sentence is the outer source's telling.
    /// </summary>
    public static bool InsideReport(string text, FoundAttribution inner, IEnumerable<FoundAttribution> others) =>
        inner.Phrase is { Form: not PhraseForm.Pronoun } && inner.Source.End <= inner.Cue.Start
        && others.Any(outer => outer != inner && outer.Reports && outer.Sentence.Start == inner.Sentence.Start && outer.Cue.End <= outer.Content.Start
            && outer.Cue.End <= inner.Source.Start && outer.Content.Start <= inner.Source.Start && inner.Cue.End <= outer.Content.End
            && (ThatThenNoBreak().IsMatch(text[outer.Cue.End..inner.Source.Start])
                || outer.Cue.Text == ":" && string.IsNullOrWhiteSpace(text[outer.Cue.End..inner.Source.Start])
                || AsOpening().IsMatch(text[outer.Sentence.Start..outer.Source.Start]) && text[outer.Cue.End..inner.Source.Start].Trim() == ","));

    /// <summary>
    /// True when the attribution's source is another's of its sentence and its cue follows that other's cue after a "that" and
    /// a subject of its own: "Hicks found that many people, young and old, told her ...": who told her is the many people, not
    /// Hicks ("Hicks said that she agreed and told them": a verb joined by "and" is still hers, and so is a participle: "Nitot
    /// said that it was unlikely, citing the rules").
    /// </summary>
    public static bool OuterSubject(string text, FoundAttribution inner, IEnumerable<FoundAttribution> others) =>
        inner.Source.End <= inner.Cue.Start && !Participle().IsMatch(inner.Cue.Text)
        && others.Any(outer => outer != inner && outer.Source.Start == inner.Source.Start && outer.Cue.End <= inner.Cue.Start
            && ThatThenSubject().IsMatch(text[outer.Cue.End..inner.Cue.Start]));

    // "that many people, young and old, ": a "that", then words not ending in a coordinator ("that she agreed and ")
    [GeneratedRegex(@"^\s+that\s+[^“”""‘;:]*\w[^“”""‘;:]*$(?<!\b(?:and|but|or|then|also|that)[\s,]+(?:\w+ly\s+)?)")]
    private static partial Regex ThatThenSubject();

    [GeneratedRegex(@"^\p{L}+ing\b")]
    private static partial Regex Participle();

    [GeneratedRegex(@"^\s*As\s+$")]
    private static partial Regex AsOpening();

    // what lies between the outer cue and the inner source: a "that" opening the report, then no quotation and no clause of its own
    [GeneratedRegex(@"^(?:\s+\S+){0,3}?\s+that\s+(?:(?!,\s+(?:and|but|while|whereas|though)\b)[^“”""‘;])*$")]
    private static partial Regex ThatThenNoBreak();
}
