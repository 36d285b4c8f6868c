using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// A citation in brackets closing a statement: "Sea ice shrank again (Nordic Polar Institute, 2022).", "The drug cut relapses
/// by half (Marsh et al., 2019).", "Such heat is now ten times likelier (Varga, Lund University)." The name in brackets is
/// the sentence's source, the words before the bracket its content, the opening bracket its cue; beside another's report in
/// the sentence it links no claim (<see cref="BesideReports"/>). Only a name with a year, with "et al." or with an affiliation
/// (a university, institute, college, hospital ...) cites: an acronym's expansion, a date, a place, a figure, a
/// cross-reference ("(see below)", "(Figure 2)") or a party-state label ("(R-Texas)") never does. A credit "(via Harbour Weekly)" cites
/// the name after "via".
/// </summary>
internal static partial class BracketCitation
{
    private const string Name = @"\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:of|the|for|and|on|&|de|du|van|von)\s+)*\p{Lu}[\p{L}'’.\-]*){0,7}";

    [GeneratedRegex(@"^(?<content>\S.*?\S)\s*\((?<body>[^()]{2,120})\)\s*[.!?]?\s*$")]
    private static partial Regex ClosingBracket();

    // "Nordic Polar Institute, 2022", "Marsh et al., 2019", "Marsh et al. 2019", "Marsh et al."
    [GeneratedRegex(@"^(?<name>" + Name + @")(?:(?:\s+et\s+al\.?,?\s*|,\s*)(?<year>(?:19|20)\d\d[a-z]?)|\s+et\s+al\.?)$")]
    private static partial Regex NameAndYear();

    // "Varga, Lund University", "Varga, Institute for Climate Studies"
    [GeneratedRegex(@"^(?<name>" + Name + @"),\s+(?<affiliation>" + Name + @")$")]
    private static partial Regex NameAndAffiliation();

    // "(via Harbour Weekly)", "(via the Ledger)": a blog's credit of where it read what the sentence tells
    [GeneratedRegex(@"^via\s+(?:the\s+)?(?<name>" + Name + @")$")]
    private static partial Regex Via();

    [GeneratedRegex(@"\b(?:University|College|Institute|Institution|School|Hospital|Clinic|Cent(?:er|re)|Laboratory|Academy|Observatory|Museum)\b")]
    private static partial Regex Institution();

    public static IEnumerable<FoundAttribution> Find(string text, Sentence sentence)
    {
        var match = ClosingBracket().Match(sentence.Text);
        if (!match.Success || match.Groups["content"].Value.Split(' ').Length < 4) yield break;
        var body = match.Groups["body"];
        var cited = NameAndYear().Match(body.Value) is { Success: true } withYear ? withYear : Via().Match(body.Value);
        if (!cited.Success && (cited = NameAndAffiliation().Match(body.Value)) is { Success: true } && !Institution().IsMatch(cited.Groups["affiliation"].Value)) yield break;
        if (!cited.Success || NamesNoOne(cited.Groups["name"].Value)) yield break;
        var start = sentence.Start + body.Index + cited.Groups["name"].Index;
        if (ClauseReader.PhraseIn(text, new TextRange(start, start + cited.Groups["name"].Length)) is not { Phrase.Form: PhraseForm.Named } source) yield break;
        var bracket = sentence.Start + body.Index - 1;
        var content = new TextRange(sentence.Start + match.Groups["content"].Index, sentence.Start + match.Groups["content"].Index + match.Groups["content"].Length).Trim(text, ",;:");
        yield return new FoundAttribution(sentence, AttributionRules.SpanOf(text, source.Range), AttributionRules.SpanOf(text, new TextRange(bracket, bracket + 1)),
            AttributionRules.SpanOf(text, content), source.Phrase);
    }

    /// <summary>
    /// A citation in a sentence where someone else reports ("From the Nordic Polar Institute, Ada Lind confirms the lake froze
    /// late (Nordic Polar Institute, 2022)."): the cited source stays listed, citing what the speaker reports, but the claim is the
    /// speaker's.
    /// </summary>
    public static List<FoundAttribution> BesideReports(List<FoundAttribution> found) =>
        found.Select(f => IsCitation(f) && found.FirstOrDefault(o => !IsCitation(o) && o.Reports && o.Sentence.Start == f.Sentence.Start) is { } report
            ? f with { LinksClaims = false, Content = report.Content } : f).ToList();

    private static bool IsCitation(FoundAttribution f) => f.Cue.Text == "(" && f.Source.Start > f.Cue.Start;

    // "(March, 2021)", "(U.K., 2018)": a date or a place with a year
    private static bool NamesNoOne(string name) =>
        CalendarWords.Months.Contains(name.Split(' ')[0].TrimEnd('.')) || SourceLexicon.IsNationality(name) || SourceLexicon.IsNationality(name.TrimEnd('.'));
}
