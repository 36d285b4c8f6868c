namespace DocReport.Analysis.Claims;

/// <summary>
/// The features of the check-worthiness model: lower-cased words, word pairs, pairs with one word between, and the last
/// three letters and the letter 4-grams of longer words (numbers folded to &lt;num&gt; and &lt;year&gt;), and hand features from evidence,
/// cues and the sentence's form (page furniture and captions rarely end in a full stop; code has braces and semicolons),
/// and, for a sentence read in its article, <see cref="SentenceContext"/> features.
/// Training (bench/ClaimTraining) and scoring share it; scoring receives them through a <see cref="WeightSum"/>, unbuilt.
/// </summary>
internal static class ClaimFeaturizer
{
    /// <summary>The prefix of the letter 4-gram features.</summary>
    public const string LetterGramPrefix = "c:";
    private const string SentenceStart = "<s>";
    private const string SentenceEnd = "</s>";
    private const int GramLength = 4;
    private const int LongestStackWord = 128;

    private static readonly (CueCategory Category, string Feature)[] CueFeatures = Enum.GetValues<CueCategory>()
        .Where(c => c is not (CueCategory.EntityStopWord or CueCategory.NameConnector)).Select(c => (c, "h:cue:" + c)).ToArray();

    /// <summary>The distinct features of a sentence, with those of its place in the article when known; a feature is present or absent, never counted.</summary>
    public static IReadOnlyList<string> Features(SentenceSignals signals, SentenceContext? context = null)
    {
        var list = new FeatureList();
        Write(signals, context, list);
        return list.Features;
    }

    /// <summary>Writes the sentence's features, duplicates included, to <paramref name="sink"/>, in the order <see cref="Features"/> lists them.</summary>
    public static void Write(SentenceSignals signals, SentenceContext? context, FeatureSink sink)
    {
        var previous = SentenceStart;
        var beforePrevious = SentenceStart;
        foreach (var token in signals.Tokens)
        {
            var word = Fold(token.Lower);
            sink.Add("u:", word);
            sink.Add("b:", previous, " ", word);
            sink.Add("k:", beforePrevious, " ", word);
            if (word.Length >= 5 && IsLetters(word))
            {
                sink.Add("s:", word.AsSpan(word.Length - 3));
                if (sink.TakesLetterGrams) WriteCharacterGrams(word, sink);
            }
            beforePrevious = previous;
            previous = word;
        }
        sink.Add("b:", previous, " ", SentenceEnd);
        WriteHandFeatures(signals, sink);
        context?.Write(sink);
    }

    private static void WriteHandFeatures(SentenceSignals signals, FeatureSink sink)
    {
        var evidence = signals.Evidence;
        for (var i = 0; i < evidence.Count; i++)
        {
            if (!IsKindBefore(evidence, i)) sink.Add("h:ev:", evidence[i].Kind);
        }
        var entities = 0;
        foreach (var e in evidence) entities += e.Kind == EvidenceKind.Entity ? 1 : 0;
        sink.Add("h:entities:", Digit(Math.Min(entities, 3)));
        foreach (var (category, feature) in CueFeatures)
        {
            if (signals.Has(category)) sink.Add(feature);
        }
        if (signals.Has(CueCategory.Reporting) && signals.HasEvidence(EvidenceKind.IsStatistic)) sink.Add("h:reported-figure");
        if (signals.HasOfficialEntity) sink.Add("h:official-entity");
        if (signals.HasOfficialEntity && signals.Has(CueCategory.Reporting)) sink.Add("h:official-reports");
        if (signals.Has(CueCategory.Reporting) && signals.HasEvidence(EvidenceKind.IsTemporal) && signals.HasEntity) sink.Add("h:dated-report");
        if (signals.IsImpersonal && signals.HasEntity && signals.HasEvidence(k => k == EvidenceKind.Date)) sink.Add("h:dated-event");
        if (signals.IsImpersonal && signals.HasEntity && signals.HasEvidence(EvidenceKind.IsStatistic)) sink.Add("h:figure-named");
        if (evidence.Count == 0 && !signals.Has(CueCategory.FirstPerson) && !signals.Has(CueCategory.ThirdPerson)) sink.Add("h:nothing-named");
        if (signals.HasQuotation) sink.Add("h:quotation");
        if (signals.IsQuestion) sink.Add("h:question");
        if (!signals.IsTerminated) sink.Add("h:unterminated");
        if (signals.LooksLikeCode) sink.Add("h:code");
        SentenceForm.Write(signals.Sentence, signals.Tokens, sink);
        sink.Add("h:length:", Digit(LengthBucket(signals.Tokens.Count)));
        sink.Add("h:bias");
    }

    // Each evidence kind is written once, where it first occurs.
    private static bool IsKindBefore(IReadOnlyList<Model.Evidence> evidence, int at)
    {
        for (var i = 0; i < at; i++)
        {
            if (evidence[i].Kind == evidence[at].Kind) return true;
        }
        return false;
    }

    // Four-letter pieces of "^word$" let unseen forms ("deregulated", "unemployed") share weights with seen ones.
    private static void WriteCharacterGrams(string word, FeatureSink sink)
    {
        var length = word.Length + 2;
        Span<char> marked = length <= LongestStackWord ? stackalloc char[length] : new char[length];
        marked[0] = '^';
        word.CopyTo(marked[1..]);
        marked[^1] = '$';
        for (var i = 0; i + GramLength <= length; i++) sink.Add(LetterGramPrefix, marked.Slice(i, GramLength));
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) return false;
        }
        return true;
    }

    private static string Fold(string word) =>
        !word.AsSpan().ContainsAnyInRange('0', '9') ? word
        : word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)) && !word.AsSpan().ContainsAnyExceptInRange('0', '9') ? "<year>"
        : "<num>";

    private static ReadOnlySpan<char> Digit(int value) => "0123456789".AsSpan(value, 1);

    private static int LengthBucket(int tokens) => tokens switch { < 5 => 0, < 10 => 1, < 20 => 2, < 35 => 3, _ => 4 };
}
