using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Analysis.Sources;

/// <summary>The part of the registry that gives the people a poll counted ("38 percent said", "those surveyed said") to the poll.</summary>
internal sealed partial class SourceRegistry
{
    // the last respondents given to a poll, and where: the poll's findings run on from paragraph to paragraph
    private (SourceEntry Poll, int At)? lastRespondents;

    /// <summary>
    /// "A new Harbour Post poll found ... Forty percent of voters said": the poll, survey or study the text last cited as a source
    /// (or its maker, not a person: "a new poll by the Harbour Institute"), when the text cited it, or gave it respondents, in the
    /// paragraph of <paramref name="position"/> or the one before, and brought in no other poll since ("In a Pollwatch survey the same
    /// month, 38 percent said": that survey's, which the registry does not know); null otherwise. The poll's reach runs on through
    /// its respondents' sentences only, not through its own mentions.
    /// </summary>
    public SourceEntry? FindingNear(int position)
    {
        if (lastFinding is not { Kind: not SourceKind.Person } finding || finding.LastSeen >= position) return null;
        var anchor = lastRespondents is var (poll, at) && ReferenceEquals(poll, finding) && at > finding.LastSeen ? at : finding.LastSeenEnd;
        var paragraph = LineStart(position);
        var before = paragraph == 0 ? 0 : LineStart(PreviousLineWithWords(paragraph));
        if (anchor < before || anchor > position || PollBroughtIn().IsMatch(text.AsSpan(anchor, position - anchor))) return null;
        finding.Mentions++;
        lastRespondents = (finding, position);
        return finding;
    }

    // The poll, survey or study last cited, within a pronoun's reach of position, with no other poll brought in since
    private SourceEntry? LastFindingUnbroken(int position) =>
        lastFinding is { } cited && cited.LastSeenEnd <= position && position - cited.LastSeen <= PronounReach
        && !PollBroughtIn().IsMatch(text.AsSpan(cited.LastSeenEnd, position - cited.LastSeenEnd)) ? cited : null;

    // another poll brought in: "a|an|another ... poll", "survey" or "study", up to six words between
    [GeneratedRegex(@"\b(?i:an?|another)\s+(?:[\w'’./&-]+\s+){0,6}?(?i:polls?|polling|surveys?|study)\b")]
    private static partial Regex PollBroughtIn();

    private int LineStart(int position) => position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;

    // the last position of the nearest line before the one opening at lineStart that holds a word (blank lines between paragraphs)
    private int PreviousLineWithWords(int lineStart)
    {
        var at = lineStart - 1;
        while (at > 0 && char.IsWhiteSpace(text[at])) at--;
        return at;
    }
}
