using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that keeps a speaker for the quotation right after their report: "Hale, who has worked for Senator
/// Tom Reyes since 2010, criticised the plan on Monday. “It is a waste,” he said." is Hale's quotation, though Reyes is named
/// between, for Reyes is only spoken of (an object, or in a clause set inside Hale's sentence); so is a "he" opening the next sentence.
/// </summary>
internal sealed partial class SourceRegistry
{
    // The speaker's report names the speaker first; the next sentence opens with a quotation that runs, with no other quotation
    // mark, to the pronoun's cue ("...,” he said"); everyone of the pronoun's (or an unknown) gender named after the speaker is in
    // the report's own sentence, opens no clause and is followed by no verb, and no other source was cited since.
    // "Kirby also said that some emails between Clinton and President Obama have been located. He said there were 18": the pronoun
    // opening the next sentence as its subject goes on with the report's subject, on the same conditions.
    private bool QuotedRightAfterReport(SourceEntry speaker, int position, char gender)
    {
        if (speaker.Kind != SourceKind.Person || speaker.Gender != gender || !OpensSentence(speaker.LastSeen)) return false;
        var afterQuotation = ClosedQuotationBefore().IsMatch(text[Math.Max(0, position - 8)..position]);
        var reportEnd = text.IndexOfAny(SentenceEnds, speaker.LastSeenEnd);
        if (reportEnd < 0 || reportEnd >= position || Asked().Match(text, speaker.LastSeenEnd, reportEnd - speaker.LastSeenEnd).Success) return false;
        if (!afterQuotation && !PronounSubject().IsMatch(text[(reportEnd + 1)..position])) return false;
        // "“...,” he told Hannity": the one the pronoun's own sentence names is not the pronoun
        var own = speaker.Name.Split(' ');
        var sentenceEnd = text.IndexOfAny(SentenceEnds, position);
        if (Regex.IsMatch(text[position..(sentenceEnd < 0 ? text.Length : sentenceEnd)], $@"\b{Regex.Escape(own[^1])}\b")) return false;
        if (afterQuotation && (OpeningQuotation().Match(text, reportEnd + 1, position - reportEnd - 1) is not { Success: true } quoted
            || text.AsSpan(quoted.Index + quoted.Length, position - quoted.Index - quoted.Length).TrimEnd().TrimEnd("”\"").IndexOfAny("“”\"") >= 0)) return false;
        if (entries.Any(e => e != speaker && e.LastSeen > speaker.LastSeen && e.LastSeen < position)) return false;
        bool CouldBeMeant(char other) => other == '-' || other == gender;
        if (people.Between(reportEnd, position).Any(n => CouldBeMeant(n.Gender))) return false;
        foreach (var word in CapitalisedWord().EnumerateMatches(text.AsSpan(speaker.LastSeenEnd, reportEnd - speaker.LastSeenEnd)))
        {
            var (at, name) = (speaker.LastSeenEnd + word.Index, text.Substring(speaker.LastSeenEnd + word.Index, word.Length));
            // the person whose name ends with this word ("Governor Paul Hanley"), named wholly after the speaker, when a given name or
            // title tells the gender ("five Energy Control tests" is no one)
            var person = people.Between(speaker.LastSeenEnd, reportEnd).FirstOrDefault(n => n.End == at + name.Length && n.Gender != '-');
            var known = person.Surname is not null ? person.Gender : bySurname.GetValueOrDefault(name) is { Kind: SourceKind.Person } entry ? entry.Gender : 'x';
            // "a gift to Governor Paul Hanley's donors": an owner is only spoken of
            if (known == 'x' || own.Contains(name) || !CouldBeMeant(known) || PhraseTokens.IsPossessive(name)) continue;
            var start = person.Surname is not null ? person.Start : at;
            if (OpensClause(start) || SubjectVerbAfter().IsMatch(text, at + name.Length)) return false;
        }
        return true;
    }

    // "...,” he said": the pronoun right after a quotation's closing mark and a comma, question or exclamation mark
    [GeneratedRegex(@"[,?!][”""]\s*$")]
    private static partial Regex ClosedQuotationBefore();

    // The next sentence's opening up to its pronoun: nothing, or a connective ("However, he", "But she")
    [GeneratedRegex(@"^\s*(?:(?:However|But|And|Still|Yet|Later|Instead)\b,?\s+)?$")]
    private static partial Regex PronounSubject();

    // "Hannity asked Trump how high the wall would be. “...,” he told Hannity": the quotation after a question is the answer
    [GeneratedRegex(@"\b(?:asked|asks|asking)\b")]
    private static partial Regex Asked();

    [GeneratedRegex(@"\G\s*[“""]")]
    private static partial Regex OpeningQuotation();

    // "Reyes said", "Reyes has denied", "Reyes wants": a person who does something in the report's sentence may be the speaker
    [GeneratedRegex(@"\G[ \t]+(?:(?:has|had|is|was|will|would|also|then|later)[ \t]+)?\p{Ll}{2,}(?:s|ed)\b(?<!\b(?:this|its|his|thus|plus|less|across|unless|perhaps|towards|afterwards|besides)\b)")]
    private static partial Regex SubjectVerbAfter();
}
