using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions.Tagging;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// Finds the article's attributions: those the tagger assembles, and those the rules find where the tagger
/// found nothing (no cue or source of its overlaps the rule's); "X was quoted as saying by Y", a transcript's turns and a
/// signed quotation are read by their own rules before either (<see cref="QuotedAsSaying"/>, <see cref="SpeakerLabels"/>), and so is
/// a citation in brackets closing a statement (<see cref="BracketCitation"/>); a colon
/// after a label ("Note: ...") is no attribution (<see cref="ColonLabel"/>); then gives each quotation to its speaker, and
/// last credits an interview's unlabelled answers to the one person interviewed (<see cref="InterviewAnswers"/>). An
/// attribution inside a time clause ("one year after Putin announced a mobilization") tells an event, not a report,
/// unless its cue is a verb of saying ("after health officials said ..."): then the source is cited, but no claim linked;
/// so too when hearsay words stand before a verb of saying ("He reportedly told the men ...": someone else tells it); before
/// another verb ("reportedly instructed") nothing is cited. A belief handed a quotation ("“...,” she went on") is speech (<see cref="QuotedWords"/>). A verb with a plain noun object naming an act ("declared his
/// retirement") narrates, and reports nothing (<see cref="ActObject"/>). An "according to" that relays another's report
/// of its sentence links no claim (<see cref="GoBetween"/>).
/// A finding told as standing "in" one poll is the poll's (<see cref="PollFindings"/>).
/// The subject of a passive ("Parents have been told", "We're told", "two Mennonites were admitted") is who heard it or what
/// was acted on, not who said it: such an attribution keeps its spans but names no source; so does one whose subject faces, draws or
/// looks into what others said ("has faced criticism", "are investigating claims", <see cref="ReceivedSpeech"/>). A naming passive ("are called", "has been called") and a credit line ("X and Y
/// contributed to this report") attribute nothing. A verb with a particle that makes it another verb ("Fetter showed up at MIT",
/// "the union called off the strike") reports nothing, nor does a reporting noun after a common noun ("paper records"). A source
/// span that cannot be a noun phrase ("repeatedly says", "pledged to ban all Muslims") attributes nothing (<see cref="SourceShape"/>).
/// </summary>
internal static partial class AttributionExtractor
{
    [GeneratedRegex(@"\b(?i:reportedly|allegedly|purportedly)\b")]
    private static partial Regex Hearsay();

