using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that reads the people named in headings set between a speaker and a later "he" or "she".
/// </summary>
internal sealed partial class SourceRegistry
{
    private HeadingPeople? headings;

    /// <summary>The people the article's headings name; without them, headings are read as naming no one.</summary>
    public void ReadHeadings(HeadingPeople people) => headings = people;

    // Round 40 (issue 8): a heading is no part of the text, so a "she said" right after "Fiona Parry issued a plea ..." set as a
    // heading went on with the woman quoted before it. A heading set since the last speaker of the gender was named, naming
    // another person who could be meant, is someone named between: the pronoun is the person the heading opens with as its
    // subject when the text names no one else who could be meant from the heading on, and unresolved otherwise.
    private bool HeadingNamesOther(char gender, int position, out SourceEntry? subject)
    {
        subject = null;
        if (lastPersonByGender.GetValueOrDefault(gender) is not { } speaker || position - speaker.LastSeen > PronounReach
            || headings?.LastNaming(speaker.LastSeenEnd, position, gender, speaker.Name) is not { } heading) return false;
        if (heading.Subject is not { } name || people.Between(heading.Position, position).Any(n => n.Gender == gender || n.Gender == '-')) return true;
        // "her mother, Fiona, said", then "Fiona Parry issued a plea" as a heading: the woman the text knows by her given name alone
        subject = byName.GetValueOrDefault(name.Split(' ')[0]) is { Kind: SourceKind.Person } known && !known.Name.Contains(' ') && (known.Gender == gender || known.Gender == '-')
            ? known : PersonOfGender(name, gender);
        return true;
    }
}
