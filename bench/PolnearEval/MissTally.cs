using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// With --verbose, the count of missed gold sources by where they were lost (neither source nor cue tagged; cue tagged, source
/// not; source tagged and lost in assembly, with why) and, for the two mechanical classes, by the source's form and place
/// (after its cue: "said Smith"); and of extra sources, inside a gold content or not. Round 29: every miss also by its gold cue's
/// class and where it was lost (<see cref="CueClass"/>), and each source found with other bounds by how they differ (<see cref="Partial"/>).
/// </summary>
internal sealed partial class MissTally
{
    private readonly SortedDictionary<string, int> counts = new(StringComparer.Ordinal);

    public int Golds, Found, Extras, NestedExtras;

    public void Miss(string where, string text, GoldSpan source, GoldSpan? cue)
    {
        Count(where);
        Count($"by gold cue: {CueClass(text, source, cue)} / {Short(where)}");
        if (where == Untagged) return;
        Count($"{where} / {Form(text[source.Start..source.End])}");
        if (cue is not null && cue.Start >= source.End) return;
        Count($"{where} / source after its cue");
    }

    public const string Untagged = "neither source nor cue tagged";

    private static string Short(string where) => where.StartsWith("source tagged", StringComparison.Ordinal) ? "source tagged, lost in assembly" : where;

    /// <summary>A gold source overlapped by a predicted one with other bounds: the prediction inside the gold span (too short), around it
    /// (too long), or crossing it; for the first two, whether the difference is only words before the shorter span ("rival Donald
    /// Trump") or only words after it ("Hillary Clinton, a longtime member of ...,").</summary>
    public void Partial(string text, int goldStart, int goldEnd, int start, int end)
    {
        var (inner, outer) = start >= goldStart && end <= goldEnd ? ((start, end), (goldStart, goldEnd))
            : goldStart >= start && goldEnd <= end ? ((goldStart, goldEnd), (start, end)) : ((-1, -1), (-1, -1));
        if (inner.Item1 < 0) { Count("partial: crossing"); return; }
        var kind = start >= goldStart && end <= goldEnd ? "too short (prediction inside gold)" : "too long (gold inside prediction)";
        var before = text[outer.Item1..inner.Item1].Trim();
        var after = text[inner.Item2..outer.Item2].Trim();
        var side = after.Length == 0 ? "words before only" : before.Length == 0 ? after.Trim(',', ' ').Length == 0 ? "a comma only" : "words after only" : "both sides";
        Count($"partial: {kind}");
        Count($"partial: {kind} / {side}");
    }

    /// <summary>
    /// The gold cue's class, first that applies: no cue or punctuation (a colon, a dash); a preposition's source ("according to",
    /// "in an interview with", "per", "In a poll by"); a passive whose source follows "by"; say, tell, ask, write; a reporting noun
    /// ("a statement", "his remarks"); another reporting verb (the lexicon's <see cref="ReportingCues.Reports"/> words); a verb of
    /// belief-cues.txt; else the open class (stances, acts, intentions).
    /// </summary>
    internal static string CueClass(string text, GoldSpan source, GoldSpan? cue)
    {
        if (cue is null) return "none";
        var words = text[cue.Start..cue.End].Trim();
        var between = cue.End <= source.Start ? text[cue.End..source.Start] : "";
        if (words.Length == 0 || !words.Any(char.IsLetter)) return "punctuation (colon, dash)";
        if (Preposition().IsMatch(words)) return "a preposition's (according to, in an interview with, per, in)";
        if (cue.End <= source.Start && (ByEnd().IsMatch(words) || ByEnd().IsMatch(between))) return "passive, source after by";
        if (Core().IsMatch(words)) return "say, tell, ask, write";
        var tokens = Regex.Matches(words, @"[\p{L}']+").Select(m => m.Value).ToList();
        if (tokens.Any(ReportingCues.IsReportingNoun) && !tokens.Any(t => ReportingCues.IsReportingWord(t) && !ReportingCues.IsReportingNoun(t))) return "reporting noun (a statement, remarks)";
        if (tokens.Any(ReportingCues.IsReportingWord)) return "another reporting verb";
        if (tokens.Any(t => BeliefCues.Contains(t.ToLowerInvariant()))) return "belief or intention (belief-cues.txt)";
        return "open class (stance, act, intention)";
    }