    // Any passive of a reporting verb: "have been told", "were admitted", "was reported" (the subject is who heard it or what
    // was acted on), but not "was quoted as saying", "is said to have told" (the subject is still the speaker); a view's "is
    // concerned" is a state its holder is in (HeldView)
    [GeneratedRegex(@"(?:\b(?:be|been|being|is|are|was|were|am|get|gets|got)|['’](?:re|m))\s+(?:\w+ly\s+|also\s+|not\s+)*(?:\w+ed|told|said|shown|written|known|heard|seen|given|spoken|taught|thought)$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^\s*(?:as\s+)?(?:saying|having\s+said|to\s+have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillTheSpeaker();

    [GeneratedRegex(@"^\s+(?:(?:has|have|had)\s+(?:\w+ly\s+)*been|is|are|was|were|be|been|being)\s+(?:\w+ly\s+)*(?:called|named|known|dubbed|termed|labelled|labeled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Naming();

    [GeneratedRegex(@"\bcontributed\b(?:\s+\w+){0,3}?\s+to\s+this\s+(?:report|story|article)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContributorCredit();

    // "showed up at MIT", "has called off the strike": the particle makes the cue another verb, one that says nothing
    // ("said after Pagliano failed to show up" still reports: its verb is "said")
    [GeneratedRegex(@"^(?:(?:has|have|had|was|were|is|are|be|been|also|later|then|just|finally|never|only)\s+)*(?:(?:show|showed|shows|showing|shown)\s+(?:up|off)|(?:call|called|calls|calling)\s+off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotReportingWithParticle();

    // "founded a fan site and writes for the female fans", "writes for the Courier": whom one writes for is one's readers or
    // employer, the writing is no report ("wrote for the Courier that the plan would fail" and "wrote for it: “...”" still report)
    [GeneratedRegex(@"^(?:write|writes|wrote|writing)\s+for\s+(?![^.;:“""]*?(?:\bthat\b|[:“""]))", RegexOptions.IgnoreCase)]
    private static partial Regex WritesFor();

    // "Experts have argued over why it fell", "disagreed on whether": a question the verb is over is what they discuss, not
    // what they say ("said why" and "argued that" still report)
    [GeneratedRegex(@"^(?:(?:has|have|had|was|were|is|are|be|been|also|long|still)\s+)*\w+\s+(?:over\s+(?:why|whether|how|what|who|which)|(?:about|on|over|as\s+to)\s+whether)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OverAQuestion();

    private static readonly HashSet<string> Saying = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "say", "told", "tells", "tell" };

    /// <summary>The article's attributions; <paramref name="through"/>, when given, is told the paragraphs both the tagger and
    /// the rules have got through (the rules, on their own thread, may finish after the tagger).</summary>
    public static IReadOnlyList<FoundAttribution> Extract(Article article, AttributionTagger tagger, Action<int>? through = null)
    {
        // the tagger reads the quotations it was trained on; the rules and the speakers' quotations read ''...'' too
        var taggedQuotations = QuotationFinder.Find(article);
        var quotations = QuotationFinder.WithDoubled(article, taggedQuotations);
        var sentences = article.Paragraphs.SelectMany(p => p.Sentences).ToList();
        var firstNames = new FirstNameScanner(article.Text);
        var quotedAs = sentences.SelectMany(s => QuotedAsSaying.Find(article.Text, s).Concat(AsStated.Find(article.Text, s)).Concat(CalledQuoted.Find(article.Text, s, firstNames))).ToList();
        var labelled = SpeakerLabels.Find(article);
        var read = quotedAs.Concat(sentences.SelectMany(s => BracketCitation.Find(article.Text, s).Concat(DisclosedBy.Find(article.Text, s)))).Concat(labelled).ToList();
        var (quotedCues, quotedSources) = (new OverlapIndex(read.Select(q => q.Cue)), new OverlapIndex(read.Select(q => q.Source)));
        // The tagger and the rules read the article apart: the rules take the core the claims leave once they are done.
        IReadOnlyList<TaggedSpan> spans = [];
        List<FoundAttribution> ruled = [];
        var both = through is null ? null : new LeastThrough(2, through);
        Concurrently.Run(() => spans = tagger.Tag(article, taggedQuotations, through: both?.Step(0)), () => ruled = AttributionRules.Extract(article, quotations, both?.Step(1)));
        var tagged = TaggedAttributions.Assemble(article, spans).Select(f => WithoutAccordingTo(article.Text, f)).Select(f => WithoutClosingMarks(article.Text, f, quotations)).Select(f => SourceShape.Mended(article.Text, f))
            .Where(t => !quotedCues.Overlaps(t.Cue) && !quotedSources.Overlaps(t.Source) && !ColonLabel.Is(article.Text, t)).Select(f => f.Classified(true)).Concat(read.Select(f => f.Classified(false))).ToList();
        var (cues, sources, contents) = (new OverlapIndex(tagged.Select(t => t.Cue)), new OverlapIndex(tagged.Select(t => t.Source)), new OverlapIndex(tagged.Select(t => t.Content)));
        var rules = ruled.Select(r => SourceShape.Mended(article.Text, r).Classified(true)).Where(r => !ColonLabel.Is(article.Text, r) && !cues.Overlaps(r.Cue) && !sources.Overlaps(r.Source) && !(r.Kind == AttributionKind.Belief && contents.Overlaps(r.Cue))).ToList();
        // "Her friends have mocked the campaign, calling it “...,” Susan said": a stance inside what another reports is theirs to tell
        var reported = new OverlapIndex(tagged.Concat(rules).Where(f => f.Reports && !StanceVerbs.IsStanceCue(f.Cue.Text)).Select(f => f.Content));
        var found = tagged.Concat(rules).Where(f => !AttributesNothing(article.Text, f)).Select(f => QuotedWords.Read(article.Text, f)).Select(HeldView.Read).Select(f => RatedCues.Read(article.Text, f)).Select(f => reported.Overlaps(f.Cue) ? f : SpeechActs.Read(article.Text, StanceVerbs.Read(article.Text, f, quotations))).Select(f => EndingBefore(article.Text, f, quotedAs))
            .OrderBy(f => Math.Min(f.Source.Start, f.Cue.Start)).ThenBy(f => f.Cue.Start)
            .Select(f => !f.Reports && AskedQuestion.Asks(article.Text, f) ? f with { Reports = true } : f)
            .Select(f => f.Reports && ClauseReader.IsTimeClause(article.Text, f.Sentence.Start, f.Source.Start) ? InTimeClause(article.Text, f) : f)
            .Select(f => f.Kind != AttributionKind.View && IsPassive(article.Text, f) || ReceivedSpeech.Receives(article.Text, f.Source, f.Cue) ? f with { Phrase = null } : f)
            .Select(f => ReadFromNumbers(f) ? f with { Phrase = null } : f)
            .Select(f => f.LinksClaims && Hearsay().IsMatch(article.Text[Math.Min(f.Source.End, f.Cue.Start)..f.Cue.End]) ? AsHearsay(f) : f)
            .Select(f => f.Reports && (NotReporting(article.Text, f.Cue) || PassiveWithItsObject(article.Text, f) || ObjectBeforeByGerund(article.Text, f) || NounAfterNoun(article.Text, f) || CountedParticiple(article.Text, f) || ActObject.Narrates(article.Text, f) || NounCue.IsNoun(article.Text, f.Cue)
                || ReflexiveState.Tells(article.Text, f.Cue) || WriterGuess.Guesses(article.Text, f)) ? f with { Reports = false } : f)
            .Select(f => Requested(f) || ObjectOfFor(f) ? f with { Phrase = null, Reports = false } : f)
            .Select(f => FrontedClause.Holds(f) || ColonLabel.InsideClause(article.Text, f) ? f with { Phrase = null } : f)
            .Select(f => QuotedBeforeSpeaker(article.Text, f, quotations)).ToList();
        // an interview whose turns are labelled has its answers' speaker already
        return QuotationAttacher.Attach(article, GoBetween.Mark(article.Text, GappedParticiples.Add(article.Text, PollFindings.Add(article.Text, sentences, quotations, BracketCitation.BesideReports(found)))), quotations).Concat(labelled.Count == 0 ? InterviewAnswers.Find(article) : []).ToList();
    }

    // "he said according to a transcript reviewed by Business Insider": the tagger's one cue is two; the rules read the second.
    private static FoundAttribution WithoutAccordingTo(string text, FoundAttribution f)
    {
        var at = f.Cue.Text.IndexOf(ReportingCues.AccordingTo, StringComparison.OrdinalIgnoreCase);
        if (at <= 0 || f.Source.Start > f.Cue.Start) return f;
        var cue = new TextRange(f.Cue.Start, f.Cue.Start + at).Trim(text, ",");
        return f with { Cue = AttributionRules.SpanOf(text, cue) };
    }

    // "''...,'' he said": the tagger, which reads no ''...'' quotations, may start a source with the closing marks; left there, the
    // source would lie inside the quotation its speaker's attribution holds, and link nothing (round 30: "'' he", "'' an Intel spokeswoman")
    private static FoundAttribution WithoutClosingMarks(string text, FoundAttribution f, IReadOnlyList<Quotation> quotations)
    {
        var source = f.Source;
        if (!text.AsSpan(source.Start, source.End - source.Start).StartsWith("''", StringComparison.Ordinal)
            || !quotations.Any(q => q.Doubled && q.Start < source.Start && q.End > source.Start && q.End <= source.Start + 3)) return f;
        var start = source.Start + 2;
        while (start < source.End && (text[start] == '\'' || char.IsWhiteSpace(text[start]))) start++;
        var range = new TextRange(start, source.End);
        return range.IsEmpty ? f : f with { Source = AttributionRules.SpanOf(text, range) };
    }

    // "Local people reported seeing a flash, the Tuva government was quoted as saying": what they reported ends where who quotes them starts.
    private static FoundAttribution EndingBefore(string text, FoundAttribution f, List<FoundAttribution> quotedAs)
    {
        var next = quotedAs.Where(q => q.Source.Start > f.Content.Start && q.Source.Start < f.Content.End).Select(q => q.Source.Start).DefaultIfEmpty(-1).Min();
        if (next < 0) return f;
        var content = new TextRange(f.Content.Start, next).Trim(text, ",;");
        return content.IsEmpty ? f : f with { Content = AttributionRules.SpanOf(text, content) };
    }

    // "“We had no choice,” the mayor said Tuesday on WXRT’s “Morning Desk.”": after a cue ending in a preposition comes where it
    // was said, not what; what was said is the quotation just before the speaker
    private static FoundAttribution QuotedBeforeSpeaker(string text, FoundAttribution f, IReadOnlyList<Quotation> quotations)
    {
        if (f.Source.End > f.Cue.Start || f.Content.Start < f.Cue.End || !CueEndsInPreposition().IsMatch(f.Cue.Text)) return f;
        var quote = quotations.LastOrDefault(q => q.End <= f.Source.Start && q.End > f.Sentence.Start && string.IsNullOrWhiteSpace(text[q.End..f.Source.Start].Trim(',')));
        if (quote is null) return f;
        var cue = new TextRange(f.Cue.Start, f.Cue.Start + CueEndsInPreposition().Match(f.Cue.Text).Index).Trim(text);
        return f with { Cue = AttributionRules.SpanOf(text, cue), Content = AttributionRules.SpanOf(text, new TextRange(quote.Start, quote.End)), ContentParts = [] };
    }

    [GeneratedRegex(@"\s+(?:on|in|at|to|during|via)$", RegexOptions.IgnoreCase)]
    private static partial Regex CueEndsInPreposition();

    // "The data suggests", "the figures show": what the writer reads from numbers is no one's report, unless the numbers are
    // someone's ("the bureau's data", "data from the ministry"), cited as a source ("according to federal data") or described
    // by words of their own before a verb of showing, as the field gold lists them ("Current statistics indicate", "official
    // data suggest"; "some GOP figures declared" are people, not numbers)
    private static bool ReadFromNumbers(FoundAttribution f) =>
        f.Phrase is { Form: PhraseForm.Descriptor, Descriptor.IsEvidence: true, Owner: null } phrase
        && !f.Source.Text.Contains("'s") && !f.Source.Text.Contains("’s")
        && !f.Cue.Text.StartsWith(ReportingCues.AccordingTo, StringComparison.OrdinalIgnoreCase)
        && !(phrase.Name.Contains(' ') && Showing().IsMatch(f.Cue.Text));

    [GeneratedRegex(@"^(?i:show|shows|showed|showing|suggest|suggests|suggested|suggesting|indicate|indicates|indicated|indicating|reveal|reveals|revealed|revealing)$")]
    private static partial Regex Showing();

    // "Let's say you think a degree will cost $160,000": a supposition the writer asks of the reader, no one's report
    [GeneratedRegex(@"\b(?:let['’]?s|let\s+us)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LetUs();

    private static bool NotReporting(string text, Span cue) =>
        LetUs().IsMatch(text[Math.Max(0, cue.Start - 8)..cue.Start]) || NotReportingWithParticle().IsMatch(text[cue.Start..Math.Min(text.Length, cue.End + 6)]) || OverAQuestion().IsMatch(text[cue.Start..Math.Min(text.Length, cue.End + 14)])
        || WritesFor().IsMatch(text[cue.Start..SentenceEndAfter(text, cue.End)]);

    private static int SentenceEndAfter(string text, int from)
    {
        var end = text.IndexOfAny(['.', '\n', '!', '?'], from);
        return end < 0 ? text.Length : end;
    }

    // "Some paper records that he questioned are stored": a reporting noun right after a common noun is the head of one noun
    // phrase ("paper records"), not a verb with its subject
    private static bool NounAfterNoun(string text, FoundAttribution f) =>
        f.Source.End <= f.Cue.Start && string.IsNullOrWhiteSpace(text[f.Source.End..f.Cue.Start]) && ReportingCues.IsOnlyNoun(f.Cue.Text)
        && f.Source.Text.Split(' ')[^1] is [var first, ..] && char.IsLower(first);

    // "Clinton led Sanders by nearly 300 pledged delegates": a participle cue between a number and a plural noun describes the
    // noun ("300 pledged delegates", "350 reported cases"); "120 said they", "to 1972 showed the party" and "in 2008, criticized" still report
    private static bool CountedParticiple(string text, FoundAttribution f) =>
        f.Source.End <= f.Cue.Start && NumberJustBefore().IsMatch(text[Math.Max(0, f.Cue.Start - 12)..f.Cue.Start])
        && ParticipleBeforeNoun().IsMatch(text[f.Cue.Start..Math.Min(text.Length, f.Cue.Start + 40)]);

    [GeneratedRegex(@"\d[ \t]+$")]
    private static partial Regex NumberJustBefore();

    [GeneratedRegex(@"^\p{Ll}+ed[ \t]+(?!(?:his|its|this|was|is|has|as|us|thus|less|unless|across|news)\b)\p{Ll}{2,}s\b")]
    private static partial Regex ParticipleBeforeNoun();

    // "Please explain such a baffling assertion.": a request to the one addressed, whose politeness word is no speaker
    private static bool Requested(FoundAttribution f) => f.Source.Text.Equals("please", StringComparison.OrdinalIgnoreCase);

    // "The platform called for weaker Wall Street regulations": after "called for", "asked for", what follows is what was asked, never who asked.
    // In PolNeAR train none of the 25 sources after a cue ending in "for" follows a verb of asking ("a priority for teachers unions").
    private static bool ObjectOfFor(FoundAttribution f) => f.Source.Start >= f.Cue.End && ForObject().IsMatch(f.Cue.Text);

    [GeneratedRegex(@"\b(?:call|calls|called|calling|ask|asks|asked|asking|push|pushed|pushing|press|pressed|pressing|appeal|appealed|appealing|argue|argued|arguing|plead|pleaded)\s+for$", RegexOptions.IgnoreCase)]
    private static partial Regex ForObject();

    // "Roof is accused of a massacre", "Trump is called on it by the news media", "was widely criticized for": the subject is the
    // one accused, not who spoke. The phrase stays read, so a "he said" after it may still point back to the person.
    [GeneratedRegex(@"\b(?:be|been|being|is|are|was|were|am|get|gets|got)\s+(?:\w+ly\s+|also\s+|not\s+)*\w+ed\s+(?:of|for|on|about|with)$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveWithObject();

    private static bool PassiveWithItsObject(string text, FoundAttribution f) => f.Source.End <= f.Cue.Start && PassiveWithObject().IsMatch(text[f.Source.Start..f.Cue.End]);

    /// <summary>
    /// True for "He pitched himself to voters by telling them that ...": the words right before "by" (which the tagger's span
    /// sometimes takes in) are whom the main verb reaches; the one telling is the clause's subject, not them.
    /// </summary>
    internal static bool ObjectBeforeByGerund(string text, FoundAttribution f)
    {
        if (f.Source.End > f.Cue.Start || !f.Cue.Text.Split(' ')[0].EndsWith("ing", StringComparison.Ordinal)) return false;
        var between = text[f.Source.End..f.Cue.Start];
        return ByBetween().IsMatch(between) || string.IsNullOrWhiteSpace(between) && SpanEndingInBy().IsMatch(f.Source.Text);
    }

    [GeneratedRegex(@"^\s+by\s+$")]
    private static partial Regex ByBetween();

    [GeneratedRegex(@"\sby\s*$")]
    private static partial Regex SpanEndingInBy();

    private static bool IsPassive(string text, FoundAttribution f) =>
        f.Source.End <= f.Cue.Start && Passive().IsMatch(text[f.Source.Start..f.Cue.End])
        && !StillTheSpeaker().IsMatch(text[f.Cue.End..Math.Min(text.Length, f.Cue.End + 20)]);

    // a source span that cannot be a noun phrase goes after the rules have been kept off its cue and source: what they would read
    // there instead is as often the sentence's writer's ("calls ... have been blocked by the Council in", the agent of a passive)
    private static bool AttributesNothing(string text, FoundAttribution f) =>
        SourceShape.NamesNoOne(f.Source.Text) || ContributorCredit().IsMatch(f.Sentence.Text) || ReportedFrom().IsMatch(f.Sentence.Text) || SaidAside.Turns(text, f) || SpokenTo().IsMatch(f.Source.Text) || NounCue.IsSingularNoun(text, f)
        || f.Source.End <= f.Cue.Start && (Naming().IsMatch(text[f.Source.End..f.Cue.End]) || NamedAs(text, f));

    // "Ogden told the Victoria Derbyshire TV show, “...”": a source read as "told the ... TV" with "show" as its cue is the one
    // spoken to, never a speaker
    [GeneratedRegex(@"^(?i:told|tells|tell|telling)\s")]
    private static partial Regex SpokenTo();

    // "Mara Quint reported from Oslo, and Dev Pike from Lima.": a closing credit of where the writers were, with no content
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}reported\s+from\s+\p{Lu}(?![^""“:]*\bthat\b)[^""“:]*$")]
    private static partial Regex ReportedFrom();

    // "A Facebook group called 'We support Anders Tegnell'", "a firm named Acme", "The club, called Ferry Rovers, ...": something
    // introduced by its name, which says nothing
    private static bool NamedAs(string text, FoundAttribution f) =>
        IndefiniteSource().IsMatch(f.Source.Text) && NamingParticiple().IsMatch(text, f.Source.End)
        || DescriptionSetOff().IsMatch(f.Source.Text) && ApposedName().IsMatch(text, f.Source.End);

    // "The group,", "a new charity,": a description set off by a comma, whose name an apposition gives; a name set off so ("Apple's
    // chief executive, Tim Cook, called it ...") is the speaker
    [GeneratedRegex(@"^(?i:the|a|an|this|its|their|one)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,$")]
    private static partial Regex DescriptionSetOff();

    // An apposition's participle: "The group, called Energy Control," ("The senator called Pelosi's plan" has no comma)
    [GeneratedRegex(@"\G\s*(?:called|named|dubbed|known\s+as)\s+[""“‘'\p{Lu}]")]
    private static partial Regex ApposedName();

    [GeneratedRegex(@"^(?i:a|an|another|one)\s")]
    private static partial Regex IndefiniteSource();

    // "One lawmaker called Pelosi's plan a disaster" still speaks: after "called" only a quoted name is a name
    [GeneratedRegex(@"\G\s+(?:called\s+[""“‘']|(?:named|dubbed|titled|entitled)\s+[""“‘'\p{Lu}])")]
    private static partial Regex NamingParticiple();

    // "He reportedly instructed the men ...": someone else tells what he did; only a verb of saying ("he reportedly told
    // them ...") still cites him, and then links no claim
    private static FoundAttribution AsHearsay(FoundAttribution f) =>
        Saying.Contains(f.Cue.Text.Split(' ')[^1]) ? f with { LinksClaims = false } : f with { Reports = false, LinksClaims = false };

    // "after health officials said ...": cited, linking no claim; "until post mortem tests showed ...": a document's finding is
    // cited so too; "after Lee decided" reports nothing
    private static FoundAttribution InTimeClause(string text, FoundAttribution f) =>
        Saying.Contains(f.Cue.Text.Split(' ')[^1]) || AskedQuestion.Asks(text, f) || f.Kind == AttributionKind.Document ? f with { LinksClaims = false } : f with { Reports = false };
}
