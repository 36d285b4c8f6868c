using System.Text.RegularExpressions;
using DocReport.Analysis.Attributions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Validation;

namespace DocReport.Analysis;

/// <summary>
/// Resolves the attributions' source mentions in reading order, so that sources are numbered by first mention.
/// Sources are numbered among the cited ones only. A link is a source only when an attribution's source phrase is on it ("according to [a report]"): a link
/// the text attributes nothing to ("Read more", a related story) is not a cited source. A stance cue that waits for a quotation
/// reports once the sentences around it show the same source speaking (<see cref="StanceQuotes"/>): the attributions are returned so read.
/// </summary>
internal static partial class SourceResolution
{
    // reached: told the offset of each attribution's source as it is resolved, in order (a long article's progress).
    public static (IReadOnlyList<SourceEntry> Sources, IReadOnlyList<SourceEntry>[] Resolved, IReadOnlyList<FoundAttribution> Found) Resolve(Article article, IReadOnlyList<FoundAttribution> found, Action<int>? reached = null)
    {
        var registry = new SourceRegistry(article.Text);
        registry.ReadHeadings(HeadingPeople.Of(article));
        var publisher = new Publisher(article.Document);
        var links = LinkMention.Find(article);
        var linkStarts = links.Select(l => l.Start).ToArray();
        var citedBy = found.Select(f => CitedLink(article.Text, links, linkStarts, f)).ToArray();
        var resolved = new IReadOnlyList<SourceEntry>[found.Count];
        var bySentence = found.ToLookup(f => f.Sentence.Start);
        var nested = found.Select(f => InnerSpeakers.InsideReport(article.Text, f, bySentence[f.Sentence.Start]) || InnerSpeakers.OuterSubject(article.Text, f, bySentence[f.Sentence.Start])).ToArray();
        // a list's names are read as the registry reaches them ("Warren, Sanders and Biden": each a name the text gave before)
        var read = found.ToList();
        found = read;
        foreach (var i in Enumerable.Range(0, found.Count).OrderBy(i => found[i].Source.Start))
        {
            if (citedBy[i] < 0) read[i] = NameList.Whole(article.Text, read[i], registry);
            var (f, citation) = (found[i], citedBy[i]);
            reached?.Invoke(f.Source.Start);
            resolved[i] = citation >= 0 ? Cited(registry, CitedName(article.Text, links[citation], f.Source), links[citation].Url, f)
                : f.Phrase is not null && !IsByline(article.Text, f) && !HeadlinePassive(article.Text, f) && !AfterTo(article.Text, f) && !nested[i] && !PossessiveSource.AfterItsCue(f)
                    ? PossessiveSource.RecallsReport(article.Text, f) ? registry.KeepingSpeakers(f.Source.Start, () => Own(article.Text, registry, publisher, f)) : Own(article.Text, registry, publisher, f)
                    : [];
            // (one person the text describes, "a driver told police", stays the unknown person a later "he" or "she" may stand for)
            if (citation < 0 && f.Phrase is null && f.Reports && (SaysOutright(f.Cue.Text) || f.Kind == AttributionKind.View) && !Passive().IsMatch(f.Cue.Text) && !ParticipleOf().IsMatch(article.Text.AsSpan(f.Cue.Start, Math.Min(40, article.Text.Length - f.Cue.Start))) && !SomeoneUnnamed().IsMatch(f.Source.Text)
                && UnlistedGroup.WordsOf(f.Source.Text, f.Source.Start == f.Sentence.Start) is { } group)
                resolved[i] = [registry.UnlistedGroupOf(group, Definite().IsMatch(f.Source.Text), f.Source.Start, f.Source.End)];
            else if (citation < 0 && f.Phrase is null && Pair().IsMatch(f.Source.Text) && registry.PairBefore(f.Source.Start) is { } pair) resolved[i] = [pair];
            else if (citation < 0 && f.Phrase is null && IsPlural(f.Source.Text)) registry.UnknownGroup(f.Source.Start);
            else if (citation < 0 && resolved[i].Count == 0 && SomeoneUnnamed().IsMatch(f.Source.Text)) registry.UnknownPerson(f.Source.Start);
            // "A new Harbour Post poll found ... Forty percent of voters said": the people a poll counted speak in its finding
            if (citation < 0 && resolved[i].Count == 0 && !nested[i] && f.Reports && Respondents().IsMatch(f.Source.Text.Trim())
                && registry.FindingNear(f.Source.Start) is { } poll) resolved[i] = [poll];
            // what one person reports names others only as spoken of (a later "he" or "she" goes on with the speaker)
            if (f.Reports && !f.ContentIsSentence && resolved[i] is [var speaker]) registry.Reported(speaker, f.Cue.Text, f.Content.Start, f.Content.End);
        }
        NamedInTheSameSentence(found, resolved);
        NotTheQuotingSpeaker(article.Text, found, resolved);
        found = StanceQuotes.Confirm(article, found, resolved);
        var (sources, listed) = Listed(registry, found, resolved, HeadlineOnlySource.Of(article, found, resolved), EnglishShare.Of(article.Text, article.Document.Language).NotEnglish);
        return (sources, listed, found);
    }

