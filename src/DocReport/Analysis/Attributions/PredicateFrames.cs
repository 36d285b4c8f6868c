using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// A verb no cue list holds ("conceded", "quipped", "scoffed") is read as a cue by its frame, in a sentence where neither the tagger
/// nor the rules found one: it takes a that-clause whose own subject follows ("Lee conceded that the plan failed"), a colon or a
/// comma before what is said ("Lee scoffed: “...”"), or stands after the quotation it is handed ("“...,” Lee quipped."). The subject
/// and the content are read as for a listed verb (<see cref="AttributionRules.Verb"/>). Round 41 counted 650 different verbs among
/// the PolNeAR sources missed where no cue was found, most of them once: the frame, not the word, tells the report.
/// </summary>
internal static partial class PredicateFrames
{
    // A finite verb by its form: a past or third-person present in -ed or -s, or a common irregular past; not a function word, an
    // adverb or a noun the form fits ("news", "indeed", "hundred")
    private const string Verb = @"(?:(?!(?:is|was|has|does|this|thus|his|its|us|as|less|unless|news|always|perhaps|sometimes|indeed|hundred|sacred|naked|wicked|hatred|kindred)\b)\p{Ll}[\p{Ll}-]{2,}(?<!ss)(?:ed|s)|thought|knew|felt|wrote|saw|heard|found|held|understood|swore|taught|meant|spoke|told)";

    // (a) "conceded that the plan", "confided to her that he", "They resent that Turkey": "that" then the clause's own subject (a
    // pronoun, a determiner, a quantifier, a name, a number, a conjunction opening a clause), so a relative "that" with a gap ("the plan
    // that failed") is no frame, and "so that", "now that", "given that", "such that", "the fact that" have no verb form before "that";
    // a plain present ("resent") only after "they", where it can be nothing else
    [GeneratedRegex(@"(?:\b" + Verb + @"|(?<=\b[Tt]hey\s+)\p{Ll}{3,}|(?<=\b(?:is|are|was|were)\s+)\p{Ll}{3,}ing)(?=(?:\s+(?:to\s+)?(?:him|her|them|us|me))?\s+that\s+(?:(?:he|she|it|they|we|you|there|the|a|an|his|her|their|its|our|this|these|those|some|many|most|no|none|all|both|neither|few|several|each|every|any|one|two|nobody|everyone|someone|nothing|if|when|once|because|although|while|unless|even|only)\b|\p{Lu}|\d))")]
    private static partial Regex BeforeThat();

    // (a, b) "scoffed: “...”", "wrote: The plan failed", "quipped, “...”": a colon before a quotation or a capital, a comma before a quotation
    [GeneratedRegex(@"\b" + Verb + @"(?=\s*(?::\s*[“""‘\p{Lu}]|,\s*[“""]))")]
    private static partial Regex BeforeColon();

    // (b) "“...,” Lee quipped." and "“...,” quipped Lee.": the verb after a quotation the sentence closes with its own mark (",”", ".”"),
    // not a word set in quotation marks ("the “manji” symbol"), with a subject of a few words or none between (the rules then read the
    // subject and what follows, and keep only what ends the sentence)
    [GeneratedRegex(@"(?<=[,.!?…]\s*[”""]\s*(?:[^\s.;:!?“”""]+\s+){0,6})" + Verb + @"\b")]
    private static partial Regex AfterQuotation();

    /// <summary>The attributions framed in the sentences of <paramref name="article"/> no cue was found in.</summary>
    public static IEnumerable<FoundAttribution> Find(Article article, IReadOnlyList<Quotation> quotations, IReadOnlySet<string> cued)
    {
        var text = article.Text;
        var firstOpen = 0;
        foreach (var sentence in article.Paragraphs.SelectMany(p => p.Sentences))
        {
            while (firstOpen < quotations.Count && quotations[firstOpen].End <= sentence.Start) firstOpen++;
            if (cued.Contains(sentence.Id)) continue;
            var inSentence = quotations.Skip(firstOpen).TakeWhile(q => q.Start < sentence.End).Where(q => q.Overlaps(sentence.Start, sentence.End)).ToList();
            if (Framed(text, sentence, inSentence) is { } found) yield return found;
        }
    }

    private static FoundAttribution? Framed(string text, Sentence sentence, List<Quotation> quotations)
    {
        var before = In(BeforeThat(), text, sentence).Concat(In(BeforeColon(), text, sentence)).Select(m => (Cue: m, Handed: false));
        var after = In(AfterQuotation(), text, sentence).Select(m => (Cue: m, Handed: true));
        foreach (var (cue, handed) in before.Concat(after).OrderBy(c => c.Cue.Index))
        {
            // a verb inside a quotation is the speaker's word
            if (quotations.Any(q => q.Start < cue.Index && cue.Index < q.End)) continue;
            if (AttributionRules.Verb(text, sentence, cue, quotations) is not { } found || !AcceptsSubject(text, sentence, found)) continue;
            // after a quotation the verb must be handed it: what it reports ends before it ("“...” the report contains" is no frame)
            if (handed && found.Content.End > found.Cue.Start) continue;
            var read = found.Classified(true);
            return handed || HandsQuotation(text, found) ? read with { Kind = AttributionKind.Speech, Reports = true } : read;
        }
        return null;
    }

    // "scoffed: “...”", "quipped, “...”": a quotation after the verb's colon or comma is speech, whatever the verb
    private static bool HandsQuotation(string text, FoundAttribution f) => QuotationNext().IsMatch(text, f.Cue.End);

    [GeneratedRegex(@"\G\s*[:,]\s*[“""]")]
    private static partial Regex QuotationNext();

    // the matches inside the sentence only: a rule run per sentence must not read the rest of the text
    private static IEnumerable<Match> In(Regex frame, string text, Sentence sentence)
    {
        for (var m = frame.Match(text, sentence.Start, sentence.End - sentence.Start); m.Success; m = m.NextMatch()) yield return m;
    }

    // a source the subject reader accepts, not a possessive ("Lee's aides" is read up to "Lee's") nor "it", "there", a relative or the writer's "I", "we", "you", nor
    // a clause ("Democrats are getting two-thirds of the primary | votes that they"): a verb in it, or more than six words; nor the
    // subject of a clause that opens with "after", "when", "as" (an event told)
    private static bool AcceptsSubject(string text, Sentence sentence, FoundAttribution f) =>
        f.Phrase is not null && !NoSource().IsMatch(f.Source.Text) && !ClauseReader.IsEmbedded(text, sentence.Start, f.Source.Start);

    [GeneratedRegex(@"(?:['’]s?|^(?i:it|there|this|that|which|who|what|these|those|I|we|you))$|\b(?i:is|are|was|were|has|have|had|do|does|did|will|would|can|could|should|may|might|must)\b|^(?:\S+\s+){6,}\S+$")]
    private static partial Regex NoSource();
}
