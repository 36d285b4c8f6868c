using System.Text.RegularExpressions;
using DocReport.Model;
using static DocReport.Analysis.Sources.PhraseTokens;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the parser that reads a head that is a name: where the name begins, the titles and describing words before it
/// ("Sen.", "Republican Christine Todd Whitman"), and whether its words are a person's or a body's.
/// </summary>
internal static partial class SourcePhraseParser
{
    private static SourcePhrase Named(List<string> tokens, int head)
    {
        var first = head;
        while (first > 0)
        {
            // "Even Rendell, a stalwart supporter, said", "Now Sembler has agreed": an adverb opening the sentence is no given name
            if (first == 1 && OpeningAdverbs.Contains(tokens[0])) break;
            if (IsCapitalized(tokens[first - 1]) && (!IsPossessive(tokens[first - 1]) || InBodyName(tokens, first - 1) || RoleOfOwner(tokens, first - 1)) || first > 1 && JoinsName(tokens, first - 1)) first--;
            // "+972 Magazine", "60 Minutes": a number opening the phrase is part of the name after it
            else if (first == 1 && IsNumeral(tokens[0])) first--;
            else if (first > 2 && tokens[first - 1] == "the" && JoinsName(tokens, first - 2)) first -= 2;
            // "said de Blasio", "On Monday, van Gogh's letters": a surname's particle opening the phrase is part of it
            else if (first == 1 && IsParticle(tokens[0])) first--;
            else break;
        }
        var last = head;
        while (last + 1 < tokens.Count && (!IsPossessive(tokens[last]) || InBodyName(tokens, last)) && (IsCapitalized(tokens[last + 1]) || JoinsName(tokens, last + 1))) last++;
        var run = tokens.GetRange(first, last - first + 1);
        var owns = IsPossessive(run[^1]);
        run[^1] = WithoutPossessive(run[^1]).TrimEnd('?', '!');
        // "Governor John Rankin Thursday called for calm": a weekday after a name, wire style without "on", says when ("The Mail on Sunday" keeps it)
        while (run.Count > 1 && Days.Contains(run[^1]) && char.IsUpper(run[^1][0]) && !run[^1].Equals("Today", StringComparison.Ordinal) && run[^2] != "on") run.RemoveAt(run.Count - 1);
        // "Senator Mitch McConnell of Kentucky", "Professor Adam Kowalski of Millbrook University": a titled name's "of" is where they are from;
        // "U.S. Attorney for the District of Vermont Maria Chen": a given name after the place opens the name, the "of" is the title's
        var of = run.IndexOf("of");
        if (of > 0 && LastTitle(run, of - 1) is var title and >= 0 && title < of - 1 && !run.Take(of).Any(t => SourceLexicon.NameKindOf(t) is not null)
            && GivenNameFrom(run, of + 2) < 0)
            // "Sens. Ana Ruiz of Ohio and Tom Pell of Iowa": each name's
            run = run.IndexOf("and", of) is > 0 and var joined
                ? [.. run.Take(of), .. run.Skip(joined).TakeWhile(t => t != "of")]
                : run.Take(of).ToList();
        // "Stephen Vale of the Kestrel Policy Institute", "Dana Ruiz of Cheyenne": a person's given name and surname before "of" are the
        // person, the body or place after it where they work or live (a body's word before "of", "Bank of America", keeps the name whole)
        else if (of is 2 or 3 && PersonBeforeOf(run.Take(of).ToList(), BodyAfterOf(run, of))) run = run.Take(of).ToList();
        // "Tunisian Prime Minister Habib Essid": everything up to the last title goes, when one to three name words remain;
        // a title holding a body's word ("Secretary of State Mike Pompeo") only when a given name follows it
        // "Sens. Ana Ruiz and Tom Pell": in two names joined by "and", titles before the first name only are the first name's
        var and = run.IndexOf("and");
        var firstName = and > 0 && run.Take(and).Any(SourceLexicon.IsTitle) && !run.Skip(and).Any(SourceLexicon.IsTitle) ? run.Take(and).ToList() : run;
        // "Mr. Grassley and Mr. Leahy": two names, each with its own title, are kept whole for the registry to split ("Mr. Band and
        // Mrs. Clinton's aides" are aides of one of them)
        var lastTitle = and > 0 && !owns && TitledName(run.Take(and).ToList()) && TitledName(run.Skip(and + 1).ToList()) ? -1 : LastTitle(firstName, firstName.Count - 1);
        // "Commissioner Ottilie von der Brandt": a surname's particles are no name words of their own
        var nameWords = firstName.Count - firstName.Count(IsParticle);
        // "Vice President Joseph R. Biden Jr.": nor are initials between the names and a generation's suffix
        var spare = firstName.Skip(lastTitle + 2).Count(w => IsInitialsWord(w) || Generations.Contains(w));
        var titles = lastTitle < 0 ? 0
            : firstName.Any(t => SourceLexicon.NameKindOf(t) is not null) || nameWords - lastTitle > 4 ? Math.Max(0, GivenNameFrom(firstName, lastTitle + 1, spare) is var given and >= 0 ? given : TwoNameWordsAfter(firstName, lastTitle)) : lastTitle + 1;
        if (nameWords - spare - titles is < 1 or > 3 || run.Skip(titles).Any(t => SourceLexicon.DescriptorOf(t) is not null) || run.Skip(titles).Any(SourceLexicon.International.Contains)) titles = 0;
        // "the Labour MP for Newcastle Central": a title followed by where it is held names no one
        if (titles > 0 && !IsCapitalized(run[titles])) titles = 0;
        // "Clark County Sheriff Joe Lombardo", "Fox News Vice President and Managing Editor Bill Sammon": a body's words and a role the
        // lists do not know as a title, then a given name and a surname, name the person who holds the role
        if (titles == 0 && RoleAtBodyThenName(run) is var holder and > 0) titles = holder;
        var gender = run.Take(titles).Select(SourceLexicon.GenderOf).FirstOrDefault(g => g != '-', '-');
        var titleWords = run.Take(titles).ToList();
        run = run.Skip(titles).ToList();
        if (titles == 0) run = run.Skip(DescribingWords(run)).ToList();
        if (gender == '-' && run.Count > 1) gender = SourceLexicon.GenderOf(run[0]);
        var lowerBefore = tokens.Take(first).LastOrDefault(t => !IsCapitalized(t));
        var descriptor = lowerBefore is null ? null : SourceLexicon.DescriptorOf(lowerBefore);
        var hasTitle = titles > 0 || lowerBefore is not null && SourceLexicon.IsTitle(lowerBefore);
        var roles = tokens.Take(first).Where(t => !IsCapitalized(t)).Concat(titleWords.Where(SourceLexicon.IsTitle)).Select(t => t.ToLowerInvariant().TrimEnd('.')).ToList();
        return new SourcePhrase(PhraseForm.Named, string.Join(' ', run), descriptor, null, hasTitle) { Gender = gender, Roles = roles };
    }