    // The sources the attribution's own phrase names: a pronoun in a reduced relative clause is the sentence's subject, a
    // description set after a name is that name's; "according to an invitation obtained by POLITICO" on politico.com: what the
    // page's own outlet obtained is the source, the outlet is none (on another site the outlet that holds the document is cited)
    private static IReadOnlyList<SourceEntry> Own(string text, SourceRegistry registry, Publisher publisher, FoundAttribution f)
    {
        var phrase = InnerSpeakers.InReducedClause(text, f) ? InnerSpeakers.SentenceSubject(text, f)
            : ParticipleAgent.Names(text, f) ? ParticipleAgent.SubjectOf(text, f)
            : ApposedName.Of(text, f) ?? f.Phrase;
        if (phrase is null || publisher.StaffNamed(f.Source.Text, phrase)) return [];
        if (phrase.Form == PhraseForm.Named && publisher.Is(phrase.Name))
            return HeldByAgent().Match(f.Source.Text) is { Success: true } held && SourcePhrase.Parse(held.Groups[1].Value) is { Descriptor.Kind: SourceKind.Document } document
                ? registry.ResolveAll(document, f.Source.Start, f.Source.End) : [];
        var entries = phrase == f.Phrase && (NameList.PartsOf(f.Source, registry.StandsAlone) ?? Coordination.PartsOf(f.Source, registry.StandsAlone)) is { } parts
            ? parts.SelectMany(p => registry.ResolveAll(p.Phrase, p.Start, p.End)).Distinct()
            : registry.ResolveAll(phrase, f.Source.Start, f.Source.End, ReportedSubject(f, registry));
        return entries.Where(e => !publisher.Is(e.Name)).ToList();
    }

    [GeneratedRegex(@"^(.+?)\s+\p{Ll}+ed\s+by\s")]
    private static partial Regex HeldByAgent();

