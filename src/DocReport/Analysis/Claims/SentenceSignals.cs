using DocReport.Model;

namespace DocReport.Analysis.Claims;

/// <summary>What the detector reads off one sentence before scoring it: tokens, evidence spans and cue counts.</summary>
internal sealed class SentenceSignals
{
    private readonly int[] cueCounts = new int[Enum.GetValues<CueCategory>().Length];

    public string Sentence { get; }
    public IReadOnlyList<SentenceToken> Tokens { get; }
    public IReadOnlyList<Evidence> Evidence { get; }
    public bool HasQuotation { get; }
    /// <summary>A named entity that is, or contains, an official body ("UK Ministry of Defence", "NATO").</summary>
    public bool HasOfficialEntity { get; }

    private SentenceSignals(string sentence, IReadOnlyList<SentenceToken> tokens, IReadOnlyList<Evidence> evidence)
    {
        Sentence = sentence;
        Tokens = tokens;
        Evidence = evidence;
        HasQuotation = QuotationFinder.HasQuotation(sentence);
        foreach (var (category, _, _) in CueLexicon.Shared.Matches(tokens)) cueCounts[(int)category]++;
        cueCounts[(int)CueCategory.Comparative] += CountComparativeThan(tokens);
        cueCounts[(int)CueCategory.Prediction] += CountFutureForms(tokens, evidence);
        HasOfficialEntity = evidence.Any(e => e.Kind == EvidenceKind.Entity && IsOfficial(e, tokens));
    }

    public static SentenceSignals Read(string sentence)
    {
        var tokens = SentenceTokenizer.Tokenize(sentence);
        return new SentenceSignals(sentence, tokens, EvidenceFinder.Find(sentence, tokens));
    }

    public int Count(CueCategory category) => cueCounts[(int)category];

    public bool Has(CueCategory category) => cueCounts[(int)category] > 0;

    public bool HasEvidence(Func<string, bool> kind) => Evidence.Any(e => kind(e.Kind));

    public bool IsQuestion => Sentence.TrimEnd().EndsWith('?');

    // "bigger than", "more expensive than": a word in -er, or more/less/fewer, two words before "than" at most.
    private static int CountComparativeThan(IReadOnlyList<SentenceToken> tokens)
    {
        var count = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Lower != "than") continue;
            var previous = tokens[i - 1].Lower;
            if (previous is "rather" or "other" or "more" or "less" or "fewer") continue; // listed phrases or not comparisons
            if (previous.EndsWith("er", StringComparison.Ordinal) || (i >= 2 && tokens[i - 2].Lower is "more" or "less")) count++;
        }
        return count;
    }

    // "we'll", and "by 2030": a year after "by" is a deadline, said of the future.
    private static int CountFutureForms(IReadOnlyList<SentenceToken> tokens, IReadOnlyList<Evidence> evidence)
    {
        var count = tokens.Count(t => t.Lower.EndsWith("'ll", StringComparison.Ordinal));
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Lower == "by" && evidence.Any(e => e.Kind == EvidenceKind.Date && e.Start == tokens[i + 1].Start && e.Text.Length == 4)) count++;
        }
        return count;
    }

    private static bool IsOfficial(Evidence entity, IReadOnlyList<SentenceToken> tokens) =>
        tokens.Any(t => t.Start >= entity.Start && t.End <= entity.End && CueLexicon.Shared.Is(CueCategory.Official, t.Lower))
        || (entity.Text.Length is >= 2 and <= 6 && entity.Text.All(char.IsAsciiLetterUpper));
}
