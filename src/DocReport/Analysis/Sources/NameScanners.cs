using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>Finds the full names the text gives a surname ("Mendes" -> "Tiago Mendes"): with a known given name, or an unknown capitalised word inside a sentence.</summary>
internal sealed partial class FirstNameScanner(string text)
{
    // "Tiago Mendes", "Loretta E. Lynch", and a nickname in quotes: Robert C. "Bobby" Scott is "Bobby Scott". A hyphenated given
    // name is read whole ("Jean-Marc Mendes", never "Marc Mendes"), and a surname that goes on with a hyphen is another ("Ann
    // Mendes-Ruiz" is no Mendes).
    // Tried only before the places of the surname (\G): see FullNamesOf.
    private static readonly NamePatterns Patterns = new(surname =>
        @"\G(?:(?<![\p{L}\p{N}_'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ \t]+\p{Lu}\.)?|[""“](\p{Lu}\p{Ll}+)[""”])[ \t]+" + Regex.Escape(surname) + @"\b(?!-\p{L})");

    private readonly Dictionary<string, IReadOnlyList<string>> cache = new(StringComparer.Ordinal);

    /// <summary>The one full name the text gives the surname; null when it gives none, or several ("Scott Meadows", "Debbie Meadows").</summary>
    public string? FullNameOf(string surname) => FullNamesOf(surname) is [var only] ? only : null;

    /// <summary>True when the text names two or more people with this surname: the surname alone could be any of them.</summary>
    public bool IsShared(string surname) => FullNamesOf(surname).Count > 1;

    /// <summary>True when the text gives the name's surname to someone else ("Donald Trump" beside "Ivanka Trump").</summary>
    public bool NamesOthers(string name) =>
        FullNamesOf(name.Split(' ')[^1]).Any(full => !name.Split(' ').Contains(full.Split(' ')[0]));

