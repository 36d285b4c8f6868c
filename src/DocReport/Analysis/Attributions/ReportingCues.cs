using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Resources;

namespace DocReport.Analysis.Attributions;

/// <summary>The attribution cues of Analysis/Data/cues.tsv as one precompiled pattern.</summary>
internal static partial class ReportingCues
{
    public const string AccordingTo = "according to";

    private static readonly Dictionary<string, bool> Strength = WordList.Load("Analysis/Data/cues.tsv")
        .Select(l => l.Split('\t'))
        .ToDictionary(c => c[0], c => c.Length > 1 && c[1] == "strong", StringComparer.OrdinalIgnoreCase);

    // The plural present of strong verbs ("argue", "warn"), marked "plural" in cues.tsv.
    private static readonly HashSet<string> PluralPresent = WordList.Load("Analysis/Data/cues.tsv")
        .Select(l => l.Split('\t')).Where(c => c.Length > 2 && c[2] == "plural").Select(c => c[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True for the plural present of a strong verb ("critics argue", "experts warn"): it reports only after a name or a noun the
    /// source lists know; after "they", or a plural the lists do not know ("browsers warn", "the results explain"), it is as often
    /// things or the writer's account of a view.
    /// </summary>
    public static bool IsPluralPresent(string cue) => PluralPresent.Contains(SingleSpaced(cue));

    /// <summary>
    /// Matches any cue as a whole word or phrase, longest first, in lower case: a capitalised "States" or
    /// "Reports" inside a sentence is a name, not a cue. Only "According to" also opens sentences.
    /// </summary>
    /// <remarks>
    /// Built from a data file, so never source-generated; the CLI runs without dynamic code, where a backtracking
    /// pattern is interpreted, trying the 141 cues in turn at each word. The non-backtracking engine (the same matches: it
    /// keeps the backtracking engines' order of alternatives) reads a sentence once: about 25 times faster.
    /// </remarks>
    public static readonly Regex Pattern = new(
        @"\b(?:" + string.Join('|', Strength.Keys.OrderByDescending(k => k.Length).Select(Alternative)) + @")\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static string Alternative(string cue)
    {
        var escaped = Regex.Escape(cue.ToLowerInvariant()).Replace(@"\ ", @"\s+");
        return cue.Equals(AccordingTo, StringComparison.OrdinalIgnoreCase) ? "[Aa]" + escaped[1..] : escaped;
    }

    /// <summary>The first words of the cues, in lower case ("said", "according"): what the attribution tagger counts as a likely cue.</summary>
    public static readonly IReadOnlySet<string> FirstWords = Strength.Keys.Select(k => k.Split(' ')[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    // Any form of a reporting verb: "telling", "saying", "adds" as well as the listed "told", "said", "added".
    private static readonly HashSet<string> Stems = FirstWords.Select(WordStem.Of).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Nouns = new(WordList.Load("Analysis/Attributions/Data/reporting-nouns.txt"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SpeechVerbs = new(WordList.Load("Analysis/Attributions/Data/speech-verbs.txt"), StringComparer.Ordinal);

    /// <summary>The cues' first words and the words that marked attribution in PolNeAR train (cue-words.txt), in lower case.</summary>
    public static readonly IReadOnlySet<string> KnownWords = FirstWords.Concat(WordList.Load("Analysis/Attributions/Data/cue-words.txt")).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> FunctionWords = new(WordList.Load("Analysis/Attributions/Data/function-words.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a function word ("has", "does", "to"), in any case.</summary>
    public static bool IsFunctionWord(string word) => FunctionWords.Contains(word);

    /// <summary>False for a cue span found by the tagger that is only function words ("until", "to", "would"): a cue needs a word that says something.</summary>
    public static bool CanCue(string cueSpan) => IsPunctuationCue(cueSpan) || Words().Matches(cueSpan).Any(w => !FunctionWords.Contains(w.Value));

    private static bool IsPunctuationCue(string cueSpan) => cueSpan.Trim() is ":" or "—" or "–";

    /// <summary>True for a form of a reporting verb or a reporting noun, not a belief.</summary>
    // "saying": a short verb's -ing form is too short for the stemmer, so it is read as the verb with its ending taken off;
    // a belief ("believes", "fears") reports nothing, though cues.tsv lists it for the tagger and the rules to find; the verbs
    // of saying cues.tsv lacks (speech-verbs.txt: "mentioned", "voiced") report
    public static bool IsReportingWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return Nouns.Contains(word) || SpeechVerbs.Contains(lower)
            || !BeliefCues.Contains(lower) && (Stems.Contains(WordStem.Of(lower)) || lower.EndsWith("ing", StringComparison.Ordinal) && FirstWords.Contains(lower[..^3]));
    }

    /// <summary>
    /// True when a cue span's words tell a belief, intention, decision or stance ("wants", "plans to", "took some shots at"):
    /// none is a verb or noun of reporting nor "according to". A cue of no word (a colon, a dash before a signed quotation) reports, and
    /// so does "put it" ("as the mayor put it", "Lee puts it this way:"), which words a view as its speaker did.
    /// </summary>
    public static bool IsBelief(string cueSpan) =>
        Words().Matches(cueSpan) is { Count: > 0 } words && !cueSpan.Contains(AccordingTo, StringComparison.OrdinalIgnoreCase) && !words.Any(w => IsReportingWord(w.Value))
        && !PutIt().IsMatch(cueSpan);

    // "put it" is a cue in 12 of its 21 uses in PolNeAR train ("as she put it", "X put it: ..."); not in cues.tsv, whose words the tagger reads
    [GeneratedRegex(@"^\s*(?:(?!to\b)\w+\s+)?put(?:s|ting)?\s+it\b", RegexOptions.IgnoreCase)]
    private static partial Regex PutIt();

    /// <summary>True for a noun that names what was said or found ("statement", "report", "post").</summary>
    public static bool IsReportingNoun(string word) => Nouns.Contains(word);

    /// <summary>True for a one-word cue that is a reporting noun and no form of a reporting verb ("records", "memo").</summary>
    public static bool IsOnlyNoun(string cueSpan) =>
        Words().Matches(cueSpan) is [var word] && Nouns.Contains(word.Value) && !Stems.Contains(WordStem.Of(word.Value.ToLowerInvariant()));

    /// <summary>
    /// True when a cue span found by the tagger reports what was said or found: it holds a form of a reporting verb, a
    /// reporting noun ("statement", "the study"), or is a colon or dash before a quotation. False for
    /// intentions and feelings ("plans to", "wants", "is worried"), and for what was not or is yet to be said
    /// ("did not say", "declined to say", "must tell", "will announce"); only the words before the reporting word count
    /// ("said in a letter to Abbott" reports). False for a passive cue ("criticized by"): its source comes after it; and for
    /// one told something ("has been informed of", "was told"): the subject heard it, the teller is not named.
    /// </summary>
    public static bool Reports(string cueSpan) => ReportsBy(cueSpan, IsReportingWord);

    /// <summary>As <see cref="Reports"/>, with another test of which words report.</summary>
    public static bool ReportsBy(string cueSpan, Func<string, bool> isReportingWord) =>
        IsPunctuationCue(cueSpan) || cueSpan.Contains(AccordingTo, StringComparison.OrdinalIgnoreCase) || PutIt().IsMatch(cueSpan)
        || !PassiveBy().IsMatch(cueSpan) && !Addressed().IsMatch(cueSpan) && Words().Matches(cueSpan).Any(w => isReportingWord(w.Value) && !Unsaid().IsMatch(cueSpan[..(w.Index + w.Length)]));

    [GeneratedRegex(@"\bby\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveBy();

    [GeneratedRegex(@"\b(?:be|been|being|is|are|was|were|am|get|got|gets)\s+(?:\w+ly\s+)?(?:told|informed|notified|briefed|warned|assured|reminded|advised|asked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Addressed();

    /// <summary>True when "by" follows the cue ("an appearance criticized by the administration"): the cue is passive.</summary>
    public static bool IsFollowedByBy(string text, int cueEnd) => ByAhead().IsMatch(text.AsSpan(cueEnd, Math.Min(8, text.Length - cueEnd)));

    [GeneratedRegex(@"^\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByAhead();

    // "isn't saying", "won't tell": the n't is written onto its verb; "continues to insist", "went on to say" are said ("to" after them is no intention)
    [GeneratedRegex(@"(?:\b(?:not|never|no|must|should|would|could|can|cannot|may|might|will|shall|(?<!\b(?:continues|continued|continue|continuing|went\s+on|goes\s+on)\s+)to|declined|refused|declines|refuses|asked)|\p{L}n[’']t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unsaid();

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex Words();

    /// <summary>True for a participle used as an adjective between a determiner and its noun ("the state's confirmed caseload", "the reported deaths").</summary>
    public static bool IsAdjective(string text, int start, int end)
    {
        var word = text[start..end];
        var before = text[Math.Max(0, start - 12)..start];
        var after = text[end..Math.Min(text.Length, end + 8)];
        return !word.Contains(' ') && word.EndsWith("ed", StringComparison.Ordinal) && DeterminerBefore().IsMatch(before) && NounAfter().IsMatch(after);
    }

    [GeneratedRegex(@"(?:\b(?:the|a|an|its|their|his|her|our|this|these|those)|\p{L}['’]s|s['’])\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(@"^\s+(?!(?:that|by|to|on|in|at|the|an?|as|for|with)\b)\p{Ll}")]
    private static partial Regex NounAfter();

    /// <summary>True for a cue that marks an attribution without further evidence ("said"), false for one that needs it ("found").</summary>
    public static bool IsStrong(string cue) => Strength.TryGetValue(SingleSpaced(cue), out var strong) && strong;

    public static bool IsAccordingTo(string cue) => SingleSpaced(cue).Equals(AccordingTo, StringComparison.OrdinalIgnoreCase);

    // A cue matched across a line break ("according\nto") looks up as its single-spaced form.
    private static string SingleSpaced(string cue) => WhiteSpace().Replace(cue, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
