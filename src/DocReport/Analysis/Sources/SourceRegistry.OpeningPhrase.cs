using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that leaves a "he" or "she" unresolved when the phrase opening its own sentence names another
/// person who could be meant: "Lee accused Ortiz of waste. In a sign of how sore Ortiz is about it, he cut the budget" may be
/// Ortiz's act.
/// </summary>
internal sealed partial class SourceRegistry
{
    // Round 39 (issue 8): a surname alone, of a person whose gender the text does not tell, counts as someone else named between
    // only where it opens a clause (OtherPersonNamedIn), so a "he" went on with the speaker before though the phrase opening the
    // pronoun's own sentence had just named another man ("In an example of how sensitive Obama is ..., he used his address to
    // call out the field, who he accused"). A person named in such a phrase (after a preposition or subordinating word, to its
    // comma), before the pronoun, is a second candidate of the pronoun's gender and number: unsure, so unresolved. Not a reported
    // clause before its cue ("Lee's plan will fail, she said"), nor one only spoken of (an object, a preposition's, inside a
    // quotation: SpokenOf).
    private bool OtherNamedInOpeningPhrase(SourceEntry entry, int position, char gender)
    {
        var start = SentenceStart(position);
        if (position <= start || OpeningPhrase().Match(text, start, position - start) is not { Success: true } opening) return false;
        var end = opening.Index + opening.Length;
        start = Math.Max(start, entry.LastSeenEnd);
        var own = entry.Name.Split(' ');
        foreach (var word in CapitalisedWord().EnumerateMatches(text.AsSpan(start, Math.Max(0, end - start))))
        {
            var at = start + word.Index;
            var name = WithoutPossessive(text.Substring(at, word.Length));
            if (own.Contains(name) || SpokenOf(at, at + word.Length)) continue;
            // a person cited before, of the gender or of none the text tells; or a surname the text gives in full with a given
            // name of the gender ("South Carolina" is no one's)
            if (bySurname.GetValueOrDefault(name) is { Kind: SourceKind.Person } person ? person.Gender == gender || person.Gender == '-'
                : !WrittenInLowerCase(name) && !SourceLexicon.IsFirstName(name) && firstNames.FullNameOf(name) is { } fullName
                    && SourceLexicon.GenderOf(fullName.Split(' ')[0]) == gender) return true;
        }
        return false;
    }

    // a sentence's opening phrase after a preposition or subordinating word, to the comma that closes it
    [GeneratedRegex(@"\G\s*(?:(?:And|But|So|Yet)\s+)?(?:In|On|At|After|Before|When|While|As|Since|Although|Though|Despite|Unlike|With|Without|During|Because|If|Once|Until|Following)\s[^.!?;:,“”""]*,")]
    private static partial Regex OpeningPhrase();
}
