using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The people the article's headings name, by where each heading is set in the text (the start of the paragraph after it). A
/// heading is no part of the text the sources are read from, yet a reader reads it between the paragraphs: "Fiona Parry issued a
/// plea to stay away from the pills." set as a heading, then "“She never knew how dangerous they were,” she said", is Fiona Parry
/// speaking, not the woman quoted before the heading; and words that run on past such a heading are not surely the speaker's before it.
/// </summary>
internal sealed partial class HeadingPeople
{
    private readonly List<(int Position, IReadOnlyList<(int Start, int End, string Surname, char Gender)> People, string Heading)> headings = [];

    /// <summary>The headings of <paramref name="article"/> that name someone: each where its section begins.</summary>
    public static HeadingPeople Of(Article article)
    {
        var found = new HeadingPeople();
        string? section = null;
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.Section != section && paragraph.Section is { } heading && SentenceCase(heading)
                && new PersonNameScanner(heading).Between(0, heading.Length).ToList() is { Count: > 0 } people)
                found.headings.Add((paragraph.Start, people, heading));
            section = paragraph.Section;
        }
        return found;
    }

    /// <summary>
    /// The last heading set within <c>(start,end]</c> that names someone who could be meant (of <paramref name="gender"/> or of
    /// none told; any gender for '-') other than a bearer of <paramref name="except"/>'s surname, with its position, and the person
    /// it opens with as its subject ("Fiona Parry issued a plea"), if any; null when none.
    /// </summary>
    public (int Position, string? Subject)? LastNaming(int start, int end, char gender, string except)
    {
        var own = except.Split(' ')[^1];
        // the headings are in reading order: the walk back starts at the last one set by end, not at the article's last heading
        // (a long document names people in thousands of headings, and the pronouns and run-on sentences asking are as many)
        for (var i = SortedSearch.LowerBound(headings, end + 1, h => h.Position) - 1; i >= 0 && headings[i].Position > start; i--)
        {
            var (position, people, heading) = headings[i];
            if (!people.Any(p => p.Surname != own && (gender == '-' || p.Gender == gender || p.Gender == '-'))) continue;
            var first = people[0];
            var subject = first.Start == 0 && first.Gender == gender && SubjectVerb().IsMatch(heading, first.End) ? heading[..first.End] : null;
            return (position, subject);
        }
        return null;
    }

    // A heading in title case ("Bill Passes Senate") capitalises every word, so a given name in it tells nothing; one in
    // sentence case writes some longer word after its first in lower case ("Fiona Parry issued a plea ...")
    private static bool SentenceCase(string heading) => LowerCaseWord().IsMatch(heading);

    [GeneratedRegex(@"\s\p{Ll}{4,}")]
    private static partial Regex LowerCaseWord();

    // the name is followed by its verb: "Fiona Parry issued", "Ann Lee has said"; not "Ann Lee's" nor "Ann Lee and"
    [GeneratedRegex(@"\G\s+(?:(?:has|had|was|is|will|would|also|then|later)\s+)?(?!and\b|or\b)\p{Ll}+\b")]
    private static partial Regex SubjectVerb();
}
