using System.Text.RegularExpressions;

namespace DocReport.Analysis.Claims;

/// <summary>
/// The evidence as the claim types read it (round 32), where the model's evidence features keep what the weights were trained on:
/// a clock time ("at 10:41 a.m.") places a fact in time and counts nothing, and a rate's "a year" or "an hour" ("$15 an hour",
/// "3 million households a year") says how much per period, not when.
/// </summary>
internal static partial class TypedEvidence
{
    /// <summary>Whether the sentence states how many or how much: a statistic evidence span that does not end in a clock time.</summary>
    public static bool HasStatistic(SentenceSignals s)
    {
        var clocks = ClockTime().Matches(s.Sentence);
        // "about 10:41" is found as the number "about 10" and the number "41": each ends inside the clock time
        return s.Evidence.Any(e => EvidenceKind.IsStatistic(e.Kind) && !clocks.Any(c => c.Index < e.End && e.End <= c.Index + c.Length));
    }

    /// <summary>Whether the sentence places its fact in time: a date, a duration that is no rate's period, or a clock time.</summary>
    public static bool HasTemporal(SentenceSignals s) =>
        ClockTime().IsMatch(s.Sentence)
        || s.Evidence.Any(e => e.Kind == EvidenceKind.Date || e.Kind == EvidenceKind.Duration && !IsRatePeriod(s, e));

    // "an hour" in "$15 an hour", "a year" in "3 million households a year": "a" or "an" with the unit, right after an amount or
    // an amount and one word.
    private static bool IsRatePeriod(SentenceSignals s, Model.Evidence duration) =>
        SingularPeriod().IsMatch(duration.Text)
        && s.Evidence.LastOrDefault(e => e.End <= duration.Start) is { } before && EvidenceKind.IsStatistic(before.Kind)
        && AtMostOneWord().IsMatch(s.Sentence.AsSpan(before.End, duration.Start - before.End));

    // 0:00 to 23:59, with a.m. or p.m. or none; not a ratio or a verse ("18:21" has no meaning as a time, but is rare in news)
    [GeneratedRegex(@"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?:\s?(?i:[ap]\.m\.|[ap]m\b))?")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(?i:an?)[-\s]")]
    private static partial Regex SingularPeriod();

    [GeneratedRegex(@"^[\s-]*(?:\p{L}+[\s-]+)?$")]
    private static partial Regex AtMostOneWord();
}