    // Adverbs of focus and time that open a sentence before its subject (the adverb classes of English grammars: Quirk et al. 1985,
    // 8.116 and 8.51); none is a given name or a body's word
    private static readonly HashSet<string> OpeningAdverbs = new(StringComparer.Ordinal)
    {
        "Even", "Only", "Also", "Now", "Still", "Then", "Later", "Yet", "Already", "Again", "Instead", "Meanwhile", "Indeed", "Previously", "Earlier",
        "Recently", "Finally", "Eventually", "Ultimately", "Separately", "Similarly", "Likewise", "Perhaps", "Nonetheless", "Nevertheless",
    };

    // The last title in words[0..end]; "Representative Peter T. King", "Sen. Angus King": a title's word that ends the name after a
    // word that is no title is the surname ("Nike Chief Executive" keeps its title)
    private static int LastTitle(List<string> words, int end) =>
        words.FindLastIndex(end > 0 && SourceLexicon.IsTitle(words[end]) && !SourceLexicon.IsTitle(words[end - 1]) ? end - 1 : end, SourceLexicon.IsTitle);

    // "Republican Christine Todd Whitman", "Parish Clerk Owen Tate": one or two words before a given name and a surname that are
    // neither describe the person; so does a party's word before two name words ("Democrat Rose Keel", "Rose" being no listed
    // given name). "Georges Claude", "Lockheed Martin Corp", "JP Morgan Chase" keep theirs: no second name word, a body's word,
    // or initials.
    private static int DescribingWords(List<string> run)
    {
        if (SourceLexicon.NameKindOf(string.Join(' ', run)) is not null || !run.Skip(1).All(IsCapitalized)) return 0;
        for (var k = 1; k <= 2; k++)
            if (run.Count - k is 2 or 3 && SourceLexicon.IsFirstName(run[k]) && !run.Take(k).Any(w => SourceLexicon.IsFirstName(w) || IsInitials(w))) return k;
        return run.Count == 3 && PartyMembers.Contains(run[0]) ? 1 : 0;
    }

