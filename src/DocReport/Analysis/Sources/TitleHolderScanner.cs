using System.Text.RegularExpressions;

namespace DocReport.Analysis.Sources;

/// <summary>
/// Finds the one person the text names as holding a title or role ("International Trade Secretary Liz Truss",
/// "Dr Carissa Etienne, PAHO Director", "Michael Bloomberg, the former mayor"), so that the title used alone is that person.
/// </summary>
internal sealed partial class TitleHolderScanner(string text)
{
    private const string NameWord = @"\p{Lu}[\p{L}'’-]+";
    private const string Name = NameWord + @"(?:[ \t]+(?:\p{Lu}\.[ \t]+)?" + NameWord + "){0,2}";

    private const string Describing = @"(?!(?i:former|ex|then|late|of|for|to|and|or|the|a|an|his|her|their|its|whose|who)\b)[\p{L}'’-]+,?[ \t]+";

    private readonly Dictionary<string, IReadOnlyList<(SourcePhrase Person, int At, bool Lone)>> cache = new(StringComparer.Ordinal);

    /// <summary>The holder's name, or null when the text names none or several, or the title names a body ("Office of the Director"),
    /// or only a surname after it ("President Obama": enough to keep the title from others, not to give it: "the French president").</summary>
    public SourcePhrase? HolderOf(string title) => HoldersOf(title) is [{ Lone: false } only] ? only.Person : null;

    /// <summary>The one holder of the title the text names before <paramref name="position"/>, or null when none or several.</summary>
    public SourcePhrase? HolderBefore(string title, int position) =>
        HoldersOf(title).Where(h => h.At < position).ToList() is [{ Lone: false } only] ? only.Person : null;

    // Everyone the text names as holding the title, one per surname, with where the text first does.
    private IReadOnlyList<(SourcePhrase Person, int At, bool Lone)> HoldersOf(string title)
    {
        if (cache.TryGetValue(title, out var known)) return known;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // a role ends in its title ("International Trade Secretary", "former mayor") or opens with it ("Prince of Wales");
        // "Office of the Director" is a body's name
        if (!(IsTitle(words[^1]) || IsTitle(words[0]) && SourceLexicon.NameKindOf(title) is null)) return cache[title] = [];
        return cache[title] = HolderMatches(title)
            .Where(m => m.Index >= TitleCaseHeadlineEnd)
            .Select(m => m.Groups["after"].Success ? m.Groups["after"] : m.Groups["before"])
            .Where(g => !PrepositionJustBefore(g.Index))
            .Select(g => (Full: Person(g.Value), Lone: g.Name == "after" ? NamedBySurname(g.Value) : null, At: g.Index))
            .Where(h => (h.Full ?? h.Lone) is not null)
            .Select(h => (Person: (h.Full ?? h.Lone)!, h.At, Lone: h.Full is null))
            .DistinctBy(h => h.Person.Name.Split(' ')[^1])
            .ToList();
    }

    /// <summary>The roles the text gives the person of <paramref name="surname"/>, in lower case: a listed title or role before the
    /// name ("Mayor Dana Whitlow", "Sen. Whitlow": "senator"), or the noun of an apposition after it ("Dana Whitlow, a nurse at
    /// the clinic", "Whitlow, 54, the town's mayor", "Whitlow, who is mayor").</summary>
    public IReadOnlySet<string> RolesOf(string surname)
    {
        if (roles.TryGetValue(surname, out var known)) return known;
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // a title and the name never take a line break, and the surname comes after a space or a tab: only the lines holding it
        foreach (var m in NameOccurrences.InLinesHolding(text, TitledSurname.For(surname), surname))
            if (m.Groups["title"].Value is var title && !Courtesy().IsMatch(title)
                && (IsTitle(title) || SourceLexicon.DescriptorOf(title) is { Kind: Model.SourceKind.Person, IsGroup: false }))
                found.Add(SourceLexicon.FullTitleOf(title) ?? title.TrimEnd('.').ToLowerInvariant());
        // the apposition opens at the surname (\b before it): the regex of what follows is tried at each place of the surname
        foreach (var (_, after) in NameOccurrences.Find(text, surname, NameOccurrences.WordBoundary, Apposed()))
            found.Add(after.Groups["role"].Value);
        return roles[surname] = found;
    }

    private static readonly NamePatterns TitledSurname = new(surname =>
        $@"(?<![\p{{L}}.]){OtherOffice}(?<title>\p{{L}}[\p{{L}}-]*\.?)[ \t]+(?:\p{{Lu}}[\p{{L}}.'’-]*[ \t]+){{0,2}}{Regex.Escape(surname)}\b");

