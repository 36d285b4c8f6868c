using System.Text.RegularExpressions;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "The deals don't just happen, he said, according to a transcript reviewed by the Gazette": the one who relays a report
/// is cited, but the sentence is still the speaker's; an "according to" right after another report of its sentence links no
/// claim, and what it relays is what the speaker said. An "according to" that opens the sentence ("According to Yahoo News,
/// the spokesman said ...") keeps it: PolNeAR gives such a sentence to the outlet (dev: one link moved to the spokesman was
/// counted wrong).
/// </summary>
internal static partial class GoBetween
{
    [GeneratedRegex(@"^[\s,]*$")]
    private static partial Regex OnlyCommas();

    // what it relays is the other's content, not the other's source and cue, which would make the speaker's report look told by the relay
    // (the other report is looked for among its sentence's only, in their order: a long document's reports are not each walked for every relay)
    public static List<FoundAttribution> Mark(string text, IReadOnlyList<FoundAttribution> found)
    {
        var bySentence = found.ToLookup(f => f.Sentence.Start);
        return found.Select(f => f.LinksClaims && ReportingCues.IsAccordingTo(f.Cue.Text) && bySentence[f.Sentence.Start].FirstOrDefault(g => Relays(text, f, g)) is { } relayed
            ? f with { LinksClaims = false, Content = relayed.Content, ContentParts = relayed.ContentParts } : f).ToList();
    }

    // g is another report of the sentence, its speaker named, with nothing but a comma between its source and cue and the relay
    private static bool Relays(string text, FoundAttribution relay, FoundAttribution g)
    {
        if (g == relay || !g.Reports || g.Phrase is null || g.Sentence.Start != relay.Sentence.Start || ReportingCues.IsAccordingTo(g.Cue.Text)) return false;
        var gEnd = Math.Max(g.Cue.End, g.Source.End);
        return gEnd <= relay.Cue.Start && OnlyCommas().IsMatch(text[gEnd..relay.Cue.Start]);
    }
}
