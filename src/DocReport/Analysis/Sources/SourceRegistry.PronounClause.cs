using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that reads the pronoun's own clause: "Mr. Khan said ... that Mr. Trump had shown disrespect ..., and he
/// accused Mr. Trump of running a campaign": one the pronoun's clause names (its object, or anyone after it in the clause) is not
/// the pronoun ("he" would be "himself"), so does not stand between the pronoun and the speaker (round 47, issue 8).
/// </summary>
internal sealed partial class SourceRegistry
{
    // "Hannity asked Trump how high the wall would be. “...,” he told Hannity", "Within minutes, he called Rubio “Little Marco”": when
    // the pronoun's clause names the current speaker, the pronoun is the one other person of its gender the text names since the
    // speaker's mention, if the registry knows them as a person of that gender; anyone else of the gender, or of an unknown one,
    // named since leaves it unresolved
    private SourceEntry? OtherOfGenderNamedSince(SourceEntry entry, char gender, int position)
    {
        var own = entry.Name.Split(' ');
        bool Other(string surname) => !own.Contains(surname) && !NamedInPronounClause(surname, position);
        // a person named in full whom the registry does not know by surname may be the pronoun too
        if (people.Between(entry.LastSeen, position).Any(n => (n.Gender == '-' || n.Gender == gender) && Other(WithoutPossessive(n.Surname))
            && !bySurname.ContainsKey(WithoutPossessive(n.Surname)))) return null;
        var others = new List<SourceEntry>();
        foreach (var word in CapitalisedWord().EnumerateMatches(text.AsSpan(entry.LastSeen, position - entry.LastSeen)))
        {
            var surname = WithoutPossessive(text.Substring(entry.LastSeen + word.Index, word.Length));
            if (Other(surname) && bySurname.GetValueOrDefault(surname) is { Kind: SourceKind.Person } person && !IsUnnamedGroup(person.Name)
                && (person.Gender == '-' || person.Gender == gender)) others.Add(person);
        }
        return others.Distinct().ToList() is [var only] && only.Gender == gender && !AnyBetween(unknownPeople, entry.LastSeenEnd, position) ? only : null;
    }

    // the clause from the pronoun to a comma, a sentence's end, a quotation mark, a dash, a conjunction that may open another
    // clause ("He left, and Trump stayed", "he spoke while Trump waited") or a relative pronoun ("he told the story of a supporter
    // who was holding a Rubio sign"); a title's point ("Mr. Trump") ends nothing
    // ("He notes that the commission announced there was an issue with Trump's microphone" is Trump's: a possessive names no one
    // the pronoun cannot be)
    private bool NamedInPronounClause(string surname, int position) =>
        surname.Length > 1 && char.IsUpper(surname[0]) && PronounClause().Match(text, position) is { Success: true } clause
        && NameOccurrences.Find(clause.Value, surname, NameOccurrences.WordBoundary, NotPossessive).Any(o => o.Index > 0);

    [GeneratedRegex(@"\G(?!['’])\b")]
    private static partial Regex NotPossessive { get; }

    [GeneratedRegex(@"\G(?i:he|she)\b(?:(?!\b(?:and|but|or|while|whereas|although|though|because|before|after|until|when|if|as|who|whom|whose|which)\b)(?:[^,;:.!?()\n“”""—–]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|\p{Lu}))\.))*")]
    private static partial Regex PronounClause();
}