    [GeneratedRegex(@"\G,[ \t]+(?:\d+,[ \t]+)?(?:who[ \t]+(?:is|was)[ \t]+(?:(?:the|a|an)[ \t]+)?|(?:the|a|an)[ \t]+)(?:[\p{L}'’-]+[ \t]+){0,3}?(?<role>\p{Ll}[\p{L}-]+)(?=[ \t]*(?:[,.;]|$)|[ \t]+(?:of|at|for|in|from|with|who|and|to|on)\b)")]
    private static partial Regex Apposed();

    /// <summary>Whether the person of <paramref name="surname"/> may be the one a role names: "The mayor said" is not the nurse the
    /// article is about, nor her when the text has named others as mayors. A role fits the person when the text gives it to her, or
    /// names no one else holding it and gives her no other role than one anyone may hold beside an office ("the candidate",
    /// "the leader"), which fits whatever else the text calls her.</summary>
    public bool Fits(string surname, string role, int position)
    {
        var given = RolesOf(surname);
        if (given.Contains(role)) return true;
        if (HoldersOf(role).Any(h => h.At < position && h.Person.Name.Split(' ')[^1] != surname)) return false;
        return AnyoneHolds.Contains(role) || given.All(AnyoneHolds.Contains);
    }

    private static readonly HashSet<string> AnyoneHolds = new(StringComparer.OrdinalIgnoreCase)
        { "leader", "candidate", "nominee", "frontrunner", "front-runner", "businessman", "businesswoman", "billionaire" };

    // titles of address, which give no role
    [GeneratedRegex(@"^(?i:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Hon|Rev|Fr)\.?$")]
    private static partial Regex Courtesy();

    private readonly Dictionary<string, IReadOnlySet<string>> roles = new(StringComparer.Ordinal);

    // Built once per title for the process: a batch meets the same titles ("president", "minister") document after document.
    // Tried at one place each (\G), and only where a match can open: see HolderMatches.
    private static readonly NamePatterns HolderPatterns = new(title => $@"\G(?:{HolderPattern(title)})");
    private static readonly NamePatterns FirstTitleWords = new(title => $"(?=(?i:{string.Join('|', WrittenForms(FirstWord(title)))}))");
    private static readonly NamePatterns FirstTitleWordAt = new(title => $@"\G(?i:{string.Join('|', WrittenForms(FirstWord(title)))})");

    // The matches of HolderPattern over the text, left to right, as Regex.Matches gives them, without running it at every place
    // of a long text: a match holds the title's first word, and what comes before that word in it (a name, a comma, an article,
    // describing words, initials) is letters, apostrophes, hyphens, commas, full stops, spaces and tabs only. So a match opens
    // only in such a run ending at the title's first word, and is tried there alone.
    internal IEnumerable<Match> HolderMatches(string title) =>
        NameOccurrences.OpeningInRunsBefore(text, HolderPatterns.For(title), FirstWordPlaces(title),
            c => char.IsLetter(c) || c is '\'' or '’' or '-' or ',' or '.' or ' ' or '\t', mayOpen: OpensWithLetters(title) ? MayOpenHolder : null);

    // A match opens with \b and a written form of the title's first word, or with a name's capital (\p{Lu}, which char.IsUpper
    // is). Where every form opens with an ASCII letter (whose every case is a letter), a match opens only at a letter that is a
    // capital or has no letter before it (two letters make no \b): about a fifth of a run's places, each try interpreted.
    private bool MayOpenHolder(int at) => char.IsLetter(text[at]) && (at == 0 || !char.IsLetter(text[at - 1]) || char.IsUpper(text[at]));

    private static bool OpensWithLetters(string title) => Forms(FirstWord(title)).All(f => f.Length > 0 && char.IsAsciiLetter(f[0]));

    // Where the text writes the title's first word, in any case, left to right. In a long text, only where no letter comes before
    // it, looked up among the text's words (TextWords): a match holds the word after \b or after a space or a tab, and the places
    // left out are inside words, where no match holds it; trying a run from a later place of the word instead finds the same
    // matches, as a match is the same wherever the try comes from.
    private IEnumerable<int> FirstWordPlaces(string title)
    {
        var first = FirstWord(title);
        if (TextWords.Of(text)?.PlacesOpeningAnyCase(Forms(first).ToList()) is not { } places)
            return FirstTitleWords.For(title).Matches(text).Select(m => m.Index);
        var at = FirstTitleWordAt.For(title);
        return places.Where(p => at.IsMatch(text, p));
    }

