using DocReport.Model;
using DocReport.Resources;

namespace DocReport.Analysis.Sources;

/// <summary>
/// What a common noun says about a source: its kind, and whether it names a person speaking for a body, an unnamed
/// group, or something shown on the page ("this video", "the chart") that is no source unless someone's.
/// </summary>
internal sealed record Descriptor(SourceKind Kind, bool SpeaksFor, bool IsGroup, bool IsGeneric, bool IsShown = false, bool IsEvidence = false, bool IsPeople = false);

/// <summary>The word lists that recognise and classify sources, loaded once from Analysis/Data.</summary>
internal static class SourceLexicon
{
    public static readonly IReadOnlyDictionary<string, Descriptor> Descriptors = LoadDescriptors();
    public static readonly IReadOnlyList<(string Word, SourceKind Kind)> NameKinds = LoadNameKinds();
    private static readonly Dictionary<string, SourceKind> NameKindByWord = NameKinds
        .Where(k => !k.Word.Contains(' ')).GroupBy(k => k.Word).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> International = Set("Analysis/Data/international.txt", StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> Media = Set("Analysis/Data/media.txt", StringComparer.OrdinalIgnoreCase);
    public static readonly IReadOnlySet<string> Platforms = Set("Analysis/Data/platforms.txt", StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> GovernmentBodies = Set("Analysis/Data/government-bodies.txt", StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> Intergovernmental = Set("Analysis/Data/intergovernmental.txt", StringComparer.Ordinal);
    /// <summary>The kind nouns the listed intergovernmental bodies' own names use ("agency", "bank", "organization"): the only ones a
    /// listed name without such a word ("UNICEF", "NATO") may be described by; "the authority" or "the ministry" is a state's.</summary>
    public static readonly IReadOnlySet<string> IntergovernmentalNouns = Intergovernmental
        .SelectMany(n => n.Split(' ')).Where(w => Descriptors.TryGetValue(w.ToLowerInvariant(), out var d) && !d.SpeaksFor)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
    public static readonly IReadOnlySet<string> Countries = Set("Analysis/Data/countries.txt", StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> Capitals = Set("Analysis/Data/capitals.txt", StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> States = Set("Analysis/Data/states.txt", StringComparer.Ordinal);
    private static readonly IReadOnlySet<string> Nationalities = Set("Analysis/Data/nationalities.txt", StringComparer.Ordinal);
    private static readonly IReadOnlySet<string> Peoples = Set("Analysis/Data/peoples.txt", StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> FieldsOfStudy = Set("Analysis/Data/fields-of-study.txt", StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, char> TitleGender = Columns("Analysis/Data/titles.tsv");
    private static readonly Dictionary<string, char> FirstNameGender = Columns("Analysis/Data/first-names.tsv");

    public static bool IsTitle(string word) => TitleGender.ContainsKey(word);

    /// <summary>Whether a list of outlets, platforms, government or international bodies, countries or capitals holds the name.</summary>
    public static bool Knows(string name) =>
        Media.Contains(name) || Media.Contains("The " + name) || Platforms.Contains(name) || GovernmentBodies.Contains(name) || Intergovernmental.Contains(name)
        || International.Contains(name) || Countries.Contains(name) || Capitals.Contains(name);

    /// <summary>True for a nationality or region adjective ("Iraqi", "Western"), or a country's one-word name used as one ("U.S.
    /// officials"): before a group noun it tells whose people they are.</summary>
    public static bool IsNationality(string word) => Nationalities.Contains(word) || Countries.Contains(word);

    /// <summary>True for a nationality's people in the plural ("Tunisians", "Iraqis"), or a faith's, an ethnicity's or a generation's
    /// ("Muslims", "Hispanics", "Millennials"): an unnamed group, never a body.</summary>
    public static bool IsNationalityPlural(string word) => word.Length > 3 && word[^1] == 's' && (Nationalities.Contains(word[..^1]) || Peoples.Contains(word));

    public static IEnumerable<string> Titles => TitleGender.Keys;

    private static readonly Dictionary<string, string> FullTitles = TitleGender.Keys
        .Where(a => a.Length > 3 && a.EndsWith('.'))
        .Select(a => (a, Full: TitleGender.Keys.FirstOrDefault(t => !t.EndsWith('.') && t.Length > a.Length && t.StartsWith(a[..^1], StringComparison.Ordinal))))
        .Where(p => p.Full is not null).ToDictionary(p => p.a[..^1].ToLowerInvariant(), p => p.Full!.ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The title a listed abbreviation of three letters or more stands for, in lower case ("Gov." or "gov": "governor"), or null.</summary>
    public static string? FullTitleOf(string abbreviation) => FullTitles.GetValueOrDefault(abbreviation.TrimEnd('.'));

    /// <summary>True for a listed given name, written with or without its accents ("Céline", "Celine").</summary>
    public static bool IsFirstName(string word) => FirstNameGender.ContainsKey(word) || HasAccent(word) && FirstNameGender.ContainsKey(WithoutAccents(word));

    /// <summary>'f' or 'm' when a title or given name tells a person's gender, '-' otherwise.</summary>
    public static char GenderOf(string titleOrFirstName) =>
        TitleGender.TryGetValue(titleOrFirstName, out var g) && g != '-' ? g
        : FirstNameGender.TryGetValue(titleOrFirstName, out g) || HasAccent(titleOrFirstName) && FirstNameGender.TryGetValue(WithoutAccents(titleOrFirstName), out g) ? g : '-';

    private static bool HasAccent(string word) => word.Any(c => c > '\u007f');

    // "René" -> "Rene": the list writes most names in plain letters
    private static string WithoutAccents(string word) =>
        string.Concat(word.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));

    /// <summary>The kind told by the words of a name: a listed phrase inside it, else its first listed word.</summary>
    // A media word before a regulator's head noun ("the Press Council", "the Press Complaints Commission") names the press's own
    // council, which regulates it without the state: an organization, neither an outlet nor a government body (round 46)
    public static SourceKind? NameKindOf(string name)
    {
        foreach (var (word, kind) in NameKinds)
            if (word.Contains(' ') && name.Contains(word, StringComparison.Ordinal)) return kind;
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
            // "United States Citizenship and Immigration Services": a country's "United" is no club's ("Leeds United")
            if (NameKindByWord.TryGetValue(words[i], out var kind) && !(words[i] == "United" && i + 1 < words.Length && CountryAfterUnited.Contains(words[i + 1])))
                return kind == SourceKind.Media && i < words.Length - 1 && RegulatorHeads.Contains(words[^1]) ? SourceKind.Organization : kind;
        return null;
    }

    private static readonly HashSet<string> RegulatorHeads = new(StringComparer.Ordinal) { "Council", "Board", "Commission", "Authority" };

    private static readonly HashSet<string> CountryAfterUnited = new(StringComparer.Ordinal) { "States", "Kingdom", "Nations", "Arab" };

    // Roles an article's subject is described by instead of named ("the candidate", "the Russian leader", "the governor").
    // Read as a person's description by the source rules only: the tagger's word classes do not include the new ones.
    private static readonly HashSet<string> SubjectRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "candidate", "nominee", "frontrunner", "front-runner", "president", "governor", "senator", "secretary", "mayor",
        "minister", "congressman", "congresswoman", "businessman", "businesswoman", "billionaire", "chancellor", "premier",
        // round 37 (issue 8): the trades and standings news calls a named person by once named ("the gambling tycoon told Reuters",
        // "the actress said", "the self-described socialist said"): general English nouns for one person's wealth, art or politics. Not the
        // roles of someone beside the article's subject (host, moderator, anchor, author), nor ranks a family shares (prince, duchess).
        "tycoon", "magnate", "mogul", "millionaire", "entrepreneur", "financier", "philanthropist", "heiress", "celebrity", "star",
        "actress", "singer", "rapper", "musician", "comedian", "novelist", "filmmaker", "socialist",
    };

    // The roles above that tell the holder's gender: "the actress said" is never a man the text names
    private static readonly Dictionary<string, char> RoleGender = new(StringComparer.OrdinalIgnoreCase)
    {
        ["businessman"] = 'm', ["congressman"] = 'm', ["businesswoman"] = 'f', ["congresswoman"] = 'f', ["actress"] = 'f', ["heiress"] = 'f',
    };

    /// <summary>Whether a person of <paramref name="gender"/> ('m', 'f' or '-' unknown) may hold the subject role <paramref name="role"/>.</summary>
    public static bool RoleFitsGender(string role, char gender) => gender == '-' || !RoleGender.TryGetValue(role, out var g) || g == gender;

    // One role written with two nouns in news English: "An attorney for Lee ... Lee's lawyer said"; a justice is a judge of a higher
    // court ("A judge has rejected ... Justice Ann Roe"). Written for DocReport; read only where a description points to someone named.
    private static readonly Dictionary<string, string> SameRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lawyer"] = "attorney", ["attorney"] = "lawyer", ["judge"] = "justice",
    };

    /// <summary>The other noun for the role <paramref name="noun"/> names ("lawyer": "attorney"), or null.</summary>
    public static string? SameRoleAs(string noun) => SameRoles.GetValueOrDefault(noun);

    /// <summary>The description a subject role is read with: it names the article's subject or no one, never an unnamed source.</summary>
    public static readonly Descriptor SubjectRole = new(SourceKind.Person, false, false, false);

    // What counts, rules or announces that a text cites as it would a report ("according to a CNN tally", "the polling average
    // shows", "the ruling said", "according to a release from the agency"), read by the source rules only, like the roles above:
    // whose it is, when the text says, is the source.
    private static readonly HashSet<string> CitedFindings = new(StringComparer.OrdinalIgnoreCase)
    {
        "tally", "average", "tracker", "forecast", "projection", "ruling", "verdict", "commentary", "release",
    };

    private static readonly Descriptor CitedFinding = new(SourceKind.Document, false, false, false);

    // The papers of a case or of a meeting that crime and council news cite ("the affidavit said", "according to the
    // indictment", "the presentation showed"), read by the source rules only, like the roles above.
    private static readonly HashSet<string> Papers = new(StringComparer.OrdinalIgnoreCase)
    {
        "affidavit", "indictment", "complaint", "lawsuit", "petition", "warrant", "presentation",
    };

    /// <summary>The description a paper is read with: a document source of its own, named by its words, even when someone's.</summary>
    public static readonly Descriptor Paper = new(SourceKind.Document, false, false, false);

    // What an outlet or a person publishes under their name ("a Times article hailed", "the editorial said", "the tweet from the
    // magazine reads"), read by the source rules only, like the roles above: the one whose it is speaks in it.
    private static readonly HashSet<string> Pieces = new(StringComparer.OrdinalIgnoreCase) { "article", "editorial", "column", "op-ed", "tweet" };

    /// <summary>The description a piece is read with: its owner's words, or no source when the text names no owner.</summary>
    public static readonly Descriptor Piece = new(SourceKind.Document, false, false, false);

    public static bool IsSubjectRole(string word) => SubjectRoles.Contains(word);

    /// <summary>
    /// The descriptor of a noun, of a subject role in the singular ("the nominee"), of a cited finding ("a CNN tally"), of a paper ("the affidavit") or of a piece ("the article"),
    /// for reading a source phrase.
    /// </summary>
    public static Descriptor? SourceNounOf(string word) =>
        DescriptorOf(word) ?? (SubjectRoles.Contains(word) ? SubjectRole : CitedFindings.Contains(word) ? CitedFinding : Papers.Contains(word) ? Paper : Pieces.Contains(word) ? Piece : null);

    /// <summary>The descriptor for a noun in singular or plural form ("officials", "ministries"), or null.</summary>
    public static Descriptor? DescriptorOf(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Descriptors.TryGetValue(lower, out var d)) return d;
        if (lower.EndsWith("ies") && Descriptors.TryGetValue(lower[..^3] + "y", out d)) return d;
        if (lower.EndsWith("es") && Descriptors.TryGetValue(lower[..^2], out d)) return d;
        if (lower.EndsWith('s') && Descriptors.TryGetValue(lower[..^1], out d)) return d;
        return null;
    }

    private static Dictionary<string, char> Columns(string path) =>
        WordList.Load(path).Select(l => l.Split('\t')).ToDictionary(c => c[0], c => c.Length > 1 && c[1].Length > 0 ? c[1][0] : '-', StringComparer.Ordinal);

    private static IReadOnlySet<string> Set(string path, StringComparer comparer) => new HashSet<string>(WordList.Load(path), comparer);

    private static Dictionary<string, Descriptor> LoadDescriptors()
    {
        var result = new Dictionary<string, Descriptor>(StringComparer.Ordinal);
        foreach (var columns in WordList.Load("Analysis/Data/descriptors.tsv").Select(l => l.Split('\t')))
        {
            var role = columns.Length > 2 ? columns[2] : "";
            result[columns[0]] = new Descriptor(Enum.Parse<SourceKind>(columns[1]), role == "speaks-for", role is "group" or "people", role == "generic", role == "shown", role == "evidence", role == "people");
        }
        return result;
    }

    private static List<(string, SourceKind)> LoadNameKinds() =>
        WordList.Load("Analysis/Data/name-kinds.tsv")
            .Select(l => l.Split('\t'))
            .Select(c => (c[0], Enum.Parse<SourceKind>(c[1])))
            .ToList();
}
