using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>
/// The part of the registry that remembers what each person reported: "Marco Rubio claimed that ... President Barack Obama is to
/// blame ... “...,” he said": a person named inside the speaker's own reported words is only spoken of, so a later "he" goes on
/// with the speaker (round 45: PolNeAR train's pronouns left unlinked by such a name between).
/// </summary>
internal sealed partial class SourceRegistry
{
    private readonly List<(int Start, int End, SourceEntry Speaker)> reports = [];

    /// <summary>
    /// Marks <c>[start,end)</c> as the words the one person <paramref name="speaker"/> reports through <paramref name="cue"/>;
    /// not a question's: "Scott Conroy asked Sanders whether ... “...,” he said": the one asked is the one who answers.
    /// </summary>
    public void Reported(SourceEntry speaker, string cue, int start, int end)
    {
        if (speaker.Kind == SourceKind.Person && speaker.Gender != '-' && end > start && !Asks().IsMatch(cue)) reports.Add((start, end, speaker));
    }

    // the cue's first word only: "said on NBC's “Meet the Press”" is no question; "questioned Mr. Trump's veracity" doubts, asks nothing
    [GeneratedRegex(@"^\s*(?:(?i:has|had|have|also|then|later)\s+)?(?i:ask|asks|asked|asking|interviewed|quizzed|queried)\b")]
    private static partial Regex Asks();

    // "Clinton said Trump was unfit. He fired back": one who answers may be the one spoken of, so a reply's pronoun is not read so;
    // nor one who acts in the report ("told the Gazette that Governor Paul Hanley wanted ... He said"): the text may go on with them
    private bool InOwnReport(SourceEntry entry, int at, int position) =>
        !ReplyAfter().IsMatch(text, position) && !ActingSubject().IsMatch(text, at) && reports.Any(r => r.Speaker == entry && r.Start <= at && at < r.End);

    // a name (not a possessive) before a verb that is no state: "Hanley wanted", "Shelby had arrested", "Trump was running"; not
    // "Obama is to blame", "Trump is a faker", "Trump has no consistency", nor a name before "and", a noun's "the", a preposition
    [GeneratedRegex(@"\G\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)*(?<!['’]s?)[ \t]+(?:\p{Ll}+ly[ \t]+)?(?:(?:is|was|are|were)[ \t]+(?:\p{Ll}+ly[ \t]+)?\p{Ll}+ing\b|(?:(?:" + Auxiliaries + @")[ \t]+)*(?!(?:" + Auxiliaries + @"|is|was|are|were|be|been|and|or|but|a|an|no|the|to|of|in|on|at|for|with|by|from|who|which|whom|whose|that)\b)\p{Ll}+)")]
    private static partial Regex ActingSubject();

    private const string Auxiliaries = "has|had|have|will|would|could|should|can|may|might|must|did|does|do|also|then|later|never|not|just|still";

    [GeneratedRegex(@"\G\p{L}+[ \t]+(?:\p{Ll}+ly[ \t]+)?(?:responded|responds|replied|replies|retorted|countered|counters|fired[ \t]+back|shot[ \t]+back|hit[ \t]+back)\b")]
    private static partial Regex ReplyAfter();
}