    [GeneratedRegex(@"^(?:according\s+to|per|in\s+(?:an?\s+)?(?:interview|statement|letter|speech|post|tweet|memo|email|op-ed|poll|survey|report)s?(?:\s+with)?|in|for|among|from|to|of)$", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"\bby\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ByEnd();

    [GeneratedRegex(@"\b(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked|asking|write|writes|wrote|writing|written)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Core();

    private void Count(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>
    /// Round 31: a predicted source no gold source overlaps, by where it stands (inside a gold content: a report nested in another,
    /// which PolNeAR seldom marks; or outside), by its form (<see cref="Form"/>, with a lone function word or adverb, "if", "practically",
    /// apart: the tagger's noise) and by its cue: a reporting word, a belief or intention, a cue with no verb form (a noun or adjective:
    /// "views on", "outspoken"), or another verb (stances, acts). Round 40: also whether it resolves to a source the Sources sheet lists.
    /// </summary>
    public void Extra(string text, int start, int end, string cue, bool nested, bool listed)
    {
        Count($"extra: {(listed ? "resolved to a listed source" : "resolved to no listed source (a belief, a passive, unresolved)")}");
        var place = nested ? "inside a gold content" : "outside any gold content";
        var source = text[start..end].Trim().Trim(',');
        var form = Form(source) is var f && f == "description" && !source.Contains(' ') && (ReportingCues.IsFunctionWord(source) || source.EndsWith("ly", StringComparison.Ordinal))
            ? "a lone function word or adverb" : f;
        Count($"extra: {place}");
        Count($"extra: {place} / {form}");
        Count($"extra: by cue: {ExtraCue(cue)}");
    }

    internal static string ExtraCue(string cue)
    {
        var tokens = Regex.Matches(cue, @"[\p{L}']+").Select(m => m.Value).ToList();
        if (ReportingCues.Reports(cue)) return "reports";
        if (tokens.Any(t => BeliefCues.Contains(t.ToLowerInvariant()))) return "belief or intention (belief-cues.txt)";
        if (!tokens.Any(t => VerbForm().IsMatch(t))) return "no verb form (a noun, an adjective)";
        return "another verb (stance, act)";
    }

    // a word that can be a verb by its ending or as an auxiliary: "-ed", "-ing", "-s", "is", "has", "would", "want", "know"; a guess without a lexicon
    [GeneratedRegex(@"^(?:\p{Ll}+(?:ed|ing|es|s|en)|is|are|was|were|be|has|have|had|do|does|did|will|would|can|could|should|may|might|must|\p{Ll}*(?:say|tell|know|think|want|see|seem|hope|plan|urge|call|push|back|support|vow|pledge|praise|blame|deny|warn|ask|argue|claim|insist|agree|disagree|oppose|reject|accept|criticize|attack|defend))$")]
    private static partial Regex VerbForm();

    public void Write(TextWriter output)
    {
        output.WriteLine($"gold sources {Golds}: found (overlap) {Found}, missed {Golds - Found}; extra sources {Extras} ({NestedExtras} inside a gold content)");
        foreach (var (key, n) in counts) output.WriteLine($"  {key}: {n}");
    }

    // the span's form, first that applies
    internal static string Form(string span) => span.Trim() switch
    {
        var s when Pronoun().IsMatch(s) => "pronoun",
        var s when Relative().IsMatch(s) => "relative pronoun",
        var s when Possessive().IsMatch(s) => "possessive",
        var s when s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6 => "six words or more",
        var s when Name().IsMatch(s) => "name",
        var s when s.Any(char.IsUpper) && s.Skip(1).Any(char.IsUpper) => "description holding a name",
        _ => "description",
    };

    [GeneratedRegex(@"^(?:he|she|they|it|we|i|you|him|her|them|us|me)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:who|which|that|whom|whose)$", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?:['’]s?|^(?:his|her|their|its|our|my))$", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|St)\.\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$")]
    private static partial Regex Name();
}
