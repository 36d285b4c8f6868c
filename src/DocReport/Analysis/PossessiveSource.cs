using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;

namespace DocReport.Analysis;

/// <summary>
/// A source written as a possessive: "Senator Bob Hale's earlier report that ..." names whose report it was, often one the
/// text recalls while another person speaks; "rebukes that outweighed Princess Ada's interview" after its cue names no source.
/// </summary>
internal static partial class PossessiveSource
{
    /// <summary>
    /// True when the source is a possessive before a reporting noun that is the cue, dated as past by a word between them
    /// ("Hale's earlier report", "Ada's 2015 interview"): the person recalled there is not whom a later "he" or "she" stands
    /// for while another is the one speaking. Undated ("Trump's assertion that ...") it may be what the text now speaks of.
    /// </summary>
    public static bool RecallsReport(string text, FoundAttribution f) =>
        f.Source.Start < f.Cue.Start && f.Source.End <= f.Cue.End && OwnedNoun().Match(text, f.Source.Start, f.Cue.End - f.Source.Start) is { Success: true } m
        && ReportingCues.IsReportingNoun(m.Groups["noun"].Value) && m.Groups["word"].Captures.Any(w => Past().IsMatch(w.Value));

    /// <summary>
    /// True when the source span is a name in the possessive and the cue comes before it ("delivering rebukes that outweighed
    /// even Princess Ada's"): the name owns a noun after it, and the cue is someone else's act, so it names no source. A name
    /// set before a possessive description ("instructed Ann Lee, the agency's") is the speaker still.
    /// </summary>
    public static bool AfterItsCue(FoundAttribution f) =>
        f.Cue.End <= f.Source.Start && f.Phrase is { Form: PhraseForm.Named } phrase && PossessiveEnd().Match(f.Source.Text) is { Success: true } end
        && f.Source.Text[..end.Index].EndsWith(phrase.Name, StringComparison.Ordinal);

    // "Hale's earlier report", "Ada's 2015 interview", "the senator's statement": the possessive, up to three words (captured), the noun
    [GeneratedRegex(@"\p{L}(?:['’]s|s['’])\s+(?:(?<word>[\p{L}\d-]+)\s+){0,3}(?<noun>\p{L}+)\s*$")]
    private static partial Regex OwnedNoun();

    // a year, or a word that sets a report in the past: "1995", "earlier", "famous", "landmark", "last"
    [GeneratedRegex(@"^(?:1[89]\d\d|20\d\d|earlier|previous|prior|former|past|last|old|original|famous|landmark|historic|infamous)$", RegexOptions.IgnoreCase)]
    private static partial Regex Past();

    [GeneratedRegex(@"(?<=\p{L})(?:['’]s|(?<=s)['’])$")]
    private static partial Regex PossessiveEnd();
}