    // "and The Intercept": an article written with a capital is no given name
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "The", "A", "An", "This", "That", "These", "Those" };

    /// <summary>
    /// The full names with this surname written before <paramref name="position"/>, in the order the text first writes them,
    /// leaving out the ones written in <c>[sentenceStart,sentenceEnd)</c> ("Clinton declared of Hillary Clinton" is the other Clinton).
    /// </summary>
    public IReadOnlyList<string> FullNamesBefore(string surname, int position, int sentenceStart, int sentenceEnd)
    {
        FullNamesOf(surname);
        var inSentence = occurrences[surname].Where(o => o.Index >= sentenceStart && o.Index < sentenceEnd).Select(o => o.Name).ToHashSet();
        return occurrences[surname].Where(o => o.Index < position && !inSentence.Contains(o.Name)).Select(o => o.Name).Distinct().ToList();
    }

    private readonly Dictionary<string, List<(int Index, string Name)>> occurrences = new(StringComparer.Ordinal);

    /// <summary>How many times the whole text writes this full name (one <see cref="FullNamesBefore"/> gave).</summary>
    public int TimesNamed(string fullName)
    {
        var surname = fullName.Split(' ')[^1];
        FullNamesOf(surname);
        return occurrences[surname].Count(o => o.Name == fullName);
    }

    /// <summary>
    /// True when the text writes <paramref name="first"/> in full only before it first writes the surname alone, and writes each
    /// other bearer of the surname in full again after that ("Rep. Mark Meadows ... Meadows' retirement ... Debbie Meadows"):
    /// the writer gives the others their given names to tell them from the one the surname alone stands for.
    /// </summary>
    public bool OthersNamedInFullAfterSurnameAlone(string surname, string first)
    {
        var names = FullNamesOf(surname);
        var givens = names.Select(n => n.Split(' ')[0]).ToList();
        var alone = NameOccurrences.Find(text, surname, NameOccurrences.WordBoundary, NameOccurrences.WordBoundary).Select(o => o.Index)
            .FirstOrDefault(i => !givens.Any(g => GivenNameBefore(i, g)), -1);
        var at = occurrences[surname];
        return alone >= 0 && at.Where(o => o.Name == first).All(o => o.Index < alone) && names.Where(n => n != first).All(n => at.Any(o => o.Name == n && o.Index > alone));
    }

    // "Mark Meadows", "Mark R. Meadows", "“Bobby” Scott": the given name written right before the surname at index
    private bool GivenNameBefore(int index, string given)
    {
        var before = text[Math.Max(0, index - 40)..index].TrimEnd();
        if (before.Length > 3 && before[^1] == '.' && char.IsUpper(before[^2]) && before[^3] is ' ' or '\t') before = before[..^2].TrimEnd();
        return before.TrimEnd('"', '”').EndsWith(given, StringComparison.Ordinal);
    }

    private IReadOnlyList<string> FullNamesOf(string surname)
    {
        if (cache.TryGetValue(surname, out var known)) return known;
        var found = new List<string>();
        var at = occurrences[surname] = [];
        // the pattern needs the surname as written: a text without it needs no pattern run; an acronym is a body's, and a word
        // before it ("the Eurosceptic SVP") no given name
        if (!NameOccurrences.MayHold(text, surname) || PhraseTokens.IsAcronym(surname)) return cache[surname] = found;
        // a match is a given name (letters, a hyphen, an initial's full stop, quotes) and spaces or tabs right before the surname:
        // tried only in such runs before the places of the surname, and within the two runs of spaces or tabs a match holds at
        // most ("Loretta E. Lynch": after the given name and after the initial)
        foreach (var match in NameOccurrences.OpeningInRunsBefore(text, Patterns.For(surname), NameOccurrences.AfterSpaceOrTab(text, surname),
                     c => char.IsLetter(c) || c is '-' or '.' or ' ' or '\t' or '"' or '“' or '”', gaps: 2))
        {
            var nickname = match.Groups[2].Success;
            var given = nickname ? match.Groups[2].Value : match.Groups[1].Value;
            // a known given name anywhere; an unknown capitalised word only inside a sentence ("skipper Wade Bassi"), and not a common
            // word the text also writes in lower case ("the New Democrats" where the text writes "new"; "black Democrats" is no name)
            if (!IsGivenName(given) && !(InsideSentence(match.Index) && !SourceLexicon.IsTitle(given) && SourceLexicon.NameKindOf(given) is null && !Articles.Contains(given)
                    && !WrittenInLowerCase(given))) continue;
            // "her son, René-Charles Dion Angélil": a capitalised name word after the surname makes it a middle name there
            if (MiddleNameAt(match.Index + match.Length)) continue;
            // "Hillary Rodham Clinton": a word no list knows as a given name, right after one that is, is a middle name, and the full
            // name is the given name before it ("Rodham Clinton" beside "Hillary Clinton" is no second bearer of the surname)
            var middleOf = !nickname && !IsGivenName(given) ? GivenNameJustBefore(match.Index) : null;
            // "Loretta Lynch" and "Loretta E. Lynch" are one full name, written as the text first writes it
            var written = nickname ? $"{given} {surname}" : middleOf is not null ? $"{middleOf} {surname}" : match.Value;
            var name = found.FirstOrDefault(f => NameKeyComparer.Names.Equals(f, written)) ?? written;
            if (!found.Contains(name)) found.Add(name);
            at.Add((match.Index, name));
        }
        return cache[surname] = found;
    }

    // the listed given name written right before a name word at index, with one space or tab between ("Hillary" of "Hillary Rodham")
    private string? GivenNameJustBefore(int index) =>
        WordJustBefore.Match(text[Math.Max(0, index - 30)..index]) is { Success: true } before && IsGivenName(before.Groups[1].Value) ? before.Groups[1].Value : null;

    [GeneratedRegex(@"(?<![\p{L}\p{N}_'’.-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]$")]
    private static partial Regex WordJustBefore { get; }

    // asked for each full name a surname is given: kept by word, as the text does not change
    private bool WrittenInLowerCase(string word) =>
        lowerCase.TryGetValue(word, out var known) ? known : lowerCase[word] = NameOccurrences.WrittenInLowerCase(text, word);

    private readonly Dictionary<string, bool> lowerCase = new(StringComparer.Ordinal);

    // "Jean-Marc": a hyphenated given name whose every part is one
    private static bool IsGivenName(string word) => SourceLexicon.IsFirstName(word) || word.Contains('-') && word.Split('-').All(SourceLexicon.IsFirstName);

    // "skipper Wade Bassi", "Speaker of the House Newt Gingrich": inside a sentence, after a letter in lower case; not in the
    // headline, where every word is capitalised ("Gold Star Mom Corners Obama")
    private bool InsideSentence(int index) =>
        index > 1 && char.IsLower(text[index - 2]) && text.IndexOf('\n') is var headlineEnd && (headlineEnd < 0 || index > headlineEnd);

    // The word after a surname as matched: a capitalised word goes on with the name ("Dion Angélil"), unless it is a suffix or a
    // date ("Trump Jr.", "Vance Tuesday"), or the line is in title case, where every word is capitalised ("Vance Vows To Fight")
    private bool MiddleNameAt(int end) =>
        NextNameWord.Match(text, end) is { Success: true } next && !NotNameWords.Contains(next.Groups[1].Value) && !InTitleCaseLine(end);

    [GeneratedRegex(@"\G[ \t]+(\p{Lu}\p{Ll}\p{L}*)")]
    private static partial Regex NextNameWord { get; }

    private static readonly HashSet<string> NotNameWords = new(
        ["Jr", "Sr", .. CalendarWords.Weekdays, .. CalendarWords.Months], StringComparer.Ordinal);

    private readonly Dictionary<int, bool> titleCaseLines = [];

    // A headline or a subhead: a line whose every word of four letters or more is capitalised but for a few linking words
    // ("Clinton Goes After Trump", "Mayor Sides with Tenants"); "Her son, Paul Brandt Okafor, was born in Lyon." is running text
    private bool InTitleCaseLine(int index)
    {
        var start = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        if (titleCaseLines.TryGetValue(start, out var known)) return known;
        var end = text.IndexOf('\n', start) is var e and >= 0 ? e : text.Length;
        return titleCaseLines[start] = LongWord.Matches(text[start..end]).All(m => char.IsUpper(m.Value[0]) || LowerInTitles.Contains(m.Value));
    }

    private static readonly HashSet<string> LowerInTitles = new(StringComparer.Ordinal) { "with", "from", "into", "onto", "upon", "over", "than", "that", "amid", "about", "after" };

    [GeneratedRegex(@"(?<![\p{L}'’-])\p{L}{4,}")]
    private static partial Regex LongWord { get; }

}

