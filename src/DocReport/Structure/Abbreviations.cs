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

    private static readonly Lazy<Abbreviations> Shared = new(Load);

    /// <summary>The lists shipped with DocReport.</summary>
    public static Abbreviations Default => Shared.Value;

    /// <summary>The class of <paramref name="abbreviation"/> (with its final full stop), if it is one.</summary>
    public AbbreviationClass? ClassOf(string abbreviation) =>
        classes.TryGetValue(abbreviation, out var found) ? found : null;

    /// <summary>Whether <paramref name="word"/> commonly opens a sentence.</summary>
    public bool IsSentenceStarter(string word) => sentenceStarters.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a month or noun that follows an ordinal number written with a stop
    /// ("12. März", "19. Jahrhundert"), so the stop before it ends no sentence.</summary>
    public bool FollowsOrdinal(string word) => ordinalNouns.Contains(word);

    private static Abbreviations Load()
    {
        var classes = new Dictionary<string, AbbreviationClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in WordList.Load("Structure/Data/abbreviations.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            classes[parts[0]] = Enum.Parse<AbbreviationClass>(parts[1], ignoreCase: true);
        }
        var starters = WordList.Load("Structure/Data/sentence_starters.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ordinalNouns = WordList.Load("Structure/Data/ordinal_nouns.txt").ToHashSet(StringComparer.Ordinal);
        return new Abbreviations(classes, starters, ordinalNouns);
    }
}
