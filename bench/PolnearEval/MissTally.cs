using System.Text.RegularExpressions;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// With --verbose, the count of missed gold sources by where they were lost (neither source nor cue tagged; cue tagged, source
/// not; source tagged and lost in assembly, with why) and, for the two mechanical classes, by the source's form and place
/// (after its cue: "said Smith"); and of extra sources, inside a gold content or not.
/// </summary>
internal sealed partial class MissTally
{
    private readonly SortedDictionary<string, int> counts = new(StringComparer.Ordinal);

    public int Golds, Found, Extras, NestedExtras;

    public void Miss(string where, string text, GoldSpan source, GoldSpan? cue)
    {
        Count(where);
        if (where == Untagged) return;
        Count($"{where} / {Form(text[source.Start..source.End])}");
        if (cue is not null && cue.Start >= source.End) return;
        Count($"{where} / source after its cue");
    }

    public const string Untagged = "neither source nor cue tagged";

    private void Count(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

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
