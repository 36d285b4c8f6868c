using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "Clinton leads, with Pollwatch showing her ahead by 3 points, Surveyline giving her 5 and the Ledger putting her lead at 4":
/// an attribution in a "with" absolute whose cue is a participle goes on in a list of names, each with a participle of its
/// own; each name is a source of what follows its participle, reported as the first one is.
/// </summary>
internal static partial class GappedParticiples
{
    [GeneratedRegex(@"\bwith\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WithBefore();

    // ", Surveyline giving", " and the Ledger putting": a name of up to five words, then a participle
    [GeneratedRegex(@"\G(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?<name>(?:the\s+)?\p{Lu}[\w'’.&-]*(?:\s+\p{Lu}[\w'’.&-]*){0,4})\s+(?<cue>\p{Ll}+ing)\b")]
    private static partial Regex Conjunct();

    public static List<FoundAttribution> Add(string text, List<FoundAttribution> found)
    {
        var added = new List<FoundAttribution>();
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (!IsParticipleInWith(text, f)) continue;
            var conjuncts = ConjunctsAfter(text, f, found);
            if (conjuncts.Count == 0) continue;
            // what the first name reports ends where the list goes on
            if (f.Content.End > conjuncts[0].Start && f.Content.Start >= f.Cue.End)
                found[i] = f = f with { Content = AttributionRules.SpanOf(text, new TextRange(f.Content.Start, conjuncts[0].Start).Trim(text, ",;")) };
            for (var k = 0; k < conjuncts.Count; k++)
            {
                var (_, name, cue, phrase) = conjuncts[k];
                var end = k + 1 < conjuncts.Count ? conjuncts[k + 1].Start : f.Sentence.End;
                var content = new TextRange(cue.End, end).Trim(text, ",;.!?");
                if (content.IsEmpty) break;
                added.Add(new FoundAttribution(f.Sentence, AttributionRules.SpanOf(text, name), AttributionRules.SpanOf(text, cue), AttributionRules.SpanOf(text, content), phrase)
                {
                    Reports = f.Reports, LinksClaims = f.LinksClaims, Kind = f.Kind,
                });
            }
        }
        return added.Count == 0 ? found : found.Concat(added).OrderBy(f => Math.Min(f.Source.Start, f.Cue.Start)).ThenBy(f => f.Cue.Start).ToList();
    }

    private static bool IsParticipleInWith(string text, FoundAttribution f) =>
        f.Phrase is { Form: not PhraseForm.Pronoun } && f.Source.End <= f.Cue.Start && !f.Cue.Text.Contains(' ') && f.Cue.Text.EndsWith("ing", StringComparison.Ordinal)
        && string.IsNullOrWhiteSpace(text[f.Source.End..f.Cue.Start]) && WithBefore().IsMatch(text[f.Sentence.Start..f.Source.Start]);

    private static List<(int Start, TextRange Name, TextRange Cue, SourcePhrase Phrase)> ConjunctsAfter(string text, FoundAttribution f, List<FoundAttribution> found)
    {
        var list = new List<(int, TextRange, TextRange, SourcePhrase)>();
        // the list starts after the first name's own words: at the first comma or "and" after its cue
        for (var at = f.Cue.End; at < f.Sentence.End; at++)
        {
            if (text[at] != ',' && !(text[at] == ' ' && text.AsSpan(at).StartsWith(" and "))) continue;
            var match = Conjunct().Match(text, at, f.Sentence.End - at);
            if (!match.Success) continue;
            var (name, cue) = (match.Groups["name"], match.Groups["cue"]);
            if (SourcePhrase.Parse(name.Value) is not { Form: PhraseForm.Named } phrase
                || found.Any(o => o.Source.Start < name.Index + name.Length && name.Index < o.Source.End)) return list;
            list.Add((at, new TextRange(name.Index, name.Index + name.Length), new TextRange(cue.Index, cue.Index + cue.Length), phrase));
            at = cue.Index + cue.Length - 1;
        }
        return list;
    }
}