/// <summary>Finds, before a position, the name of a body that ends in a given word ("the trust" -> "Northfield Hospitals Trust").</summary>
/// <remarks>The word as given, never its plural: "state officials" and "the nation" are no pointer to the United States or the
/// United Nations ("Federal and state officials said" had been listed as the United States).</remarks>
internal sealed partial class BodyNameScanner(string text)
{
    private static readonly NamePatterns Patterns = new(head => @"(?<![\p{L}'’])(?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)?){1,4}" + Regex.Escape(head) + @"\b");

    [GeneratedRegex(@"^(?:The|A|An)\s+")]
    private static partial Regex Article { get; }

    private readonly Dictionary<string, List<Match>> cache = new(StringComparer.OrdinalIgnoreCase);

    public string? Before(string headWord, int position)
    {
        if (headWord.Length < 3) return null;
        if (!cache.TryGetValue(headWord, out var matches))
        {
            var head = char.ToUpperInvariant(headWord[0]) + headWord[1..];
            if (!NameOccurrences.MayHold(text, head)) return null;
            cache[headWord] = matches = NameOccurrences.InLinesHolding(text, Patterns.For(head), head).Where(m => !IsTitleBeforeName(m)).ToList();
        }
        var index = EndingBy(matches, position) - 1;
        return index < 0 ? null : Article.Replace(matches[index].Value, "");
    }

    // How many of the matches end by the position: they follow each other without overlapping, so their ends are in order and a
    // binary search finds the last one, instead of a walk over a long document's matches for every description
    private static int EndingBy(List<Match> matches, int position)
    {
        var (low, high) = (0, matches.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (matches[middle].Index + matches[middle].Length <= position) low = middle + 1; else high = middle;
        }
        return low;
    }

    // "Republican Secretary of State Jon Husted": a title before a person's name, not a body "the state" could mean
    private bool IsTitleBeforeName(Match match) =>
        match.Value.Split(' ').Any(SourceLexicon.IsTitle) && NameAfter.IsMatch(text, match.Index + match.Length);

    [GeneratedRegex(@"\G[ \t]+\p{Lu}\p{Ll}")]
    private static partial Regex NameAfter { get; }
}

/// <summary>Finds a title the text writes before a name anywhere ("President Putin", "Mr. Volker"), which makes the name a person's.</summary>
internal sealed partial class TitleScanner(string text)
{
    private static readonly Regex Title = new(@"\b(" + string.Join('|', SourceLexicon.Titles.Where(t => char.IsUpper(t[0])).Select(t => Regex.Escape(t.TrimEnd('.')))) + @")\.?[ \t]+(\p{Lu}[\p{L}'’-]+)\b", RegexOptions.Compiled);

    private Dictionary<string, string>? titleBefore;

    /// <summary>The title written before the name (its first one), or null.</summary>
    public string? TitleBefore(string name)
    {
        titleBefore ??= FirstTitles();
        return titleBefore.GetValueOrDefault(name);
    }

