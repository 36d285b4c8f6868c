using DocReport.Resources;

namespace DocReport.Structure;

/// <summary>How an abbreviation's full stop relates to the end of a sentence.</summary>
internal enum AbbreviationClass { Never, Number, Either, Place }

/// <summary>The abbreviation table and sentence-starting words the splitter consults, read from Structure/Data.</summary>
internal sealed class Abbreviations
{
    private readonly Dictionary<string, AbbreviationClass> classes;
    private readonly HashSet<string> sentenceStarters;
    private readonly HashSet<string> ordinalNouns;

    private Abbreviations(Dictionary<string, AbbreviationClass> classes, HashSet<string> sentenceStarters, HashSet<string> ordinalNouns)
    {
        this.classes = classes;
        this.sentenceStarters = sentenceStarters;
        this.ordinalNouns = ordinalNouns;
    }

    private static readonly Lazy<Abbreviations> Shared = new(() => Load(null));

    // Languages with a list of their own (abbreviations_LANG.txt), read beside the English one in a document declaring them.
    private static readonly string[] Languages = ["de", "pl"];
    private static readonly Dictionary<string, Lazy<Abbreviations>> ByLanguage =
        Languages.ToDictionary(language => language, language => new Lazy<Abbreviations>(() => Load(language)), StringComparer.OrdinalIgnoreCase);

    /// <summary>The lists shipped with DocReport.</summary>
    public static Abbreviations Default => Shared.Value;

    /// <summary>The lists for a document declaring <paramref name="language"/> (a BCP 47 tag such as "de-AT"): the English
    /// list and the language's own, where DocReport has one; the English list alone otherwise.</summary>
    public static Abbreviations For(string? language) =>
        PrimaryTag(language) is { } tag && ByLanguage.TryGetValue(tag, out var lists) ? lists.Value : Default;

    /// <summary>"de" of "de-AT" or "de_AT"; null when no language is declared.</summary>
    public static string? PrimaryTag(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Trim().Split('-', '_')[0].ToLowerInvariant();

    /// <summary>Whether <paramref name="language"/> has a list of its own (<see cref="For"/> gives more than the English list).</summary>
    public static bool HasOwnList(string? language) => PrimaryTag(language) is { } tag && ByLanguage.ContainsKey(tag);

    /// <summary>The class of <paramref name="abbreviation"/> (with its final full stop), if it is one.</summary>
    public AbbreviationClass? ClassOf(string abbreviation) =>
        classes.TryGetValue(abbreviation, out var found) ? found : null;

    /// <summary>Whether <paramref name="word"/> commonly opens a sentence.</summary>
    public bool IsSentenceStarter(string word) => sentenceStarters.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a month or noun that follows an ordinal number written with a stop
    /// ("12. März", "19. Jahrhundert"), so the stop before it ends no sentence.</summary>
    public bool FollowsOrdinal(string word) => ordinalNouns.Contains(word);

    private static Abbreviations Load(string? language)
    {
        var classes = new Dictionary<string, AbbreviationClass>(StringComparer.OrdinalIgnoreCase);
        var lines = WordList.Load("Structure/Data/abbreviations.txt").AsEnumerable();
        if (language is not null) lines = lines.Concat(WordList.Load($"Structure/Data/abbreviations_{language}.txt"));
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            classes[parts[0]] = Enum.Parse<AbbreviationClass>(parts[1], ignoreCase: true);
        }
        var starters = WordList.Load("Structure/Data/sentence_starters.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ordinalNouns = WordList.Load("Structure/Data/ordinal_nouns.txt").ToHashSet(StringComparer.Ordinal);
        return new Abbreviations(classes, starters, ordinalNouns);
    }
}
