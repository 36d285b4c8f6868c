using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "The mayor has faced criticism over the deal", "the bill drew sharp criticism from both parties", "police are investigating
/// claims of fraud", "the agency received reports that ...": the subject faces, draws, receives or looks into what others said;
/// it is their target or their reader, never who said it. In PolNeAR train 34 such phrases stand after their subject; of the
/// 22 marked as an attribution none has the subject as its source (8 name the speakers in a "from" phrase, 14 none).
/// </summary>
internal static partial class ReceivedSpeech
{
    // the verb (after the subject, or written as the last word of its span: "The agency received | reports"), up to three
    // modifiers, an amount ("a flood of"), then what was said, or a word before it ("angry complaints")
    [GeneratedRegex(@"\b(?:fac(?:e|es|ed|ing)|draw(?:s|n|ing)?|drew|receiv(?:e|es|ed|ing)|attract(?:s|ed|ing)?|field(?:s|ed|ing)?|investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|review(?:s|ed|ing)?|(?:come|comes|came|coming)\s+under)\s+(?:(?:the|a|an|its|his|her|their|new|fresh|growing|mounting|sharp|harsh|heavy|intense|widespread|similar|such|some|more|further|repeated|several|numerous|many|fair|\p{Ll}+ly)\s+){0,3}(?:(?:share|number|flood|wave|barrage|lot|lots|plenty|string|series|host|torrent|stream|slew|deluge|volley)\s+of\s+)?(?<noun>\p{Ll}+)(?:\s+(?<next>\p{Ll}+))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivingVerb();

    /// <summary>True when such a verb, after the source's first word, and its reporting noun overlap the cue.</summary>
    public static bool Receives(string text, Span source, Span cue)
    {
        if (source.End > cue.Start) return false;
        var first = text.IndexOf(' ', source.Start, source.End - source.Start);
        if (first < 0) first = source.End;
        for (var m = ReceivingVerb().Match(text, first, Math.Min(text.Length, cue.End + 60) - first); m.Success; m = m.NextMatch())
            if (m.Index < cue.End && m.Index + m.Length > cue.Start && (IsSaid(m.Groups["noun"].Value) || IsSaid(m.Groups["next"].Value))) return true;
        return false;
    }

    private static bool IsSaid(string noun) => ReportingCues.IsReportingNoun(noun) || SaidNouns.Contains(noun);

    // What others say of or to someone besides the reporting nouns ("criticism", "claims", "reports" are there): "faced questions",
    // "drew complaints", "received calls to resign", "came under scrutiny"
    private static readonly HashSet<string> SaidNouns = new(StringComparer.OrdinalIgnoreCase)
        { "criticisms", "questions", "complaints", "calls", "charges", "scrutiny", "condemnation", "praise", "messages", "threats", "insults" };
}
