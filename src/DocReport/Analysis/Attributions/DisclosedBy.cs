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
    // adverbs, the participle
    [GeneratedRegex(@"(?<!\b(?:which|that|who)\s+)\b(?:is|are|was|were|been|being)\s+(?:(?:\p{Ll}+ly|all|also|first|later|then)\s+)*(?<cue>revealed|announced|disclosed|confirmed|reported|stated)\b")]
    private static partial Regex PassiveCue();

    // up to 80 characters of where and when, with no clause break nor clause ("it was revealed that he funded suits by Lee" has
    // no agent), then "by" and the agents, up to a clause break
    [GeneratedRegex(@"\G(?<between>[^.;:!?“”""(),]{0,80}?)\s+by\s+(?<agents>(?:the\s+)?\p{Lu}[^.;:!?“”""()]*)")]
    private static partial Regex Agent();

    [GeneratedRegex(@"\b(?:that|which|who|whom|whose|when|if|whether)\b")]
    private static partial Regex ClauseWord();

    public static IEnumerable<FoundAttribution> Find(string text, Sentence sentence)
    {
        var passive = PassiveCue().Match(sentence.Text);
        if (!passive.Success) yield break;
        var cue = passive.Groups["cue"];
        var match = Agent().Match(sentence.Text, cue.Index + cue.Length);
        if (!match.Success || ClauseWord().IsMatch(match.Groups["between"].Value)) yield break;
        var content = new TextRange(sentence.Start, sentence.Start + passive.Index).Trim(text, ",");
        if (content.IsEmpty) yield break;
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
    // Drug Administration"). Names set off by commas with no "and" before the last are one agent and its apposition ("the deputy
    // minister, Sami Lee"; "Sami Lee, the deputy minister"): the one not opened by an article. A part that is no name alone (the
    // list runs on into a clause) ends the agents.
    private static IEnumerable<(TextRange Range, SourcePhrase Phrase)> Agents(string text, int start, string agents)
    {
        var commas = Comma().Matches(agents);
        var items = commas.Select(c => c.Index + c.Length).Prepend(0).Zip(commas.Select(c => c.Index).Append(agents.Length), (from, to) => (From: from, To: to)).ToList();
        if (items.Count > 1 && !commas[^1].Value.Contains("and", StringComparison.Ordinal) && !And().IsMatch(agents[items[^1].From..items[^1].To]))
            items = [items.FirstOrDefault(i => !Described().IsMatch(agents[i.From..i.To]), items[0])];
        foreach (var (from, to) in items)
        {
            var item = agents[from..to];
            var parts = And().Matches(item) is [var and] && SourcePhrase.Parse(item[..and.Index]) is { LooksLikePerson: true } && SourcePhrase.Parse(item[(and.Index + and.Length)..]) is { LooksLikePerson: true }
                ? [(from, from + and.Index), (from + and.Index + and.Length, to)] : new[] { (from, to) };
            foreach (var (partFrom, partTo) in parts)
            {
                if (ClauseReader.PhraseIn(text, new TextRange(start + partFrom, start + partTo)) is not { Phrase.Form: PhraseForm.Named } agent
                    || agent.Range.Of(text).Split(' ').Length > 8) yield break;
                yield return agent;
            }
        }
    }

    [GeneratedRegex(@"\s(?:on|in|at|last|this|during|after|before|when|while|to|yesterday|today|earlier|later)\b")]
    private static partial Regex TrailingAdverbial();

    [GeneratedRegex(@"^(?:the|a|an)\s")]
    private static partial Regex Described();

    [GeneratedRegex(@",\s+(?:which|who)\b")]
    private static partial Regex Relative();

    [GeneratedRegex(@",\s+(?:and\s+)?")]
    private static partial Regex Comma();

    [GeneratedRegex(@"\s+and\s+")]
    private static partial Regex And();
}
