using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// Finds attributions by rules: "X said Y", "Y, X said", "Y, said X, the director", "according to X", "X: ...", and a
/// belief, intention or stance told of its subject ("X wants Y", <see cref="BeliefCues"/>), which reports nothing; a stance verb
/// with evidence of speech (<see cref="StanceVerbs"/>); a speech act or a ruling ("X thanked Y", "the court ruled that", <see cref="SpeechActs"/>).
/// </summary>
internal static partial class AttributionRules
{
    // "Home Builders Federation: “The ambition is right”": a short source phrase, then a colon.
    [GeneratedRegex(@"\G\s*(?<source>[^:.,;“”""«»„]{2,80}?)\s*:\s*\S")]
    private static partial Regex ColonCue();

    // A weak cue ("found", "showed") counts with a reported clause or a quotation after it: "found in 2022 that", "noted, however, that".
    [GeneratedRegex(@"\G(?:(?:[\s,]+[^\s.;,]+){0,4}?[\s,]+that\b|\s*[:,]?\s*[“""«„‘‚])")]
    private static partial Regex ThatOrQuote();

    // "Lee states the following:", "noted as follows:": a colon ending the sentence, the words quoted in the next paragraph.
    [GeneratedRegex(@"\G(?:\s+(?:the\s+following|as\s+follows))?\s*:\s*$")]
    private static partial Regex IntroducesNext();

    // "told Reuters that", "told reporters on Friday that", "told cops it was taken": the hearer is neither source nor content.
    [GeneratedRegex(@"\G(?:\s+[^\s.;:“""«]+){1,5}?(?=\s+(?:that|he|she|it|they|we|I|there)\b)")]
    private static partial Regex Hearer();

    // "In a statement, X said ...": a sentence opening that says how, not what.
    [GeneratedRegex(@"\G(?:In|On|At|During|After|Before|Speaking|Asked|Writing|Sentencing|Addressing|Responding|Earlier|Later|Last|This|Meanwhile|However|Separately)\b")]
    private static partial Regex Adverbial();

    [GeneratedRegex(@"[,;]?\s+(?:but|and|while|whereas)$")]
    private static partial Regex TrailingConjunction();

