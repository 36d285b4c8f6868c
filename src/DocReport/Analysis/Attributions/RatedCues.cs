using System.Globalization;
using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Resources;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// A cue the word lists do not know as one of saying still reports when PolNeAR's annotators mark one of its words as a cue in
/// at least <see cref="MinShare"/> of its uses (cue-rates.tsv, at least 5 cue spans in train; not a function word such as
/// "has" or "does", nor an adverb such as "also", which only go with a cue) and a reported clause or a
/// quotation follows it ("lamented that the ...", "continued, “...”", "adding that he ..."): the rate says the word is a cue,
/// the clause that what follows is what was said, not an object ("ordered a strike", "proposing changes that would").
/// </summary>
internal static partial class RatedCues
{
    /// <summary>Chosen on PolNeAR dev, where any share from 0.1 to 0.5 links the same sentences right (bench/PolnearEval README, round 18).</summary>
    public const double MinShare = 0.3;

    private static readonly HashSet<string> Often = WordList.Load("Analysis/Attributions/Data/cue-rates.tsv").Select(l => l.Split('\t'))
        .Where(r => int.Parse(r[1], CultureInfo.InvariantCulture) >= MinShare * int.Parse(r[3], CultureInfo.InvariantCulture)).Select(r => r[0])
        .Where(w => !ReportingCues.IsFunctionWord(w) && !w.EndsWith("ly", StringComparison.Ordinal) && w != "also").ToHashSet(StringComparer.Ordinal);

    // right after the cue: a quotation after a comma or colon (one taken as an object, "wants “a fair deal”", is no speech),
    // or "that" opening a clause ("listed that stage" is a determiner)
    [GeneratedRegex(@"^(?:[\s,]+that\s+(?:the|an?|he|she|it|they|we|I|you|there|this|his|her|their|its|our|some|many|most|no|\p{Lu}|\d)\b|\s*[:,]\s*[“""])")]
    private static partial Regex ClauseOrQuote();

    /// <summary>The attribution as speech that reports when it is a belief whose cue has such a word and a reported clause or quotation follows.</summary>
    public static FoundAttribution Read(string text, FoundAttribution f) =>
        f.Kind == AttributionKind.Belief && f.Content.Start >= f.Cue.End && ReportingCues.ReportsBy(f.Cue.Text, w => Often.Contains(w.ToLowerInvariant()))
        && ClauseOrQuote().IsMatch(text.AsSpan(f.Cue.End, Math.Min(60, text.Length - f.Cue.End)))
            ? f with { Kind = AttributionKind.Speech, Reports = true } : f;
}
