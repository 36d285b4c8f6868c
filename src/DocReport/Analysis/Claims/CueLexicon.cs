using DocReport.Resources;

namespace DocReport.Analysis.Claims;

/// <summary>The cue words and phrases of the claim detector, matched on lower-cased tokens.</summary>
internal sealed class CueLexicon
{
    private static readonly Dictionary<string, CueCategory> CategoryNames = new(StringComparer.Ordinal)
    {
        ["reporting"] = CueCategory.Reporting, ["comparative"] = CueCategory.Comparative, ["causal"] = CueCategory.Causal,
        ["prediction"] = CueCategory.Prediction, ["opinion"] = CueCategory.Opinion, ["firstperson"] = CueCategory.FirstPerson, ["thirdperson"] = CueCategory.ThirdPerson,
        ["official"] = CueCategory.Official, ["stopword"] = CueCategory.EntityStopWord, ["connector"] = CueCategory.NameConnector,
        ["hedge"] = CueCategory.Hedge, ["instruction"] = CueCategory.Instruction,
    };

    /// <summary>The lexicon read from the embedded data file.</summary>
    public static CueLexicon Shared { get; } = new(WordList.Load("Analysis/Claims/Data/claim-cues.tsv"));

    private readonly HashSet<(CueCategory, string)> singleWords = [];
    private readonly Dictionary<string, List<(string[] Words, CueCategory Category)>> phrasesByFirstWord = new(StringComparer.Ordinal);

    private CueLexicon(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length != 2 || !CategoryNames.TryGetValue(fields[0], out var category)) continue;
            var words = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1) singleWords.Add((category, words[0]));
            if (!phrasesByFirstWord.TryGetValue(words[0], out var list)) phrasesByFirstWord[words[0]] = list = [];
            list.Add((words, category));
        }
    }

    /// <summary>Whether one lower-cased word is listed in a category.</summary>
    public bool Is(CueCategory category, string lowerWord) => singleWords.Contains((category, lowerWord));

    /// <summary>Every listed word or phrase in the tokens: its category and the token index it starts at.</summary>
    public IEnumerable<(CueCategory Category, int TokenIndex, int Length)> Matches(IReadOnlyList<SentenceToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!phrasesByFirstWord.TryGetValue(tokens[i].Lower, out var candidates)) continue;
            foreach (var (words, category) in candidates)
            {
                if (FollowsAt(tokens, i, words)) yield return (category, i, words.Length);
            }
        }
    }

    private static bool FollowsAt(IReadOnlyList<SentenceToken> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count) return false;
        for (var k = 1; k < words.Length; k++)
        {
            if (!string.Equals(tokens[at + k].Lower, words[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