    // "Mr. Grassley", "Sen. Ana Ruiz": titles, then one to three name words that are no title ("Mrs. Clinton's aides" is not)
    private static bool TitledName(List<string> words) =>
        words.FindLastIndex(SourceLexicon.IsTitle) is var title and >= 0 && words.Take(title + 1).All(SourceLexicon.IsTitle) && words.Count - title - 1 is >= 1 and <= 3
        && words.Skip(title + 1).All(w => IsCapitalized(w) && !IsPossessive(w));

    // Where the person's name begins in "Clark County Sheriff Joe Lombardo": a listed given name and one or two name words end the run,
    // after a capitalised role word, with a body's word or an acronym before it; 0 otherwise
    private static int RoleAtBodyThenName(List<string> run)
    {
        if (run.Count < 4 || GivenNameFrom(run, 2) is not (var given and > 1)) return 0;
        var role = run[given - 1];
        if (!IsCapitalized(role) || IsPossessive(role) || NameConnectors.Contains(role) || SourceLexicon.NameKindOf(role) is not null || IsAcronym(role)
            || SourceLexicon.IsNationality(role)) return 0;
        return run.Take(given - 1).Any(w => SourceLexicon.NameKindOf(w) is not null || IsAcronym(w) && w.Length > 1) && run.Skip(given).All(w => IsCapitalized(w) && !IsPossessive(w)) ? given : 0;
    }

    // "Stephen Vale", "J. Bradford DeLong": initials or a listed given name first, then one or two name words, none a body's word,
    // a title or a describing noun
    // A given name the list lacks passes when a body's word or a state follows the "of" ("Meenakshi Ganguly of Human Rights Watch",
    // "Sherrod Brown of Ohio").
    private static bool PersonBeforeOf(List<string> words, bool bodyAfter)
    {
        var given = words.TakeWhile(IsInitialsWord).Count();
        if (given == words.Count || given == 0 && !SourceLexicon.IsFirstName(words[0]) && !(bodyAfter && !SourceLexicon.IsNationality(words[0]) && words.All(w => PersonNameWord().IsMatch(w)))) return false;
        return words.Skip(given == 0 ? 1 : given).Count() is 1 or 2
            && words.All(w => IsCapitalized(w) && !IsPossessive(w) && SourceLexicon.NameKindOf(w) is null && !SourceLexicon.IsTitle(w)
                && SourceLexicon.DescriptorOf(w) is null && !SourceLexicon.Countries.Contains(w));
    }

    // "of Human Rights Watch", "of the Eurasia Group": a name with a body's word after the "of"; "of Ohio": a state a lawmaker is from
    private static bool BodyAfterOf(List<string> run, int of) =>
        string.Join(' ', run.Skip(of + 1)) is var after && (SourceLexicon.NameKindOf(after) is not null || SourceLexicon.States.Contains(after));

    /// <summary>A generation's suffix after a name ("Jr.", "III").</summary>
    public static readonly HashSet<string> Generations = new(StringComparer.Ordinal) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

