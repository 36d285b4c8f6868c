using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "Torres declared his retirement just three days before the deadline", "Lipinski announced a resignation in
/// mid-August", "Bennett posted photos of herself": a verb that can report, with a plain noun object naming an act or a
/// thing (no that-clause, no quotation, no reporting noun such as "a statement"), narrates what someone did; nothing is
/// attributed. After "announced" or "declared" the noun must name one's own act ("declared a state of emergency" cites). "announced that ...", "announced the plant will close" and "posted a statement" still report.
/// So too "Hasib called the police", "the team that wrote the software", "answered questions on the forum": to call someone
/// or write, reply or answer a thing that is no message is a deed; "called it a disgrace", "called the plan reckless",
/// "wrote a letter", "wrote that ...", "wrote in a letter", "replied they ..." and a quotation after the verb or just before its
/// speaker still report.
/// "Informed" with only whom and of what ("informed the ministry of the arrest") tells that someone was told, not what.
/// </summary>
internal static partial class ActObject
{
    // The cue ends in a verb whose object can be an act; then a short noun phrase, ended by punctuation, a preposition or
    // a time word, not by an auxiliary soon after ("the plant in Ohio will close" is a clause; lower case: "in May")
    [GeneratedRegex(@"\b(?:(?<proclaim>announc|declar)|post|unveil|shar)(?:e|es|ed|ing)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ActVerb();

    // After "announced" or "declared", only a noun of one's own act ("his retirement", "a resignation", "her candidacy",
    // "his departure"): "declared a state of emergency", "announced a curfew" proclaim something, and cite the one who did
    [GeneratedRegex(@"(?:ment|tion|sion|acy|ure)s?$")]
    private static partial Regex ActNoun();

    [GeneratedRegex(@"^\s+(?:(?:his|her|their|its|a|an|the|my|our|your)\s+)?(?:[a-z][a-z-]*\s+){0,2}?(?<head>[a-z][a-z-]*)(?=\s*(?:$|[.,;])|\s+(?:of|in|on|at|for|from|with|after|before|during|since|until|by|just|then|last|this|next|earlier|later|and)\b)")]
    private static partial Regex NounObject();

    [GeneratedRegex(@"\binform(?:s|ed|ing)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotifyVerb();

    // "has informed the ministry of the arrest", "informed me as governor": whom and of what, up to the clause's end, with no
    // that-clause, question word, quotation or verb of its own, tells that someone was told, not what
    private static bool Notifies(string after)
    {
        var clause = after.IndexOfAny(['.', ',', ';', '!', '?']) is var end and >= 0 ? after[..end] : after;
        return clause.IndexOfAny(['“', '"', ':']) < 0 && !ToldWhat().IsMatch(clause);
    }

    [GeneratedRegex(@"\b(?:that|whether|if|how|what|why|when|where|who|which|about|will|would|is|are|was|were|has|have|had|could|can|should|may|might|must|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToldWhat();

    [GeneratedRegex(@"^(?:\W*\w+){0,2}?\W*\b(?:will|would|is|are|was|were|has|have|had|could|can|should|may|might|must|did|does)\b")]
    private static partial Regex VerbSoon();

    private static readonly HashSet<string> NotHeads = new(StringComparer.OrdinalIgnoreCase)
        { "that", "this", "it", "he", "she", "they", "we", "i", "you", "there", "what", "how", "why", "when", "whether", "who", "plans", "plan" };

    public static bool Narrates(string text, FoundAttribution f) => Announces(text, f.Cue) || Deed(text, f);

    private static bool Announces(string text, Span cue)
    {
        if (NotifyVerb().IsMatch(cue.Text)) return Notifies(text[cue.End..Math.Min(text.Length, cue.End + 200)]);
        var verb = ActVerb().Match(cue.Text);
        if (!verb.Success) return false;
        var after = text[cue.End..Math.Min(text.Length, cue.End + 200)];
        var sentence = after.IndexOfAny(['.', '!', '?']) is var end and >= 0 ? after[..end] : after;
        var m = NounObject().Match(sentence);
        if (!m.Success || sentence.IndexOfAny(['“', '"', ':']) >= 0) return false;
        var head = m.Groups["head"].Value;
        if (verb.Groups["proclaim"].Success && !ActNoun().IsMatch(head)) return false;
        return !NotHeads.Contains(head) && !ReportingCues.IsReportingNoun(head) && !VerbSoon().IsMatch(after[m.Length..]);
    }

    // the cue ends in a form of call, write, reply or answer, or in one and an adverb the tagger took with it ("wrote only")
    [GeneratedRegex(@"\b(?:(?<call>call|calls|called|calling)|wrote|writes?|writing|written|repl(?:y|ies|ied|ying)|answer(?:s|ed|ing)?)(?:\s+(?:only|just|also|even|never|\p{Ll}+ly))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeedVerb();

    // a plain object: a determiner, up to four words with no second determiner ("called the plan a disaster" names; an amount
    // such as "$500,000" is a word: "wrote a $500,000 check to a super PAC" is a deed), its
    // head, then the sentence's end, a dash ("wrote one amendment - after ..."), a preposition, a conjunction, a time word or a
    // relative "that" with no subject of its own ("wrote his own title that switched the metaphor"; "wrote the council that it
    // would" reports)
    [GeneratedRegex(@"^\s+(?!(?:to|on|in|at|for|with|about|by|that|back|out|up|upon|off|over|into|from|i|he|she|we|they|it|there)\b)(?:(?:his|her|their|its|a|an|the|my|our|your|some|several|many|\d[\d,]*)\s+)?(?:(?!(?:a|an|the|that|this|it)\b)[$£€]?[\p{L}\d](?:[\p{L}\d'’.-]|,(?=\d))*\s+){0,4}?(?<head>[\p{L}\d][\p{L}\d'’-]*)(?=\s*(?:$|[.,;)—–])|\s+-\s|\s+(?:of|in|on|at|for|from|with|to|after|before|during|since|until|by|while|when|as|and|but|so|just|then|last|this|next|earlier|later|yesterday|today|that\s+(?:\p{Ll}+ed|was|were|is|are|has|had|will|would|could|can))\b)")]
    private static partial Regex PlainObject();

    // What is written or answered and is itself a message, beside the reporting nouns ("letter", "post", "statement" are there)
    private static readonly HashSet<string> MessageNouns = new(StringComparer.OrdinalIgnoreCase)
        { "note", "notes", "emails", "e-mails", "messages", "memos", "letters", "column", "columns", "op-ed", "editorial", "essay", "text", "texts", "following" };

    private static readonly HashSet<string> Recipients = new(StringComparer.OrdinalIgnoreCase) { "me", "him", "her", "us", "them", "you" };

    private static bool Deed(string text, FoundAttribution f)
    {
        var verb = DeedVerb().Match(f.Cue.Text);
        if (!verb.Success || f.Source.Start > f.Cue.Start || QuotedJustBefore().IsMatch(text[f.Sentence.Start..f.Source.Start])) return false;
        var after = text[f.Cue.End..f.Sentence.End];
        if (Quotation().IsMatch(after)) return false;
        var m = PlainObject().Match(after);
        if (!m.Success) return false;
        var head = m.Groups["head"].Value;
        if (NotHeads.Contains(head) || Recipients.Contains(head) || MessageNouns.Contains(head) || ReportingCues.IsReportingNoun(head)) return false;
        // one calls a person or a body ("the police", "Smith"); "called the move reckless" names the move
        if (verb.Groups["call"].Success) return SourcePhrase.Parse(after[..m.Length].Trim()) is { Form: not PhraseForm.Pronoun };
        return true;
    }

    [GeneratedRegex(@"[“”""]|:")]
    private static partial Regex Quotation();

    // "“It was hard,” he wrote me.": the quotation before its speaker is what was written
    [GeneratedRegex(@"[”""]\s*,?\s*$")]
    private static partial Regex QuotedJustBefore();
}
