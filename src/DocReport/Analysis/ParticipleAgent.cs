using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;

namespace DocReport.Analysis;

/// <summary>
/// "The research, supported by the Ford Foundation and the city, reveals that ...": the agent of a passive participle set
/// after the subject by a comma funds, leads or wrote what speaks; it is not the speaker. The speaker is the subject before
/// the comma. So too the one who saw or obtained it ("intelligence reports seen by Reuters suggest").
/// </summary>
internal static partial class ParticipleAgent
{
    // ", supported by", ", funded by", ", written by": a participle right after a comma, with its "by"; "reports seen by Reuters",
    // "emails obtained by the paper": one who got to read what speaks, with or without a comma
    // (", much welcomed by", ", widely praised by": with a degree adverb before the participle)
    [GeneratedRegex(@"(?:,\s*(?:(?:much|widely|long|well|\p{Ll}+ly)\s+)?\p{Ll}+(?:ed|en|wn)|\s(?:seen|obtained|reviewed|viewed))\s+by\s")]
    private static partial Regex AgentParticiple();

    /// <summary>True when the attribution's source span holds the by-agent of a participle set after the sentence's subject.</summary>
    public static bool Names(string text, FoundAttribution f) => Agent(text, f) is not null;

    /// <summary>The subject the participle is set after ("The research"), or null when it names no source.</summary>
    public static SourcePhrase? SubjectOf(string text, FoundAttribution f)
    {
        var agent = Agent(text, f);
        if (agent is null) return null;
        var before = text[f.Sentence.Start..(f.Sentence.Start + agent.Index)];
        var subject = before[(before.LastIndexOfAny([',', ';', ':']) + 1)..].Trim();
        return subject.Length == 0 ? null : SourcePhrase.Parse(subject);
    }

    // The participle's comma and "by", when the source span runs over the "by" and the cue comes after the span
    private static Match? Agent(string text, FoundAttribution f)
    {
        if (f.Source.End > f.Cue.Start) return null;
        var match = AgentParticiple().Match(text[f.Sentence.Start..f.Source.End]);
        return match.Success && f.Sentence.Start + match.Index + match.Length <= f.Source.End + 1 && f.Source.Start <= f.Sentence.Start + match.Index + match.Length
            ? match : null;
    }
}
