using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "As stated in Davis' commentary, the plan would cost $2 billion", "As noted in a report by the Urban Institute, ...":
/// an opening that says where the rest of the sentence was stated. The source is what it was stated in (a document named
/// by whose it is resolves to them); the content is the rest of the sentence. Replaces what the tagger reads there.
/// </summary>
internal static partial class AsStated
{
    [GeneratedRegex(@"\G\s*As\s+(?:(?:was|is|has\s+been)\s+)?(?<cue>stated|noted|reported|written|argued|explained|outlined|claimed|detailed|shown|suggested|found|described)\s+(?:in|by)\s+(?<source>[^,;:“”""]{2,80}?)\s*,\s*(?<content>\S.*)")]
    private static partial Regex Opening();

    public static IEnumerable<FoundAttribution> Find(string text, Sentence sentence)
    {
        var match = Opening().Match(text, sentence.Start, sentence.End - sentence.Start);
        if (!match.Success) yield break;
        var named = match.Groups["source"];
        if (ClauseReader.PhraseIn(text, new TextRange(named.Index, named.Index + named.Length)) is not { } source) yield break;
        var cue = new TextRange(match.Index, named.Index).Trim(text);
        var content = new TextRange(match.Groups["content"].Index, sentence.End).Trim(text, ".!?;");
        if (content.IsEmpty) yield break;
        yield return new FoundAttribution(sentence, AttributionRules.SpanOf(text, source.Range), AttributionRules.SpanOf(text, cue), AttributionRules.SpanOf(text, content), source.Phrase);
    }
}
