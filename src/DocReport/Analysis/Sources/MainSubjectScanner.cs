using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Finds the person an article is about: named in its first paragraph (the headline) and, by surname, at least four times
/// and twice as often as anyone else the text names. "The Russian leader said" in an article about Putin is Putin.
/// </summary>
internal sealed partial class MainSubjectScanner(string text, PersonNameScanner people, FirstNameScanner firstNames, TitleHolderScanner holders)
{
    private SourcePhrase? subject;
    private bool scanned;

    /// <summary>The subject (or else the one person named so far, named in the headline), when <paramref name="role"/> is a role
    /// word and the text never brings one in as "a/an ... role" before <paramref name="position"/> ("a federal judge ... the judge"
    /// is that judge, "a Republican senator ... the senator" too).</summary>
    public SourcePhrase? Described(string role, int position)
    {
        if (!SourceLexicon.IsSubjectRole(role) || IntroducedBefore(role, position)) return null;
        if (!scanned) (subject, scanned) = (Scan(), true);
        var person = subject ?? OnlyOneNamedBefore(position);
        return person is not null && holders.Fits(person.Name.Split(' ')[^1], role, position) ? person : null;
    }

    // Where the text first brings each role in as "a/an ... role", scanned once per role (int.MaxValue: never).
    private readonly Dictionary<string, int> introduced = new(StringComparer.OrdinalIgnoreCase);

    // Built once per role for the process, as a batch meets the same roles document after document.
    private static readonly NamePatterns Introductions = new(role => $@"(?i)\b(?:an?)\s+(?:[\p{{L}}-]+\s+){{0,3}}{Regex.Escape(role)}\b");

    /// <summary>True when the text brings someone in as "a/an ... role" before <paramref name="position"/>.</summary>
    public bool IntroducedBefore(string role, int position)
    {
        if (!introduced.TryGetValue(role, out var first))
        {
            var match = Introductions.For(role).Match(text);
            introduced[role] = first = match.Success ? match.Index : int.MaxValue;
        }
        return first < position;
    }

    // The person the headline names when no one else is named before the role: "the former secretary of state said" after
    // only "Hillary Clinton" is her, in an article that names her too seldom to be its subject by count.
    private SourcePhrase? OnlyOneNamedBefore(int position) =>
        people.Between(0, position).Select(p => p.Surname).Distinct().ToList() is [var only]
        && FirstParagraph.Contains(only, StringComparison.Ordinal) && !firstNames.IsShared(only)
            ? SourcePhrase.Parse(firstNames.FullNameOf(only) ?? only)
            : null;

    private string FirstParagraph => text.IndexOf('\n') is var n and > 0 ? text[..n] : text;

    private SourcePhrase? Scan()
    {
        var firstParagraph = FirstParagraph;
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        // every capitalised word of the text, each made a string only while it is counted
        foreach (var match in CapitalisedWord().EnumerateMatches(text))
        {
            var word = PhraseTokens.WithoutPossessive(text.Substring(match.Index, match.Length));
            words[word] = words.GetValueOrDefault(word) + 1;
        }
        var counts = people.Between(0, text.Length).Select(p => p.Surname).Distinct()
            .Select(s => (Surname: s, Count: words.GetValueOrDefault(s))).OrderByDescending(c => c.Count).ToList();
        if (counts.Count == 0 || counts[0].Count < 4 || counts.Count > 1 && counts[0].Count < 2 * counts[1].Count) return null;
        var top = counts[0].Surname;
        if (!firstParagraph.Contains(top, StringComparison.Ordinal) || firstNames.IsShared(top)) return null;
        return SourcePhrase.Parse(firstNames.FullNameOf(top) ?? top);
    }

    [GeneratedRegex(@"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?![\p{L}'’-])")]
    private static partial Regex CapitalisedWord();
}
