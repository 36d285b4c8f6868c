using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The parts of a source phrase that coordinates several sources ("Levy and authorities from Homeland Security Investigations
/// and the Cambridge Police"), each read on its own; "Food and Drug Administration" and "the Ministry of Agriculture and the
/// Environment" are one name.
/// </summary>
internal static partial class Coordination
{
    /// <summary>
    /// The parts with where each is written, or null when the phrase names one source; a part that is a name must be one that
    /// <paramref name="standsAlone"/> ("Developers" of "Developers and supporters in Congress" is not).
    /// </summary>
    public static IReadOnlyList<(SourcePhrase Phrase, int Start, int End)>? PartsOf(Span source, Func<SourcePhrase, bool> standsAlone)
    {
        var cuts = And().Matches(source.Text).Where(and => OpensOwnPhrase(source.Text[(and.Index + and.Length)..])).ToList();
        // "Laurence des Cars, the museum's president and director": an apposition describes one source
        if (cuts.Count == 0 || source.Text.Contains(',')) return null;
        var bounds = cuts.Select(c => (c.Index, c.Index + c.Length)).Prepend((0, 0)).Append((source.Text.Length, source.Text.Length)).ToList();
        var parts = new List<(SourcePhrase, int, int)>();
        for (var k = 1; k < bounds.Count; k++)
        {
            var (start, end) = (bounds[k - 1].Item2, bounds[k].Item1);
            if (Part(source.Text[start..end]) is not { } phrase || phrase.Form == PhraseForm.Named && !standsAlone(phrase)) return null;
            parts.Add((phrase, source.Start + start, source.Start + end));
        }
        return parts;
    }

    // "a 52-count complaint filed by the SEC and a 15-count complaint by Vermont": two documents, each with its own filer, are two
    // sources; a part read with its participle dropped is its filer's document (a single "court document filed by ..." is left to
    // the parser, which reads it as its filer's words)
    private static SourcePhrase? Part(string text) =>
        SourcePhrase.Parse(text) ?? (SourcePhrase.Parse(ParticipleBeforeBy().Replace(text, " by ", 1)) is { Descriptor.Kind: SourceKind.Document } document ? document : null);

    [GeneratedRegex(@"\s+\p{Ll}+ed\s+by\s+")]
    private static partial Regex ParticipleBeforeBy();

    [GeneratedRegex(@"\s+and\s+")]
    private static partial Regex And();

    // "and the Cambridge Police", "and authorities from ...": a part opened by an article or a plural common noun is a phrase of
    // its own; "and Drug Administration" goes on with a name, "the museum's president and director" is one person's two roles
    private static bool OpensOwnPhrase(string rest) =>
        OwnOpening().IsMatch(rest)
        // "and U.S. officials", "and Iraqi diplomats": whose people they are, then who
        || rest.Split(' ', 3) is [var whose, var who, ..] && SourceLexicon.IsNationality(whose) && OwnOpening().IsMatch(who);

    [GeneratedRegex(@"^(?:(?:the|a|an)\s+\S|(?!(?:its|his|this|hers|ours|theirs|yours|was|has|does|is|as|us)\b)\p{Ll}{2,}s\b)")]
    private static partial Regex OwnOpening();
}