    private static bool IsInitialsWord(string word) => InitialsWord().IsMatch(word);

    [GeneratedRegex(@"^(?:\p{Lu}\.)+$")]
    private static partial Regex InitialsWord();

    // Capitals only ("JP Morgan Chase", "AT&T"): initials or an acronym belong to the name; a describing word is written as a word.
    private static bool IsInitials(string word) => !word.Any(char.IsLower);

    // A member of a party, written before a name: "Democrat", "Tory".
    private static readonly HashSet<string> PartyMembers = new(StringComparer.Ordinal)
    {
        "Democrat", "Republican", "Labour", "Tory", "Conservative", "Liberal", "Libertarian", "Socialist",
    };

    // a party's member or its adjective ("Democratic", where "Republican" is both): before a noun it describes the people
    public static bool IsPartyWord(string word) => PartyMembers.Contains(word) || word == "Democratic";

    // "Leahy, Democrat of Vermont": a party's member from a place describes the person named before, it names no one
    private static bool PartyOfPlace(string name) => name.Split(' ') is [var party, "of", _, ..] && PartyMembers.Contains(party);

    /// <summary>Whether <paramref name="word"/> names one member of a party ("Democrat", "Republican"), never the party ("Scottish Labour").</summary>
    public static bool IsPartyMember(string word) => PartyMembers.Contains(word) && word is not ("Labour" or "Conservative" or "Liberal");

    /// <summary>True for the members of a party named in the plural ("Democrats", "Tories"): people, not the party.</summary>
    public static bool IsPartyMembers(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? PartyMembers.Contains(word[..^3] + "y") : word.EndsWith('s') && PartyMembers.Contains(word[..^1]);

    // Where a person's given name and surname (two or three words, no body's word, and any spare initials or suffix) end the run, or -1.
    private static int GivenNameFrom(List<string> run, int from, int spare = 0)
    {
        for (var k = Math.Max(from, run.Count - 3 - spare); k <= run.Count - 2; k++)
            if (SourceLexicon.IsFirstName(run[k]) && run.Skip(k).All(t => SourceLexicon.NameKindOf(t) is null)) return k;
        return -1;
    }

    private static int FieldThenName(List<string> tokens)
    {
        var given = GivenNameFrom(tokens, 3);
        if (given < 0 && !IsCapitalized(tokens[^3]) && TwoNameWordsAfter(tokens, tokens.Count - 3) > 0) given = tokens.Count - 2;
        return given > 2 && tokens.Skip(given).All(IsCapitalized) ? given : -1;
    }

    // "Miami-Dade Police Detective Alvaro Zabaleta": two name words right after a body's title, neither a body's word, are the
    // person's name even when the given name is not listed; 0 otherwise
    private static int TwoNameWordsAfter(List<string> run, int title) =>
        run.Count - title - 1 == 2 && run.Skip(title + 1).All(w => PersonNameWord().IsMatch(w) && SourceLexicon.NameKindOf(w) is null && !SourceLexicon.IsTitle(w)) ? title + 1 : 0;

    [GeneratedRegex(@"^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$")]
    private static partial Regex PersonNameWord();

    // "The Chairwoman of Ukraine's Central Bank": a possessive right after a person's role and "of" says whose body the role is of, and
    // belongs to the role's name
    private static bool RoleOfOwner(List<string> tokens, int i) =>
        i >= 2 && tokens[i - 1] == "of" && SourceKindClassifier.IsPersonRole(tokens[i - 2]);

    // "the Transport Workers' Federation", "the Pilots' Association": a plural possessive before a body word is part of the body's name.
    // "the Citizens’ Independent Transportation Trust": so it is when the body's word comes up to three capitalised words later.
    private static bool InBodyName(List<string> tokens, int i) =>
        tokens[i].Length > 2 && tokens[i][^1] is '\'' or '’' && tokens[i][^2] == 's'
        && tokens.Skip(i + 1).Take(3).TakeWhile(IsCapitalized).Any(t => SourceLexicon.NameKindOf(t) is not null);
}
