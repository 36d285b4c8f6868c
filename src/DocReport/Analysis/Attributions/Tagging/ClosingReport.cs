using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// Contents the tagger left out around a report that closes or opens its sentence. "Turnout was higher than expected, a new survey
/// indicates.", "..., the church posted on Facebook.", "..., as Ann Lee noted in the Courier.": a reporting cue after its source,
/// with nothing after it but where or when, reports the clause before the comma (at least four words, so not an opening
/// "Earlier this week,"). "According to the audit office, the agency spent too much": a cue that opens its sentence, its source
/// after it and then a comma, reports the rest of the sentence.
/// </summary>
internal static partial class ClosingReport
{
    // nothing after the cue but a place, a medium or a time ("on Facebook", "in its letter", "Tuesday")
    [GeneratedRegex(@"^(?:(?:in|on|at|during|to|via|from|with|after|before|last|this|earlier|later|late|early|yesterday|today|\p{Lu}\w*day)\b[^,;:]*)?$")]
    private static partial Regex OnlyAdjuncts();

    // the comma that closes the clause reported, and an "as" after it (", as Ann Lee noted")
    [GeneratedRegex(@",\s*(?:as\s+)?$")]
    private static partial Regex ClosingComma();

    public static TaggedSpan? Before(string text, Sentence sentence, TaggedSpan source, TaggedSpan cue)
    {
        var rest = new TextRange(cue.End, sentence.End).Trim(text, ".!?”\"'’");
        var comma = ClosingComma().Match(text[sentence.Start..source.Start]);
        if (!comma.Success || !OnlyAdjuncts().IsMatch(rest.Of(text))) return null;
        var lead = new TextRange(sentence.Start, sentence.Start + comma.Index).Trim(text, ",;:—–");
        return lead.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4 ? null : cue with { Role = SpanRole.Content, Start = lead.Start, End = lead.End };
    }

    public static TaggedSpan? After(string text, Sentence sentence, TaggedSpan source, TaggedSpan cue)
    {
        if (new TextRange(sentence.Start, cue.Start).Trim(text, "“\"‘'").IsEmpty is false || !text[source.End..sentence.End].TrimStart().StartsWith(',')) return null;
        var rest = new TextRange(source.End, sentence.End).Trim(text, ",.;:!?");
        return rest.IsEmpty ? null : cue with { Role = SpanRole.Content, Start = rest.Start, End = rest.End };
    }
}
