using DocReport.Model;

namespace DocReport.Analysis.Claims;

/// <summary>What the detector reads off one sentence before scoring it: tokens, evidence spans and cue counts.</summary>
internal sealed class SentenceSignals
{
    private readonly int[] cueCounts = new int[Enum.GetValues<CueCategory>().Length];
    private readonly (int Start, int End)? quotedInTypes;

    public string Sentence { get; }
    public IReadOnlyList<SentenceToken> Tokens { get; }
    public IReadOnlyList<Evidence> Evidence { get; }
    /// <summary>The quoted words, <c>[Start,End)</c> in the sentence, or null.</summary>
    public (int Start, int End)? Quoted { get; }
    public bool HasQuotation => Quoted is not null;
    /// <summary>The sentence quotes someone in the claim types' reading (<see cref="SentenceQuotation.Find"/>'s typing: doubled apostrophes, titles closing on a comma).</summary>
    public bool QuotesInTypes => quotedInTypes is not null;
    /// <summary>A forecast in the writer's or a source's reported words: a future form outside quotation marks, not after "I" or "we".</summary>
    public bool HasForecast { get; }
    /// <summary>A named entity that is, or contains, an official body ("UK Ministry of Defence", "NATO").</summary>
    public bool HasOfficialEntity { get; }

    private SentenceSignals(string sentence, IReadOnlyList<SentenceToken> tokens, IReadOnlyList<Evidence> evidence)
    {
        Sentence = sentence;
        Tokens = tokens;
        Evidence = evidence;
        Quoted = SentenceQuotation.Find(sentence);
        quotedInTypes = SentenceQuotation.Find(sentence, typing: true);
        var futureForms = new List<int>();
        foreach (var (category, at, _) in CueLexicon.Shared.Matches(tokens))
        {
            if (!Counts(category, at, tokens, sentence)) continue;
            cueCounts[(int)category]++;
            if (category == CueCategory.Prediction) futureForms.Add(at);
        }
        futureForms.AddRange(FutureForms(tokens, evidence));
        cueCounts[(int)CueCategory.Comparative] += CountComparativeThan(tokens);
        cueCounts[(int)CueCategory.Prediction] = futureForms.Count;
        HasForecast = futureForms.Any(at => !IsQuoted(tokens[at]) && !IsSaidOfOneself(tokens, at) && !IsFirstName(tokens, at, sentence));
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

    public bool HasEntity => HasEvidence(k => k == EvidenceKind.Entity);

    /// <summary>Told in the third person, not asked, not an opinion: the register of a news report.</summary>
    public bool IsImpersonal => !IsQuestion && !Has(CueCategory.FirstPerson) && !Has(CueCategory.Opinion);

    /// <summary>Ends as a sentence does: a full stop, question or exclamation mark, an ellipsis or a colon, perhaps inside a closing quotation mark or bracket.</summary>
    public bool IsTerminated => Sentence.TrimEnd().TrimEnd('"', '”', '’', '\'', ')', ']', '»') is [.., '.' or '?' or '!' or '…' or ':'];

    /// <summary>Braces, semicolons, angle brackets or "=": source code or markup, not prose.</summary>
    public bool LooksLikeCode => Sentence.AsSpan().IndexOfAny("{};<>=") >= 0;

    // An instruction verb counts only where it opens the sentence or a numbered step ("Add ...", "2. Add ..."); "May" with a capital is the month.
    private static bool Counts(CueCategory category, int at, IReadOnlyList<SentenceToken> tokens, string sentence) => category switch
    {
        CueCategory.Instruction => tokens.Take(at).All(t => t.HasDigit),
        CueCategory.Hedge => !(tokens[at].Lower == "may" && tokens[at].IsCapitalised(sentence)),
        _ => true,
    };

    // "celebrities like Oprah Winfrey and Will Smith": a capitalised "will" inside a sentence, before another capitalised word,
    // is a first name, unless the sentence is written in headline capitals ("Voters Will Decide"). Read for the types only: the
    // model's prediction cue counts it as trained (round 28).
    private static bool IsFirstName(IReadOnlyList<SentenceToken> tokens, int at, string sentence) =>
        tokens[at].Lower == "will" && at > 0 && at + 1 < tokens.Count && tokens[at].IsCapitalised(sentence) && tokens[at + 1].IsCapitalised(sentence)
        && !SentenceForm.IsHeadline(sentence, tokens);

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

    // "it'll", and "by 2030": a year after "by" is a deadline, said of the future.
    private static IEnumerable<int> FutureForms(IReadOnlyList<SentenceToken> tokens, IReadOnlyList<Evidence> evidence)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Lower.EndsWith("'ll", StringComparison.Ordinal)) yield return i;
            else if (i + 1 < tokens.Count && tokens[i].Lower == "by" && evidence.Any(e => e.Kind == EvidenceKind.Date && e.Start == tokens[i + 1].Start && e.Text.Length == 4)) yield return i;
        }
    }

    private bool IsQuoted(SentenceToken token) => quotedInTypes is { } quoted && token.Start >= quoted.Start && token.End <= quoted.End;

    // "We will win", "I'll be back": a promise or a threat, not a forecast.
    private static bool IsSaidOfOneself(IReadOnlyList<SentenceToken> tokens, int at) =>
        CueLexicon.Shared.Is(CueCategory.FirstPerson, tokens[at].Lower.Split('\'')[0])
        || (at > 0 && CueLexicon.Shared.Is(CueCategory.FirstPerson, tokens[at - 1].Lower));

    private static bool IsOfficial(Evidence entity, IReadOnlyList<SentenceToken> tokens) =>
        tokens.Any(t => t.Start >= entity.Start && t.End <= entity.End && CueLexicon.Shared.Is(CueCategory.Official, t.Lower))
        || (entity.Text.Length is >= 2 and <= 6 && entity.Text.All(char.IsAsciiLetterUpper));
}
