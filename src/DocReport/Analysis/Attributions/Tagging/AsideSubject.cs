using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// "Ann Lee, who lives outside Leeds and said she would stay, says", "The agency — which the mayor set up in May — announced": a
/// reporting cue the tagger found with no source, right after an aside set off by commas or dashes after its sentence's subject,
/// has that subject for its speaker (the tagger leaves a subject that far from its cue untagged). The subject is read at the
/// sentence's start, after a leading conjunction and an opening phrase closed by a comma ("Hours later, Trump ..."): a pronoun, a
/// name (one word only when the article gave it as a name's last word before), or "the" with a description ("The Vermont senator");
/// not with a passive cue ("has been mentioned"), nor with a quotation or another source before the cue outside the aside.
/// From recall23's SharedSubject (round 23), its aside case; round 38 adds its participle case after a comma alone ("Lee returned
/// the favour to the mayor, telling reporters the budget was sound": the main clause's subject tells it), where no other source
/// stands before the cue in the sentence; the "and" and "by" cases are left out. A possessive ("Lee's daughter, ...") is no subject.
/// </summary>
internal static partial class AsideSubject
{
    [GeneratedRegex(@"^(?:(?:But|And|Yet|Still|So|Instead|Then|Now)\b,?\s+)?")]
    private static partial Regex LeadingConjunction();

    // an opening phrase before the subject: a time, a place, a clause ("When Ann Lee spoke, ...")
    [GeneratedRegex(@"^(?:On|In|At|For|After|Before|When|While|As|Since|During|Hours|Days|Weeks|Months|Years|A\s+few|Last|Earlier|Later|Here|There|Meanwhile|However|Still|Once|Until|Although|Though|Despite|With|Without|By|From|Over|Under|If|Because|This|That|These|Those|It|What)\b(?<phrase>[^,;:“”""]{0,80},\s+)?")]
    private static partial Regex OpeningPhrase();

    // "He", "The Vermont senator" (not "The AP has"), "Sen. Ann Lee", "The State Department", then a verb or an adverb in lower case, or an aside
    // closed by a comma or dash right before the cue ("Ann Lee, who lives outside Leeds, says", "The film ― which ... ― explains")
    [GeneratedRegex(@"^(?<subject>(?:He|She|They|We|I)|(?:The|the)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}(?!(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|did|does|do|also|then|later|again|never|still|just|now)\b)\p{Ll}+|(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev)\.\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?:\s+(?=\p{Ll})|(?<aside>\s*[,—–―]\s*[^;:“”""—–―]+?[,—–―]\s*(?:(?:also|then|later|\p{Ll}+ly)\s+)?$))")]
    private static partial Regex Subject();

    [GeneratedRegex(@"^(?:He|She|They|We|I)$")]
    private static partial Regex Pronoun();

    // ", telling", ", firmly saying": a participle set after the main clause by a comma ("by saying" left out: on a gate it
    // credited one more of the writer's own sentences)
    [GeneratedRegex(@",\s+(?:\p{Ll}+ly\s+)?$")]
    private static partial Regex ParticipleLink();

    private static bool IsParticiple(string clause, string cue) => cue.Split(' ')[0].EndsWith("ing", StringComparison.Ordinal) && ParticipleLink().IsMatch(clause);

    // "Donald Trump's eldest daughter, 34, ..., writing": a possessive names whose subject it is, not who speaks
    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();

    // "has been mentioned", "was asked": the subject of a passive is not who speaks
    [GeneratedRegex(@"^(?:(?:is|are|was|were|be|been|being|has|have|had)\s+)+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ld|id)\b")]
    private static partial Regex Passive();

    /// <summary>True for a passive cue ("has been mentioned", "is widely regarded"), whose subject is not who speaks.</summary>
    public static bool IsPassive(string cue) => Passive().IsMatch(cue);

    // "Trump" alone is a name when the article named it after another word in capitals before ("Donald Trump"); a verb in capitals opening
    // a headline ("Repeats ...") is not
    private static bool NamedBefore(string text, int before, string word) =>
        Regex.IsMatch(text.AsSpan(0, before), $@"\p{{Lu}}[\p{{L}}.]*\s+{Regex.Escape(word)}\b");

    /// <summary>The subject before an aside right before a cue without a source in the sentence from <paramref name="sentenceStart"/>, or null.</summary>
    public static TextRange? Of(string text, int sentenceStart, TaggedSpan cue, IEnumerable<TaggedSpan> spans)
    {
        var clause = text[sentenceStart..cue.Start];
        if (IsPassive(text[cue.Start..cue.End]) || !ReportingCues.Reports(text[cue.Start..cue.End]) || clause.IndexOfAny(['“', '”', '"']) >= 0) return null;
        var at = LeadingConjunction().Match(clause).Length;
        // an opening phrase with no comma after it ("In the next weeks the campaign ...") leaves the subject unknown
        var opening = OpeningPhrase().Match(clause[at..]);
        if (opening.Success && !opening.Groups["phrase"].Success) return null;
        at += opening.Length;
        var match = Subject().Match(clause[at..]);
        var subject = match.Groups["subject"];
        var aside = match.Groups["aside"].Success;
        if (!match.Success || !aside && !IsParticiple(clause, text[cue.Start..cue.End])) return null;
        var (start, end) = (sentenceStart + at + subject.Index, sentenceStart + at + subject.Index + subject.Length);
        // another source before the cue is the subject's own, unless it stands inside the aside ("Ann Lee, who said she ..., said")
        if (spans.Any(s => s.Role == SpanRole.Source && s.Start < cue.Start && s.End > sentenceStart && (!aside || s.Start < end))) return null;
        if (Possessive().IsMatch(subject.Value) || SourcePhrase.Parse(subject.Value) is null || !subject.Value.Contains(' ') && !Pronoun().IsMatch(subject.Value) && !NamedBefore(text, sentenceStart, subject.Value)) return null;
        return new TextRange(start, end);
    }
}