    private static string FirstWord(string title) => title.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    // A title after "Vice", "Deputy" and the like is another office: "Vice President Joe Biden" holds no presidency
    private const string OtherOffice = @"(?<!\b(?i:vice|deputy|assistant|under|lieutenant)[ \t-]+)";

    internal static string HolderPattern(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // the title's words in any case, with up to three capitalised words between ("former New York City mayor")
        var written = OtherOffice + string.Join(@"[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}", words.Select(w => $"(?i:{string.Join('|', WrittenForms(w))})"));
        // "Chris Christie, the brusque governor of New Jersey": up to three describing words between the article and the title,
        // but not a former holder ("the former New Jersey governor") nor someone related to one ("the son of the governor")
        return $@"\b{written}[ \t]*,?[ \t]+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?(?<after>{Name})\b|(?<before>{Name}),[ \t]+(?:(?i:the|a|an)[ \t]+(?:{Describing}){{0,3}})?{written}\b";
    }

    // "Jeb Bush Super PAC Chief Praises Marco Rubio Donor": in a headline that capitalises every word, a verb reads as a name word,
    // so the headline names no holder. Where such a headline ends (its first line), or 0.
    private int TitleCaseHeadlineEnd => titleCaseHeadlineEnd ??= text.IndexOf('\n') is var end and > 0
        && text[..end].Split(' ').Where(w => w.Length > 3).ToList() is { Count: >= 4 } words && words.All(w => !char.IsLower(w[0])) ? end : 0;

    private int? titleCaseHeadlineEnd;

    // A title is also written as its listed abbreviation of three letters or more ("Gov." for "governor", "Sen." for "senator")
    private static IEnumerable<string> WrittenForms(string word) => Forms(word).Select(Regex.Escape);

    private static IEnumerable<string> Forms(string word) =>
        SourceLexicon.Titles.Where(t => t.EndsWith('.') && string.Equals(SourceLexicon.FullTitleOf(t), word, StringComparison.OrdinalIgnoreCase)).Prepend(word);

    // "President Obama": a lone surname after the title holds it when the text names a person so, by a given name or a title
    // ("Barack Obama", "President Obama"); a lone word after a title is no person of its own to SourcePhrase
    private SourcePhrase? NamedBySurname(string word)
    {
        if (word.Contains(' ') || IsTitle(word) || SourceLexicon.NameKindOf(word) is not null) return null;
        foreach (var m in NameOccurrences.InLinesHolding(text, GivenOrTitled.For(word), word))
            if (SourcePhrase.Parse(m.Value) is { LooksLikePerson: true } person && SourceLexicon.NameKindOf(person.Name) is null) return person;
        return null;
    }

    private static readonly NamePatterns GivenOrTitled = new(word => $@"\b\p{{Lu}}[\p{{L}}'’-]+[ \t]+(?:\p{{Lu}}\.[ \t]+)?{Regex.Escape(word)}\b");

    // The longest end of the run that reads as a person's name ("Yesterday Charles" -> "Charles"), or null; "In June, the
    // senator": what a preposition opens is a time or a place, not the holder.
    private static SourcePhrase? Person(string run)
    {
        var words = run.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length && (i == 0 || !Preposition().IsMatch(words[i - 1])); i++)
            if (SourcePhrase.Parse(string.Join(' ', words[i..])) is { LooksLikePerson: true } person && SourceLexicon.NameKindOf(person.Name) is null) return person;
        return null;
    }

    private const string Prepositions = "in|on|at|by|since|until|from|for|during|after|before|through|last|early|late";

    [GeneratedRegex($@"^(?i:{Prepositions})$")]
    private static partial Regex Preposition();

    [GeneratedRegex($@"\b(?i:{Prepositions})[ \t]+$")]
    private static partial Regex PrepositionBefore();

    // Whether a preposition and spaces end the text before the position. The regex reads only the spaces there (up to a last
    // line break) and the seven letters at most before them, so it is asked about those alone, not about the text from its start.
    private bool PrepositionJustBefore(int position)
    {
        var end = position > 0 && text[position - 1] == '\n' ? position - 1 : position;
        var start = end;
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        start = Math.Max(0, start - 8);
        return PrepositionBefore().IsMatch(text.AsSpan(start, position - start));
    }

    private static bool IsTitle(string word) => SourceLexicon.IsTitle(word) || SourceLexicon.IsTitle(char.ToUpperInvariant(word[0]) + word[1..]);
}
