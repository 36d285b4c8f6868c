using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "The plan was revealed yesterday at a press conference by Mayor Ann Lee and Chief Engineer Bo Tran.", "The figures were
/// announced in a report by the Audit Office": a passive verb of making known with its agent after "by", however far; each
/// agent named is a source of what the subject (the sentence before the verb) tells. Only verbs of telling or making
/// known: "was criticized by" or "was accused by" tell a stance or a charge, whose subject is the one talked about.
/// </summary>
internal static partial class DisclosedBy
{
    // be-form (not of a relative clause: "the email, which was first reported by the Ledger" cites a thing, not a statement),
    // adverbs, the participle; then up to 80 characters of where and when, no clause break nor that-clause ("it was revealed
    // that he funded suits by Lee" has no agent), then "by"
    [GeneratedRegex(@"(?<!\b(?:which|that|who)\s+)\b(?:is|are|was|were|been|being)\s+(?:(?:\p{Ll}+ly|all|also|first|later|then)\s+)*(?<cue>(?:revealed|announced|disclosed|confirmed|reported|stated))\b(?<between>(?:(?!\b(?:that|which|who|whom|whose|when|if|whether)\b)[^.;:!?“”""()]){0,80}?)\s+by\s+(?<agents>(?:the\s+)?\p{Lu}[^.;:!?“”""()]*)")]
    private static partial Regex PassiveWithAgent();

    public static IEnumerable<FoundAttribution> Find(string text, Sentence sentence)
    {
        var match = PassiveWithAgent().Match(sentence.Text);
        if (!match.Success || match.Groups["between"].Value.Contains(',')) yield break;
        var content = new TextRange(sentence.Start, sentence.Start + match.Index).Trim(text, ",");
        if (content.IsEmpty) yield break;
        var cue = match.Groups["cue"];
        var cueSpan = AttributionRules.SpanOf(text, new TextRange(sentence.Start + cue.Index, sentence.Start + cue.Index + cue.Length));
        var agents = match.Groups["agents"];
        // "first reported by the Ledger, which said ...": the relative clause is the agent's report, read as such
        if (Relative().IsMatch(agents.Value)) yield break;
        // "by the Harbour Board on Friday": when, where or how ends the agents
        var adverbial = TrailingAdverbial().Match(agents.Value);
        foreach (var agent in Agents(text, sentence.Start + agents.Index, adverbial.Success ? agents.Value[..adverbial.Index] : agents.Value))
            yield return new FoundAttribution(sentence, AttributionRules.SpanOf(text, agent.Range), cueSpan, AttributionRules.SpanOf(text, content), agent.Phrase);
    }

    // Each name of "A, B and C"; "and" parts two people ("Kay Lee and Bo Tran") but stays inside a body's name ("the Food and
    // Drug Administration"). A part that is no name alone (the list runs on into a clause) ends the agents.
    private static IEnumerable<(TextRange Range, SourcePhrase Phrase)> Agents(string text, int start, string agents)
    {
        var at = 0;
        foreach (var item in Comma().Split(agents))
        {
            // "by Sami Lee, the deputy minister": a description after a name is its apposition, no other agent
            if (at > 0 && Described().IsMatch(item)) yield break;
            var itemStart = start + agents.IndexOf(item, at, StringComparison.Ordinal);
            at = itemStart - start + item.Length;
            var parts = And().Split(item) is { Length: 2 } pair && pair.All(p => SourcePhrase.Parse(p) is { LooksLikePerson: true }) ? pair : [item];
            var partAt = 0;
            foreach (var part in parts)
            {
                var partStart = itemStart + item.IndexOf(part, partAt, StringComparison.Ordinal);
                partAt = partStart - itemStart + part.Length;
                if (ClauseReader.PhraseIn(text, new TextRange(partStart, partStart + part.Length)) is not { Phrase.Form: PhraseForm.Named } agent
                    || agent.Range.Of(text).Split(' ').Length > 8) yield break;
                yield return agent;
            }
        }
    }

    [GeneratedRegex(@"\s(?:on|in|at|last|this|during|after|before|when|while|to|yesterday|today|earlier|later)\b")]
    private static partial Regex TrailingAdverbial();

    [GeneratedRegex(@"^(?:the|a|an|its|his|her|their)\s")]
    private static partial Regex Described();

    [GeneratedRegex(@",\s+(?:which|who)\b")]
    private static partial Regex Relative();

    [GeneratedRegex(@",\s+(?:and\s+)?")]
    private static partial Regex Comma();

    [GeneratedRegex(@"\s+and\s+")]
    private static partial Regex And();
}