    // Kelly wrote: “... the mayor, Ann Lee, disagreed. ‘We were never asked,’ she said. ...”: a pronoun inside a quotation is
    // never the speaker quoting it (who would say "I"), so it stays unresolved rather than go to the quoting reporter.
    // The attributions an entry is resolved for are looked up by entry (a scan of every attribution per pronoun was 7% of a
    // 30,000-paragraph document's CPU); a pronoun found not to be its entry's leaves that entry's list, as its resolution empties.
    private static void NotTheQuotingSpeaker(string text, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved)
    {
        var byEntry = new Dictionary<SourceEntry, List<int>>(ReferenceEqualityComparer.Instance);
        for (var j = 0; j < found.Count; j++)
            foreach (var e in resolved[j])
            {
                if (!byEntry.TryGetValue(e, out var list)) byEntry[e] = list = [];
                if (list.Count == 0 || list[^1] != j) list.Add(j);
            }
        // Only a block opened with a straight mark and left open may go on past its end (GoesOnWith): few attributions have one
        var blocks = found.Select(f => f.Quotations.Where(q => OpenBlock(text, q)).ToArray()).ToArray();
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Phrase is not { Form: PhraseForm.Pronoun } || resolved[i] is not [var entry]) continue;
            var source = found[i].Source;
            var holders = byEntry[entry];
            foreach (var j in holders)
                if (j != i && (found[j].Content.Start <= source.Start && source.End <= found[j].Content.End
                    && (Quotation.OpenIn(text.AsSpan(Math.Max(0, found[j].Content.Start - 1), source.Start - Math.Max(0, found[j].Content.Start - 1)))
                        || NamesSomeoneElse(text[found[j].Content.Start..source.Start], entry)) || blocks[j].Length > 0 && blocks[j].Any(q => GoesOnWith(text, q, source.Start))))
                {
                    resolved[i] = [];
                    holders.RemoveAt(holders.BinarySearch(i));
                    break;
                }
        }
    }

    // Kelly reports: then a block quotation opened with a straight mark and left open, then "“I never knew,” she said ... ."": a
    // paragraph right after it that opens with another quotation mark goes on with the block (typed with two keyboards), so a
    // pronoun there is not the block's writer either
    private static bool GoesOnWith(string text, Quotation block, int position)
    {
        if (block.End >= position || !OpenBlock(text, block)) return false;
        var after = text.AsSpan(block.End, position - block.End);
        var next = after.TrimStart();
        return after[..(after.Length - next.Length)].Contains('\n') && next is ['“' or '"', ..] && !next.Contains('\n');
    }

    private static bool OpenBlock(string text, Quotation block) =>
        text[block.Start] == '"' && text.AsSpan(block.Start, block.End - block.Start).TrimEnd() is not [.., '"' or '”'];

    // "Voss told investigators that Mayor Otto Brandt had asked him to drop the audit, when he said ...": a pronoun inside what
    // someone reports, after the report names another person, may be that person; it stays unresolved rather than go to the reporter.
    private static bool NamesSomeoneElse(string reported, SourceEntry reporter) =>
        reporter.Kind == SourceKind.Person && FullName().Matches(reported).Any(m => SourcePhrase.Parse(m.Value) is { LooksLikePerson: true } person
            && !reporter.Name.EndsWith(person.Name.Split(' ')[^1], StringComparison.Ordinal));

    [GeneratedRegex(@"\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+)+")]
    private static partial Regex FullName();

    // "After Ann Lee accused him, he warned, “...,” Bob Ray told NBC": a pronoun whose quotation the sentence also gives to a
    // name is that name's, whoever the pronoun would point back to.
    private static void NamedInTheSameSentence(IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved)
    {
        foreach (var sentence in Enumerable.Range(0, found.Count).GroupBy(i => found[i].Sentence.Start).Where(g => g.Count() > 1))
            foreach (var i in sentence)
            {
                if (found[i].Phrase is not { Form: PhraseForm.Pronoun } pronoun) continue;
                var gender = pronoun.Name switch { "he" => 'm', "she" => 'f', _ => '-' };
                var named = sentence.FirstOrDefault(j => j != i && found[j].Phrase is { Form: PhraseForm.Named } && resolved[j] is [var e]
                    && (gender == '-' ? e.Kind != SourceKind.Person : e.Kind == SourceKind.Person && e.Gender is '-' || e.Gender == gender)
                    && found[j].Content.Start < found[i].Content.End && found[i].Content.Start < found[j].Content.End, -1);
                if (named >= 0) resolved[i] = resolved[named];
            }
    }

    // "By Aaron Humes: ... warns": the writer's byline opening the sentence is no cited source.
    private static bool IsByline(string text, FoundAttribution f) =>
        Regex.IsMatch(text[f.Sentence.Start..f.Source.End], @"^\s*By\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$");

    // "pitched himself to African-Americans by telling them", "Her submission to the court noted": one phrase right after "to" and
    // before its cue is whom something went to, not who speaks; "according to" cites, "an adviser to his campaign" speaks for it,
    // "in response to Sanders's attacks" names whose attacks, and "turned to the police department which reported" opens a clause
    // of which it is the subject
    private static bool AfterTo(string text, FoundAttribution f) =>
        f.Source.End <= f.Cue.Start && !f.Source.Text.Contains(',') && !PhraseTokens.IsPossessive(f.Source.Text.TrimEnd()) && !Relative().IsMatch(f.Source.Text)
        && WordBeforeTo().Match(text, Math.Max(0, f.Source.Start - 40), Math.Min(40, f.Source.Start)) is { Success: true } to
        && !to.Groups[1].Value.Equals("according", StringComparison.OrdinalIgnoreCase) && SourceLexicon.DescriptorOf(to.Groups[1].Value) is not { SpeaksFor: true };

    [GeneratedRegex(@"(\p{L}+)\s+to\s+$")]
    private static partial Regex WordBeforeTo();

    [GeneratedRegex(@"\s(?:which|who|that)\s*$")]
    private static partial Regex Relative();

    // "Air bridges: Denmark, Slovakia and Iceland added to quarantine list": in a line with no closing stop (a headline or a
    // video's title) a participle before "to" is a passive without its "were", not a verb of saying
    private static bool HeadlinePassive(string text, FoundAttribution f) =>
        f.Source.End <= f.Cue.Start && Regex.IsMatch(f.Cue.Text, @"^\p{Ll}+ed$") && Regex.IsMatch(text.AsSpan(f.Cue.End), @"^[ \t]+to[ \t]")
        && !Regex.IsMatch(f.Sentence.Text, @"[.!?…”""’'][ \t]*$");

    // "the man could be heard saying", "the driver told police": one person the text describes and never names, whom a later
    // "he" or "she" may stand for. The everyday nouns for a person in news reports of incidents.
    [GeneratedRegex(@"^(?:the|a|an|this|that|one)\s+(?:[\p{Ll}-]+\s+)?(?:man|woman|boy|girl|person|teenager|driver|suspect|victim|caller|customer|passenger|witness|neighbou?r|mother|father|wife|husband|son|daughter)$", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneUnnamed();

    // "The loggers told investigators", "fellow councilmembers warned": a speech act, not a finding ("numbers show") that a
    // plural of things could also be the subject of
    private static bool SaysOutright(string cue) => ReportingCues.IsAccordingTo(cue) || CueWord().Matches(cue).Any(w => ReportingCues.IsStrong(w.Value) && !ReportingCues.IsPluralPresent(w.Value));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex CueWord();

    // "peacekeepers have been blamed": a passive's subject is no speaker (the extractor leaves its phrase unread)
    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^(?:the|these|those)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Definite();

    // "an American contractor accused of spying": a participle after its noun with "of" or "by" is a passive without its "was",
    // whose noun was acted on
    [GeneratedRegex(@"^\p{Ll}+ed\s+(?:of|by)\s")]
    private static partial Regex ParticipleOf();

    // The people a poll counted, as a reporting sentence's subject: a share of them ("Forty percent of voters", "About four in 10",
    // "Just over a quarter, 26 percent,", "half of GOP primary voters", "majorities in all five") or those asked ("those surveyed",
    // "Cuban-Americans polled"); not "most" or a count of people ("520 superdelegates"), which need not be a poll's.
    // PolNeAR train (round 33): about 85 such sources on sentences left unlinked, about 17 of them with their poll cited as a source in
    // the paragraph or the one before.
    [GeneratedRegex(@"^(?i:(?:(?:some|about|nearly|almost|just|only|roughly|around|over|under|more\s+than|fewer\s+than|less\s+than|a\s+mere|a\s+full|as\s+many\s+as|at\s+least|just\s+over|just\s+under|just\s+shy\s+of|close\s+to|an\s+estimated)\s+)?(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)|[a-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent)\b|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|of|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|(?:half|a\s+majority|majorities|large\s+majorities|a\s+(?:strong|slim|narrow|clear)\s+majority|a\s+plurality|a\s+third|a\s+quarter|a\s+fifth|two-thirds|three-quarters|three-fourths)\b)|(?:some\s+of\s+)?(?:those|people|voters|adults|respondents|[\p{L}-]+s)\s+(?:surveyed|polled|questioned)$)")]
    private static partial Regex Respondents();

    // "the pair said", "the couple revealed": the two people named together before
    [GeneratedRegex(@"^(?i:the)\s+(?:pair|couple)$")]
    private static partial Regex Pair();

    // "The websites advertised": a group the lists do not know, which a later "they" may stand for.
    private static bool IsPlural(string source)
    {
        var last = source.Split(' ')[^1];
        return last.All(char.IsLower) && (last.Length > 3 && last.EndsWith('s') || last is "men" or "women" or "people" or "children");
    }

    // Only a body or person some reporting attribution names is a cited source; the others ("Clinton" of
    // "Clinton plans to") are resolved for pronouns and surnames, then left out, and so is what only a headline names that the
    // body does not. A non-reporting attribution has no source id, even when its source is cited elsewhere: "she" of "she has
    // offered no endorsement" names no cited source.
    private static (IReadOnlyList<SourceEntry>, IReadOnlyList<SourceEntry>[]) Listed(SourceRegistry registry, IReadOnlyList<FoundAttribution> found, IReadOnlyList<SourceEntry>[] resolved, Func<SourceEntry, bool> headlineOnly, bool notEnglish)
    {
        var cited = found.SelectMany((f, i) => f.Reports ? resolved[i] : []).Where(e => !e.Unsure && !headlineOnly(e)).ToHashSet();
        if (notEnglish) cited.ExceptWith(UnknownWords(cited, found.SelectMany((f, i) => f.Reports && f.Cue.Text.Trim() == "(" ? resolved[i] : [])));
        var listed = registry.Entries.Where(cited.Contains).ToList();
        for (var i = 0; i < resolved.Length; i++) resolved[i] = found[i].Reports ? resolved[i].Where(cited.Contains).ToList() : [];
        // a source's mentions are the attributions it is resolved for, each counted once: one pass over them, not one per source
        var mentions = new Dictionary<SourceEntry, int>(ReferenceEqualityComparer.Instance);
        foreach (var r in resolved)
            for (var j = 0; j < r.Count; j++)
                if (FirstAt(r, j)) mentions[r[j]] = mentions.GetValueOrDefault(r[j]) + 1;
        for (var i = 0; i < listed.Count; i++) (listed[i].Index, listed[i].Mentions) = (i, mentions.GetValueOrDefault(listed[i]));
        return (listed, resolved);
    }

    // A text not in English (EnglishShare, the measure its validation warning gives) is read with English rules: a capitalised
    // word before a colon or a verb-like word is taken for a speaker, and in German every noun is capitalised, so a label
    // ("Tipp: ...", "Laufzeit: ...") or a common noun was listed and credited with claims. Trafilatura's eval pages (round 33,
    // 759 not in English): of about 60 one-word sources no list knows, nearly all were labels or common nouns, while full
    // personal names and known outlets and bodies were mostly right. Such a word is left out (its attributions stay, with no
    // source) unless a list knows it, it is a name of a full personal name the article cites (the surname, or in an
    // interview's turns, "Friederike: ...", the given name) or a citation in brackets names it with its year ("(Forsa, 2022)",
    // "(Mansuy, 2022)": 5 of those 82 one-word sources, all right).
    private static IEnumerable<SourceEntry> UnknownWords(IReadOnlySet<SourceEntry> cited, IEnumerable<SourceEntry> bracketed)
    {
        var names = cited.Where(e => e.Kind == SourceKind.Person && e.Name.Contains(' ')).SelectMany(e => e.Name.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var inBrackets = bracketed.ToHashSet();
        return cited.Where(e => !e.Name.Contains(' ') && !SourceLexicon.Knows(e.Name) && !names.Contains(e.Name) && !inBrackets.Contains(e)).ToList();
    }

    // whether r[j] is the first place its entry stands in r
    private static bool FirstAt(IReadOnlyList<SourceEntry> r, int j)
    {
        for (var k = 0; k < j; k++)
            if (ReferenceEquals(r[k], r[j])) return false;
        return true;
    }

    // "[Captain William Hobson] to claim", where the source phrase cannot be read: a link on a name is the person's or body's
    // page, so the one named is the source, as unlinked. A link on other words ("according to [a report]") is a document, and
    // so is a link on the place of a document the phrase names ("a study published in [The Journal of Nutrition]"); a piece in
    // an outlet ("an article in [Healthline]") is the outlet's words, one source with the outlet cited elsewhere.
    private static IReadOnlyList<SourceEntry> Cited(SourceRegistry registry, string name, string url, FoundAttribution f) =>
        SourcePhrase.Parse(name) is { Form: PhraseForm.Named } named
            && (f.Phrase is null || ReferenceEquals(f.Phrase.Descriptor, SourceLexicon.Piece) && SourceKindClassifier.Classify(named) == SourceKind.Media)
            ? registry.ResolveAll(named, f.Source.Start, f.Source.End) : [registry.Document(name, url)];

    // "according to [government data]" names the source by the words the link and the source span share, not by the cue.
    private static string CitedName(string text, LinkMention link, Span source)
    {
        var (start, end) = (Math.Max(link.Start, source.Start), Math.Min(link.End, source.End));
        var shared = text[start..end].Trim();
        return shared.Length > 0 && link.Name == text[link.Start..link.End].Trim() ? shared : link.Name;
    }

    // A link over the source phrase alone ("according to [a report]") is the source itself; a link that runs on
    // over the cue ("[Bennett posted photos]") is a link on what was said, not on who said it. A link on a name
    // ("[Eric Reeves] said", "[the Tax Policy Center]", "a spokesperson for [UCEA]") is a profile page: the source is the
    // person or body named.
    private static int CitedLink(string text, IReadOnlyList<LinkMention> links, int[] starts, FoundAttribution f)
    {
        // "prosecutors in San Francisco say" with a link on the words: the link cites where they said it; the people are the source
        if (f.Phrase is { Form: PhraseForm.Named } or { Owner.Form: PhraseForm.Named } or { Form: PhraseForm.Descriptor, Descriptor.Kind: not SourceKind.Document }) return -1;
        // links do not overlap each other: only the last one starting before the phrase ends can overlap it
        var last = SortedSearch.LowerBound(starts, f.Source.End) - 1;
        if (last < 0 || f.Source.Start >= links[last].End || links[last].Start < f.Cue.End && f.Cue.Start < links[last].End) return -1;
        // "complaints ... from dirty cars to assault and [rape]– suggest": where the source phrase cannot be read, the link is the
        // source only when its words name one (a name, a document); a common word the tagger cut out names no one
        return f.Phrase is not null || SourcePhrase.Parse(CitedName(text, links[last], f.Source)) is not null ? last : -1;
    }

    // "SkyJet will cut 40 routes, the airline said": the name the reported clause opens with, when the clause opens the sentence;
    // not one word before a noun in lower case that the text capitalises only where a sentence opens ("Rail fares will rise, the
    // operator said": "Rail" is no name, and the operator is unnamed); before "will", "has" or a past form it is the subject
    private static SourcePhrase? ReportedSubject(FoundAttribution f, SourceRegistry registry)
    {
        if (f.Content.End > f.Source.Start || f.Content.Start > f.Sentence.Start + 1) return null;
        var tokens = PhraseTokens.Of(f.Content.Text);
        var words = tokens.TakeWhile(PhraseTokens.IsCapitalized).SkipWhile(w => w is "The" or "A" or "An").ToList();
        if (words is [var only] && tokens.SkipWhile(PhraseTokens.IsCapitalized).FirstOrDefault() is { } next && char.IsLower(next[0])
            && !ReportingCues.IsFunctionWord(next) && !next.EndsWith("ed", StringComparison.Ordinal) && registry.OnlyOpensSentences(only)) return null;
        return words.Count > 0 && SourcePhrase.Parse(string.Join(' ', words)) is { Form: PhraseForm.Named } subject ? subject : null;
    }
}