    // each name's first title, the matches read in turn (a long text has tens of thousands)
    private Dictionary<string, string> FirstTitles()
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in SuccessiveMatches.Of(Title, text)) first.TryAdd(m.Groups[2].Value, m.Groups[1].Value);
        return first;
    }
}

/// <summary>Finds where the text names a person: a given name or a title before a capitalised word ("Eric Reeves", "Sen. Lankford").</summary>
internal sealed partial class PersonNameScanner(string text)
{
    // a lookahead, so that "But Mr. Frankel" is tried from "Mr." too; the surname is the last capitalised word
    [GeneratedRegex(@"\b(?=(\p{Lu}[\p{L}'’-]*)\.?[ \t]+(?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,2}(\p{Lu}[\p{L}'’-]+)\b)")]
    private static partial Regex Name { get; }

    private List<(int Start, int End, string Surname, char Gender)>? found;

    // "Anna Lindqvist", "Sen. Lankford", but not "Health Organization" or "Finance Ministry": a title word before a body's name
    private bool IsPerson(Match m)
    {
        var first = m.Groups[1].Value;
        if (!SourceLexicon.IsFirstName(first) && !SourceLexicon.IsTitle(first) && !SourceLexicon.IsTitle(first + ".")) return false;
        var run = text[m.Groups[1].Index..(m.Groups[2].Index + m.Groups[2].Length)];
        return SourceLexicon.NameKindOf(run) is null && !SourceLexicon.Countries.Contains(m.Groups[2].Value) && !EndsSentenceInside(run);
    }

    // "like the goddess Athena. But it is worth ...": a full stop after a word that is neither an initial nor a title ("Sen.",
    // "John F. Kennedy") ends a sentence, and a name runs across none
    private static bool EndsSentenceInside(string run) =>
        SentenceEndInRun.Matches(run).Any(e => e.Groups[1].Length > 1 && !SourceLexicon.IsTitle(e.Groups[1].Value + ".") && !SourceLexicon.IsTitle(e.Groups[1].Value));

    [GeneratedRegex(@"(\p{L}+)\.[ \t]")]
    private static partial Regex SentenceEndInRun { get; }

    /// <summary>The people named wholly inside <c>[start,end)</c>, in reading order: where, surname and gender ('-' when unknown).</summary>
    public IEnumerable<(int Start, int End, string Surname, char Gender)> Between(int start, int end)
    {
        found ??= SuccessiveMatches.Of(Name, text).Where(IsPerson)
            .Select(m => (m.Index, m.Groups[2].Index + m.Groups[2].Length, m.Groups[2].Value, SourceLexicon.GenderOf(m.Groups[1].Value))).ToList();
        return Within(found, start, end);
    }

    // The names are in order of their start (the pattern's matches): the first at or after start is found by binary search,
    // and none starting at or after end can end by it, so a long document is not walked whole for every question.
    private static IEnumerable<(int Start, int End, string Surname, char Gender)> Within(List<(int Start, int End, string Surname, char Gender)> names, int start, int end)
    {
        for (var i = SortedSearch.LowerBound(names, start, n => n.Start); i < names.Count && names[i].Start < end; i++)
            if (names[i].End <= end) yield return names[i];
    }
}

/// <summary>Finds the gender the text gives a person whose given name and title do not tell it ("Abu Hatab said he was able").</summary>
internal sealed partial class PronounGenderScanner(string text)
{
    // "Abu Hatab said he", "Clinton said. She then contrasted": the pronoun after the report or opening the next sentence
    [GeneratedRegex(@"\G\s+(?:said|says|added)(?:\s+(?:that\s+)?|\.\s+)(?i:(he|she))\b")]
    private static partial Regex PronounAfter { get; }

    /// <summary>'m' or 'f' when the text writes the name followed by "said" and "he" or "she", always the same; '-' otherwise.</summary>
    public char GenderOf(string surname)
    {
        if (genders.TryGetValue(surname, out var known)) return known;
        // not "told": in "Lynch told the young man he ..." the pronoun may be the one told
        var pronouns = NameOccurrences.Find(text, surname, null, PronounAfter).Select(m => m.After.Groups[1].Value.ToLowerInvariant()).Distinct().ToList();
        return genders[surname] = pronouns is [var only] ? (only == "he" ? 'm' : 'f') : '-';
    }

    // asked again at each mention of the person, and each answer is a search of the whole text: kept by surname
    private readonly Dictionary<string, char> genders = new(StringComparer.Ordinal);
}
