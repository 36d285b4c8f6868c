using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "As stated in Davis' commentary, the plan would cost $2 billion", "As noted in a report by the Urban Institute, ...",
/// "As the Courier reports, the council ...": an opening that says where or by whom the rest of the sentence was stated. The
/// source is what it was stated in or who states it (a document named by whose it is resolves to them); the content is the
/// rest of the sentence, any report inside it included. Set after what it states ("..., as noted by Harbour Medical School",
/// "Since most pills hold them, as noted by a Harbour clinic, one is enough"), the content is the words before its comma.
/// Replaces what the tagger reads there.
/// </summary>
internal static partial class AsStated
{
    [GeneratedRegex(@"\G\s*As\s+(?:(?:was|is|has\s+been)\s+)?(?<cue>stated|noted|reported|written|argued|explained|outlined|claimed|detailed|shown|suggested|found|described)\s+(?:in|by)\s+(?<source>[^,;:“”""]{2,80}?)\s*,\s*(?<content>\S.*)")]
    private static partial Regex StatedIn();

    // "As the Courier reports, ...", "As Lee put it, ...": the source as the subject of the opening's verb of saying
    [GeneratedRegex(@"\G\s*As\s+(?<source>[^,;:“”""]{2,60}?)\s+(?<cue>(?:(?:has|had)\s+)?(?:reports|reported|notes|noted|writes|wrote|says|said|explains|explained|observes|observed|points\s+out|pointed\s+out|puts\s+it|put\s+it))\s*,\s*(?<content>\S.*)")]
    private static partial Regex SourceStates();

    // "..., as noted by Harbour Medical School.", "..., as reported in the Ledger, ...": the same, set after what it states
    [GeneratedRegex(@",\s*as\s+(?:(?:was|is|has\s+been)\s+)?(?<cue>stated|noted|reported|written|argued|explained|outlined|claimed|detailed|shown|suggested|found|described)\s+(?:in|by)\s+(?<source>[^,;:“”""()]{2,80}?)\s*(?:,|[.!?]?\s*$)")]
    private static partial Regex StatedAfter();

    public static IEnumerable<FoundAttribution> Find(string text, Sentence sentence)
    {
        var after = StatedAfter().Match(text[sentence.Start..sentence.End]);
        if (after.Success && After(text, sentence, after) is { } trailing)
        {
            yield return trailing;
            yield break;
        }
        var match = StatedIn().Match(text, sentence.Start, sentence.End - sentence.Start);
        var stated = match.Success;
        if (!stated) match = SourceStates().Match(text, sentence.Start, sentence.End - sentence.Start);
        if (!match.Success) yield break;
        var named = match.Groups["source"];
        if (ClauseReader.PhraseIn(text, new TextRange(named.Index, named.Index + named.Length)) is not { } source) yield break;
        var cue = stated ? new TextRange(match.Index, named.Index).Trim(text) : new TextRange(match.Groups["cue"].Index, match.Groups["cue"].Index + match.Groups["cue"].Length);
        var content = new TextRange(match.Groups["content"].Index, sentence.End).Trim(text, ".!?;");
        if (content.IsEmpty) yield break;
        yield return new FoundAttribution(sentence, AttributionRules.SpanOf(text, source.Range), AttributionRules.SpanOf(text, cue), AttributionRules.SpanOf(text, content), source.Phrase);
    }

    private static FoundAttribution? After(string text, Sentence sentence, Match match)
    {
        var named = match.Groups["source"];
        var range = new TextRange(sentence.Start + named.Index, sentence.Start + named.Index + named.Length);
        if (ClauseReader.PhraseIn(text, range) is not { } source) return null;
        var content = new TextRange(sentence.Start, sentence.Start + match.Index).Trim(text, ",");
        if (content.IsEmpty) return null;
        var cue = new TextRange(sentence.Start + match.Index + 1, range.Start).Trim(text);
        return new FoundAttribution(sentence, AttributionRules.SpanOf(text, source.Range), AttributionRules.SpanOf(text, cue), AttributionRules.SpanOf(text, content), source.Phrase);
    }
}