    // After "the council said": only when, where or how it was said, not what.
    [GeneratedRegex(@"\G(?:[;(]|(?:on|in|at|last|this|yesterday|today|earlier|later|during|after|before|when|while|as|with|adding|citing|according|late|early|from|to|through|via|by)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCircumstance();

    // "said on Thursday that", "said in a statement that": the content starts after when and how.
    [GeneratedRegex(@"\G\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|earlier|later|last\s+\w+|this\s+\w+|in\s+an?\s+(?:statement|interview|email|e-mail|post|letter|video)|on\s+(?:Twitter|X|Telegram|Facebook))\s*,?\s*(?=that\b|[:,“""«„]))?(?:that\b)?\s*[:,]?\s*")]
    private static partial Regex ContentLead();

    /// <summary>The attributions the rules find, sentence by sentence; <paramref name="through"/>, when given, is told the paragraphs got through.</summary>
    public static List<FoundAttribution> Extract(Article article, IReadOnlyList<Quotation> quotations, Action<int>? through = null)
    {
        var found = new List<FoundAttribution>();
        // one for the article: it reads the text for a surname once, and a long document has many colon frames
        var firstNames = new FirstNameScanner(article.Text);
        var firstOpen = 0;
        for (var paragraph = 0; paragraph < article.Paragraphs.Count; paragraph++)
        {
            foreach (var sentence in article.Paragraphs[paragraph].Sentences)
            {
                while (firstOpen < quotations.Count && quotations[firstOpen].End <= sentence.Start) firstOpen++;
                var inSentence = quotations.Skip(firstOpen).TakeWhile(q => q.Start < sentence.End).Where(q => q.Overlaps(sentence.Start, sentence.End)).ToList();
                var before = found.Count;
                for (var cue = ReportingCues.Pattern.Match(article.Text, sentence.Start, sentence.End - sentence.Start); cue.Success; cue = cue.NextMatch())
                {
                    if (QuotedOrAdjective(article.Text, cue, inSentence)) continue;
                    var attribution = ReportingCues.IsAccordingTo(cue.Value)
                        ? AccordingTo(article.Text, sentence, cue)
                        : Verb(article.Text, sentence, cue, inSentence);
                    if (attribution is not null && !found.Skip(before).Any(f => f.Source.Start < attribution.Source.End && attribution.Source.Start < f.Source.End))
                        found.Add(attribution);
                }
                for (var cue = BeliefCues.Pattern.Match(article.Text, sentence.Start, sentence.End - sentence.Start); cue.Success; cue = cue.NextMatch())
                {
                    // a view told inside what someone said ("Devine said areas where Sanders wants ...") is theirs to tell, not an attribution of its own
                    if (Taken(found.Skip(before), cue)) continue;
                    if (Belief(article.Text, sentence, cue, inSentence) is { } belief) found.Add(belief);
                }
                // "The council is concerned the laws would ...": a state of mind, which HeldView reads as a view when a clause follows
                for (var cue = HeldView.StatePattern().Match(article.Text, sentence.Start, sentence.End - sentence.Start); cue.Success; cue = cue.NextMatch())
                {
                    if (!Taken(found.Skip(before), cue) && HeldView.ClauseAfter(article.Text, cue.Index + cue.Length) && Belief(article.Text, sentence, cue, inSentence) is { } state) found.Add(state);
                }
                // "Lee slammed the plan, saying ...": a verb of criticism, praise or defence the reporting cues lack (StanceVerbs decides)
                for (var cue = StanceVerbs.Pattern.Match(article.Text, sentence.Start, sentence.End - sentence.Start); cue.Success; cue = cue.NextMatch())
                {
                    if (Taken(found.Skip(before), cue)) continue;
                    // only with evidence of speech: a belief found here would change whom later names resolve to ("Jeb Bush goes after Trump"
                    // would make "Mr. Bush" Jeb)
                    if (Belief(article.Text, sentence, cue, inSentence) is { } stance
                        && StanceVerbs.Shows(article.Text, stance, inSentence))
                        found.Add(stance);
                }
                // "Lee thanked the crews", "The court ruled that ...": a speech act, or a ruling with what was decided (SpeechActs decides)
                for (var cue = SpeechActs.Pattern.Match(article.Text, sentence.Start, sentence.End - sentence.Start); cue.Success; cue = cue.NextMatch())
                {
                    if (Taken(found.Skip(before), cue)) continue;
                    if (Belief(article.Text, sentence, cue, inSentence) is { } act && SpeechActs.Shows(article.Text, act)) found.Add(act);
                }
                if (found.Count == before && Colon(article.Text, sentence, inSentence, firstNames) is { } colon) found.Add(colon);
            }
            through?.Invoke(paragraph + 1);
        }
        return SeparateContents(article.Text, found);
    }

    // A cue another attribution of the sentence already holds, as its cue or inside what it reports.
    private static bool Taken(IEnumerable<FoundAttribution> sentence, Match cue) =>
        sentence.Any(f => f.Cue.Start < cue.Index + cue.Length && cue.Index < f.Cue.End || f.Content.Start <= cue.Index && cue.Index < f.Content.End);

    // "He vowed to keep trying, but the editor said ...": one attribution's content stops where the next one's source starts.
    private static List<FoundAttribution> SeparateContents(string text, List<FoundAttribution> found) =>
        found.GroupBy(f => f.Sentence.Id).SelectMany(sentence => sentence.Select(f =>
        {
            var next = sentence.Where(o => o != f && o.Source.Start > f.Content.Start && o.Source.Start < f.Content.End && o.Source.Start > f.Cue.Start)
                .Select(o => o.Source.Start).DefaultIfEmpty(-1).Min();
            if (next < 0) return f;
            var cut = new TextRange(f.Content.Start, next).Trim(text, ",;");
            cut = TrailingConjunction().Match(cut.Of(text)) is { Success: true } m ? new TextRange(cut.Start, cut.Start + m.Index).Trim(text, ",;") : cut;
            return cut.IsEmpty ? f : f with { Content = SpanOf(text, cut) };
        })).ToList();

    private static FoundAttribution? Verb(string text, Sentence sentence, Match cue, List<Quotation> quotations)
    {
        var clauseStart = ClauseStart(sentence, cue, quotations);
        if (ClauseReader.IsModal(text, clauseStart, cue.Index)) return null;
        var subject = ClauseReader.SubjectBefore(text, clauseStart, cue.Index);
        // "critics argue": the plural present reports after a name or a listed noun only ("they argue", "the results explain" do not)
        if (ReportingCues.IsPluralPresent(cue.Value) && subject is not { Phrase.Form: PhraseForm.Named or PhraseForm.Descriptor }) return null;
        if (subject is { } before)
        {
            var said = ReportedBefore(text, sentence, clauseStart, before.Range, cue, quotations);
            if (!ReportingCues.IsStrong(cue.Value) && said is null && !ThatOrQuote().IsMatch(text, cue.Index + cue.Length)
                && !IntroducesNext().Match(text, cue.Index + cue.Length, sentence.End - cue.Index - cue.Length).Success
                && before.Phrase.Descriptor?.Kind != SourceKind.Document) return null;
            if (ClauseReader.IsEmbedded(text, clauseStart, before.Range.Start))
            {
                var clause = new TextRange(cue.Index + cue.Length, ClauseReader.PhraseEnd(text, cue.Index + cue.Length, sentence.End)).Trim(text, ".");
                return Make(text, sentence, before.Range, cue, clause, before.Phrase);
            }
            return Make(text, sentence, before.Range, cue, said ?? ContentAfter(text, sentence, cue.Index + cue.Length, quotations, IsTell(cue)), before.Phrase);
        }
        // "— and fellow councilmembers warned they had the votes": a group the lists do not know, which the sources read
        // (UnlistedGroup); only with a cue of speech
        if (ReportingCues.IsStrong(cue.Value) && ClauseReader.SubjectWords(text, clauseStart, cue.Index) is { IsEmpty: false } words
            && UnlistedGroup.WordsOf(words.Of(text), words.Start == sentence.Start) is not null)
            return Make(text, sentence, words, cue, ContentAfter(text, sentence, cue.Index + cue.Length, quotations, IsTell(cue)), null);
        if (!ClauseReader.SubjectSlotIsEmpty(text, clauseStart, cue.Index) || text[sentence.Start..cue.Index].Trim().Length == 0) return null;
        if (ClauseReader.PhraseAfter(text, cue.Index + cue.Length, sentence.End) is not { } inverted) return null;
        var quoted = quotations.LastOrDefault(q => q.End <= cue.Index);
        var content = quoted is not null ? Inner(quoted) : new TextRange(sentence.Start, cue.Index).Trim(text, ",");
        return Make(text, sentence, inverted.Range, cue, content, inverted.Phrase);
    }

    // A cue inside a quotation is the speaker's word; "the reported deaths" is an adjective. One inside a quotation marked ''...'' is
    // read as before such marks were quotations ("''Ann Lee said she would go,'' Tom Hale said" lists Ann Lee; round 30: not reading
    // them lost 10 listed sources on PolNeAR train, one a renamed real one)
    private static bool QuotedOrAdjective(string text, Match cue, List<Quotation> quotations) =>
        quotations.Any(q => !q.Doubled && q.Start < cue.Index && cue.Index < q.End - 1) || ReportingCues.IsAdjective(text, cue.Index, cue.Index + cue.Length);

    // The clause of a cue starts after the last quotation closed before it in its sentence ("“...,” X said").
    // One marked ''...'' inside the sentence ("joining the ''Today'' show, NBC announced") is a title or a word quoted, not what was
    // reported (round 30: 2 real sources on PolNeAR train lost their only sentence to it)
    private static int ClauseStart(Sentence sentence, Match cue, List<Quotation> quotations) =>
        quotations.Where(q => q.End <= cue.Index && q.End > sentence.Start && (!q.Doubled || OpensSentence(sentence, q))).Select(q => q.End).DefaultIfEmpty(sentence.Start).Max();

    private static bool OpensSentence(Sentence sentence, Quotation q) =>
        q.Start <= sentence.Start || sentence.Text.AsSpan(0, Math.Min(q.Start - sentence.Start, sentence.Text.Length)).Trim().IsEmpty;

    // "Clinton wants the rules changed": the subject right before the verb holds the view; what it is of runs to the clause's end.
    private static FoundAttribution? Belief(string text, Sentence sentence, Match cue, List<Quotation> quotations)
    {
        var clauseStart = ClauseStart(sentence, cue, quotations);
        var before = text[Math.Max(clauseStart, cue.Index - 30)..cue.Index];
        if (QuotedOrAdjective(text, cue, quotations) || ClauseReader.IsModal(text, clauseStart, cue.Index) || ReportingCues.IsFollowedByBy(text, cue.Index + cue.Length)
            || NotAVerb(before, cue.Value, text[(cue.Index + cue.Length)..Math.Min(text.Length, cue.Index + cue.Length + 8)])
            || ClauseReader.SubjectBefore(text, clauseStart, cue.Index) is not { } subject || PossessiveOrFunctionWordEnd().IsMatch(subject.Range.Of(text))
            || ClauseReader.IsEmbedded(text, clauseStart, subject.Range.Start) || NoSubject().IsMatch(subject.Range.Of(text))) return null;
        var content = ContentAfter(text, sentence, cue.Index + cue.Length, quotations);
        if (!quotations.Any(q => q.Start + 1 == content.Start)) content = new TextRange(content.Start, ClauseReader.PhraseEnd(text, content.Start, content.End)).Trim(text, ".");
        return Make(text, sentence, subject.Range, cue, content, subject.Phrase);
    }

    // The list's forms are read as a finite verb only: "is seeking" but not "In defending", "was viewed" (a passive),
    // "backed out" (a particle verb)
    private static bool NotAVerb(string before, string verb, string after) =>
        verb.EndsWith("ing", StringComparison.Ordinal) != BeForm().IsMatch(before) || Particle().IsMatch(after);

    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|being|am)\s+(?:not\s+|\w+ly\s+)*$|['’](?:s|re|m)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex BeForm();

    [GeneratedRegex(@"^\s+(?:out|off|up|down|away)\b")]
    private static partial Regex Particle();

    // "Trump’s plans", "in favor", "our fears": a noun after a possessive or a function word, not a verb after its subject;
    // "they'd think", "we'll know": a modal written onto the subject
    [GeneratedRegex(@"(?:['’](?:s|d|ll|ve)?|\b(?i:in|on|of|for|to|at|by|with|the|a|an|our|their|his|her|its|my|your))$")]
    private static partial Regex PossessiveOrFunctionWordEnd();

    // Not a subject the writer gives a view to: the speaker's own ("if we want", "''We feel", inside a quotation the finder
    // missed), people described ("voters who want"), a question ("Did the foundation know"), or a clause of more than six
    // words before the verb rather than a noun phrase ("Yellen has been fighting ... Congress wants")
    [GeneratedRegex(@"(?:^(?i:I|we|you)$|\b(?i:who|that|which)$|^['‘’""“]|^(?:Did|Does|Do|Why|How|What|When|Where|Will|Would|Can|Could)\b|^(?:[^\s,]+\s+){6,}[^\s,]+$)")]
    private static partial Regex NoSubject();

    // "“Y,” X said" and "Y, X said on Friday": what was said comes before the source.
    private static TextRange? ReportedBefore(string text, Sentence sentence, int clauseStart, TextRange source, Match cue, List<Quotation> quotations)
    {
        var rest = new TextRange(cue.Index + cue.Length, sentence.End).Trim(text, ".!?");
        var onlyHearer = IsTell(cue) && !rest.Of(text).Contains(" that ");
        if (!rest.IsEmpty && !onlyHearer && !TrailingCircumstance().IsMatch(text, rest.Start)) return null;
        if (clauseStart > sentence.Start) return Inner(quotations.Last(q => q.End == clauseStart));
        var lead = new TextRange(sentence.Start, source.Start).Trim(text);
        if (lead.IsEmpty || text[lead.End - 1] != ',' || Adverbial().IsMatch(text, lead.Start)) return null;
        return new TextRange(lead.Start, lead.End - 1);
    }

    private static FoundAttribution? AccordingTo(string text, Sentence sentence, Match cue)
    {
        var phraseEnd = ClauseReader.PhraseEnd(text, cue.Index + cue.Length, sentence.End);
        // "according to a transcript reviewed by Business Insider": the span is read whole, so the agent who holds it is the source
        var range = new TextRange(cue.Index + cue.Length, phraseEnd).Trim(text, ",.;:");
        if (range.IsEmpty || SourceSpanReader.Read(range.Of(text)) is not { } phrase) return null;
        var lead = new TextRange(sentence.Start, cue.Index).Trim(text, ",");
        var content = lead.IsEmpty ? SentenceRest(text, sentence, phraseEnd) : lead;
        return Make(text, sentence, range, cue, content, phrase);
    }

    private static FoundAttribution? Colon(string text, Sentence sentence, List<Quotation> quotations, FirstNameScanner firstNames)
    {
        var match = ColonCue().Match(text, sentence.Start, sentence.End - sentence.Start);
        if (!match.Success) return null;
        var group = match.Groups["source"];
        if (ClauseReader.PhraseIn(text, new TextRange(group.Index, group.Index + group.Length)) is not { Phrase.Form: PhraseForm.Named } source) return null;
        var colon = text.IndexOf(':', group.Index + group.Length);
        var content = ContentAfter(text, sentence, colon + 1, quotations);
        var quoted = quotations.Any(q => q.Start + 1 == content.Start);
        if (!quoted && !source.Phrase.LooksLikePerson && SourceLexicon.NameKindOf(source.Phrase.Name) is null && !SurnameSpeaks(text, sentence, content, source.Phrase, firstNames)) return null;
        return new FoundAttribution(sentence, SpanOf(text, source.Range), SpanOf(text, new TextRange(colon, colon + 1)), SpanOf(text, content), source.Phrase);
    }

    // "Lynch: we will not back down", a headline "Lynch: No outside influence on the inquiry": a surname the text gives a full name,
    // alone before a colon, is its bearer's words when they speak in the first person or open the text; a subhead over a section
    // ("Cruz: Just hang on.") or a tally ("Clinton: 547.") is the writer's label. The cheap tests first: the surname's look-up reads the text.
    private static bool SurnameSpeaks(string text, Sentence sentence, TextRange content, SourcePhrase phrase, FirstNameScanner firstNames) =>
        (text.AsSpan(0, sentence.Start).IsWhiteSpace() || FirstPerson().IsMatch(content.Of(text))) && CalledQuoted.IsName(firstNames, phrase);

    [GeneratedRegex(@"\b(?:I|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur)\b")]
    private static partial Regex FirstPerson();

    private static bool IsTell(Match cue) => cue.Value is "told" or "tell" or "tells";

    private static TextRange ContentAfter(string text, Sentence sentence, int from, List<Quotation> quotations, bool afterTell = false)
    {
        if (afterTell && Hearer().Match(text, from, sentence.End - from) is { Success: true } hearer) from += hearer.Length;
        var lead = ContentLead().Match(text, from, sentence.End - from);
        var start = from + lead.Length;
        var quoted = quotations.FirstOrDefault(q => q.Start == start);
        return quoted is not null ? Inner(quoted) : SentenceRest(text, sentence, start);
    }

    private static TextRange SentenceRest(string text, Sentence sentence, int from)
    {
        var rest = new TextRange(from, sentence.End).Trim(text, ",.;:!?");
        return rest.IsEmpty ? new TextRange(sentence.Start, sentence.End).Trim(text) : rest;
    }

    private static TextRange Inner(Quotation quotation) => new(quotation.Start + 1, Math.Max(quotation.Start + 1, quotation.End - 1));

    private static FoundAttribution Make(string text, Sentence sentence, TextRange source, Match cue, TextRange content, SourcePhrase? phrase) =>
        new(sentence, SpanOf(text, source), new Span(cue.Value, cue.Index, cue.Index + cue.Length), SpanOf(text, content.IsEmpty ? new TextRange(sentence.Start, sentence.End) : content), phrase);

    public static Span SpanOf(string text, TextRange range) => new(range.Of(text), range.Start, range.End);
}
