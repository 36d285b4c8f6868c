using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "In a new Harbour Post poll released Monday, 48 percent of voters backed Lee", "Lee led Park by six points in the latest
/// Pollwatch survey": a sentence that tells figures as standing "in" one poll reports that poll's finding, with "in" its cue
/// (PolNeAR's annotators mark it so: 59 train attributions with the cue "in" and a poll for source). Only one poll (a determiner
/// or an owner's possessive, the head "poll" or "survey" in the singular): "leads in the polls", "in national polls" is the
/// writer's summary (PolNeAR train: about 16 of 100 such phrases marked, against 54 of 82 for one poll with figures beside it).
/// Only with figures or a standing outside the phrase ("percent", a number, "leads", "behind"). Not inside a quotation, nor where
/// a report of the sentence already holds the phrase or the sentence ("Lee said she leads in the latest poll": the sentence is
/// Lee's), unless that report's source is the respondents counted ("79 percent of voters said ..."): the finding is the poll's,
/// and what the respondents said is inside it. The sentence alone: the next sentence with no cue is no longer the poll's
/// (PolNeAR marks 12 train poll contents beyond their cue's sentence against 182 figure sentences in poll articles left unmarked).
/// </summary>
internal static partial class PollFindings
{
    // "in" then one poll: a determiner or an owner's possessive, up to six words that join nothing, "poll" or "survey"; not a polling
    // place, a poll tax, the poll's own margin ("the poll's margin of error"), "a poll-tested message"; not an earlier poll, which is
    // what a finding is compared with ("from 58 percent in the last poll to 55 percent now", "after half said so in the earlier poll")
    [GeneratedRegex(@"\b[Ii]n\s+(?<poll>(?:a|an|the|this|that|its|their|another|\p{Lu}[\w.&-]*['’]s)\s+(?:(?!(?:and|or|of|to|for|with|by|from|than|as|that|which|who|in|on|at|earlier|previous|prior|last|past|former|old|older)\b)[\w'’./&-]+\s+){0,6}?(?:poll|survey))\b(?!['’]s|\s*-|\s+(?:workers?|tax|taxes|booths?|places?|stations?|locations?|sites?|closing|closes|watchers?|that|which|who)\b)")]
    private static partial Regex InPoll();

    // what the poll is told by after its head: "released Monday", "conducted last week", "taken in December", "last month"
    [GeneratedRegex(@"\G(?:\s+(?:released|conducted|taken|published|out)(?:\s+(?:on|in|last|this|early|late))?(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|January|February|March|April|May|June|July|August|September|October|November|December))?|\s+(?:last|this)\s+(?:week|month|year|spring|summer|fall|autumn|winter))")]
    private static partial Regex AfterHead();

    // figures or a standing told outside the poll's phrase
    [GeneratedRegex(@"\d|\b(?i:percent|per\s+cent|points?|lead|leads|led|leading|ahead|behind|trail|trails|trailed|trailing|tied|majority|half|third|quarter|two-thirds|three-quarters|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten))\b")]
    private static partial Regex Figures();

    // the respondents counted: "79 percent of Democrats", "Some 20 percent", "half of voters", "One in four voters", "Most Republicans"
    [GeneratedRegex(@"^(?i:(?:some|about|nearly|almost|just|only|roughly|around|over|more\s+than|fewer\s+than|less\s+than|a\s+mere|a\s+full)\s+)?(?:\d|(?i:half|most|majority|a\s+majority|a\s+third|a\s+quarter|two-thirds|three-quarters|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+\w+|\w+(?:-\w+)?\s+percent)\b)")]
    private static partial Regex Respondents();

    public static List<FoundAttribution> Add(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Quotation> quotations, List<FoundAttribution> found)
    {
        var bySentence = found.ToLookup(f => f.Sentence.Start);
        var (dropped, added) = (new HashSet<FoundAttribution>(), new List<FoundAttribution>());
        foreach (var sentence in sentences)
        {
            var match = InPoll().Match(text, sentence.Start, sentence.End - sentence.Start);
            if (!match.Success) continue;
            var poll = match.Groups["poll"];
            var after = AfterHead().Match(text, poll.Index + poll.Length, sentence.End - poll.Index - poll.Length);
            var (phraseStart, source) = (match.Index, new TextRange(poll.Index, poll.Index + poll.Length + after.Length));
            if (quotations.Any(q => q.Overlaps(phraseStart, source.End))) continue;
            var mates = bySentence[sentence.Start].ToList();
            // the tagger's "[a new Pollwatch poll] <released> {Monday, ...}": the phrase read as a report of its own
            var replaced = mates.Where(f => f.Source.Start < source.End && source.Start < f.Source.End || phraseStart <= f.Cue.Start && f.Cue.End <= source.End).ToList();
            if (mates.Except(replaced).Any(f => f.Reports && !Respondents().IsMatch(f.Source.Text))) continue;
            if (SourceSpanReader.Read(source.Of(text)) is not { Descriptor.Kind: SourceKind.Document } phrase) continue;
            var before = new TextRange(sentence.Start, phraseStart).Trim(text, ",;");
            var rest = new TextRange(source.End, sentence.End).Trim(text, ",;.!?");
            if (!Figures().IsMatch(before.Of(text)) && !Figures().IsMatch(rest.Of(text))) continue;
            var opens = before.IsEmpty || LeadingWord().IsMatch(before.Of(text));
            var (content, parts) = opens ? (rest, (IReadOnlyList<TextRange>)[])
                : (before, rest.IsEmpty || !rest.Of(text).Any(char.IsLetterOrDigit) ? [] : [rest]);
            if (content.IsEmpty) continue;
            dropped.UnionWith(replaced);
            added.Add(new FoundAttribution(sentence, AttributionRules.SpanOf(text, source), AttributionRules.SpanOf(text, new TextRange(phraseStart, phraseStart + 2)),
                AttributionRules.SpanOf(text, content), phrase) { ContentParts = parts, Kind = AttributionKind.Document });
        }
        return added.Count == 0 ? found
            : found.Where(f => !dropped.Contains(f)).Concat(added).OrderBy(f => Math.Min(f.Source.Start, f.Cue.Start)).ThenBy(f => f.Cue.Start).ToList();
    }

    // "But in a Pollwatch survey, ...", "And in ...": a conjunction before the phrase still opens the sentence
    [GeneratedRegex(@"^(?i:but|and|yet|so|still|now|however|meanwhile)$")]
    private static partial Regex LeadingWord();
}
