using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "The Tuva government was quoted as saying late Thursday by the Interfax news agency" and "Tass quoted Peskov as
/// saying ...": the one quoted is the speaker, the one quoting is the outlet that carries it; both are cited, with the
/// same content. Replaces what the tagger reads there, which takes the outlet for the speaker.
/// </summary>
internal static partial class QuotedAsSaying
{
    [GeneratedRegex(@"\b(?:was|were|is|are|been)\s+quoted\s+as\s+(?:saying|telling\b[^,.;:]*?(?=\s+(?:that|by)\b))")]
    private static partial Regex Passive();

    [GeneratedRegex(@"\bquoted\s+(?<speaker>[^,.;:“”""]{2,80}?)\s+as\s+saying\b")]
    private static partial Regex Active();

    // The outlet of the passive: "by the Interfax news agency", after when it was said.
    [GeneratedRegex(@"\G(?:\s+(?!by\b)[^\s,.;:“""]+){0,4}?\s+by\s+")]
    private static partial Regex Agent();

    // "by the Interfax news agency that talks had stalled": the outlet ends where what it reported starts.
    [GeneratedRegex(@"\s(?:that|as)\s")]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"\G[\s,]*(?:that\b)?[\s,:]*")]
    private static partial Regex ContentLead();

    public static IEnumerable<FoundAttribution> Find(string text, Sentence sentence)
    {
        var length = sentence.End - sentence.Start;
        for (var cue = Passive().Match(text, sentence.Start, length); cue.Success; cue = cue.NextMatch())
            foreach (var found in FromPassive(text, sentence, cue)) yield return found;
        for (var cue = Active().Match(text, sentence.Start, length); cue.Success; cue = cue.NextMatch())
            foreach (var found in FromActive(text, sentence, cue)) yield return found;
    }

    private static IEnumerable<FoundAttribution> FromPassive(string text, Sentence sentence, Match cue)
    {
        var cueEnd = cue.Index + cue.Length;
        if (ClauseReader.SubjectBefore(text, sentence.Start, cue.Index) is not { } speaker) yield break;
        var agent = Agent().Match(text, cueEnd, sentence.End - cueEnd);
        var that = agent.Success ? ThatClause().Match(text, cueEnd + agent.Length, sentence.End - cueEnd - agent.Length) : Match.Empty;
        var outlet = agent.Success ? ClauseReader.PhraseAfter(text, cueEnd + agent.Length, that.Success ? that.Index : sentence.End) : null;
        var after = outlet?.Range.End ?? cueEnd;
        var lead = new TextRange(sentence.Start, speaker.Range.Start).Trim(text, ",");
        var content = lead.IsEmpty ? Rest(text, sentence, after) : lead;
        var quotedCue = AttributionRules.SpanOf(text, new TextRange(cue.Index + cue.Value.IndexOf("quoted", StringComparison.Ordinal), cueEnd));
        yield return new FoundAttribution(sentence, AttributionRules.SpanOf(text, speaker.Range), quotedCue, AttributionRules.SpanOf(text, content), speaker.Phrase);
        if (outlet is { } carrier)
            yield return new FoundAttribution(sentence, AttributionRules.SpanOf(text, carrier.Range), quotedCue, AttributionRules.SpanOf(text, content), carrier.Phrase);
    }

    private static IEnumerable<FoundAttribution> FromActive(string text, Sentence sentence, Match cue)
    {
        var named = cue.Groups["speaker"];
        if (ClauseReader.PhraseIn(text, new TextRange(named.Index, named.Index + named.Length)) is not { } speaker) yield break;
        var content = Rest(text, sentence, cue.Index + cue.Length);
        var quotedCue = AttributionRules.SpanOf(text, new TextRange(cue.Index, cue.Index + "quoted".Length));
        var asSaying = AttributionRules.SpanOf(text, new TextRange(named.Index + named.Length, cue.Index + cue.Length).Trim(text));
        yield return new FoundAttribution(sentence, AttributionRules.SpanOf(text, speaker.Range), asSaying, AttributionRules.SpanOf(text, content), speaker.Phrase);
        if (ClauseReader.SubjectBefore(text, sentence.Start, cue.Index) is { } outlet)
            yield return new FoundAttribution(sentence, AttributionRules.SpanOf(text, outlet.Range), quotedCue, AttributionRules.SpanOf(text, content), outlet.Phrase);
    }

    private static TextRange Rest(string text, Sentence sentence, int from)
    {
        from += ContentLead().Match(text, from, sentence.End - from).Length;
        var rest = new TextRange(from, sentence.End).Trim(text, ",.;:!?");
        return rest.IsEmpty ? new TextRange(sentence.Start, sentence.End).Trim(text) : rest;
    }
}
