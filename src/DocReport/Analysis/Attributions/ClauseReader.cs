using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>Reads the source phrase next to a cue: the subject before it ("X said"), or the phrase after it ("..., said X").</summary>
internal static partial class ClauseReader
{
    // Words between a subject and its cue: "has also said", "had previously warned".
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "will", "would", "previously", "then", "now", "further", "again", "first",
        "later", "already", "once", "is", "was", "were", "are", "been", "being", "may", "might", "could", "can",
        "not", "never", "did", "does", "do", "should", "must", "reportedly", "repeatedly", "publicly", "separately",
    };

    // A subject starts after these: "prices rose after the agency warned".
    [GeneratedRegex(@"\b(?:that|after|before|when|while|because|as|since|if|although|though|than|where|whereas|but|so|once|until|unless|despite|and(?=\s+(?-i:[a-z])))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinator();

    // Openers of a time or place phrase in front of a subject: "On Tuesday the ministry said".
    [GeneratedRegex(@"^(?:(?:On|In|At|During|Last|This|Earlier|Later|By|Meanwhile|However|Separately|Yesterday|Today|Now|Also)\b(?:\s+(?:[a-z]\S*|\d\S*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?=\s))*\s+)(?=\S)")]
    private static partial Regex LeadingAdverbial();

    [GeneratedRegex(@"\b(?:by|from|to|with)\s")]
    private static partial Regex Agent();

    // "must tell", "declined to say": a cue after these reports nothing that was said.
    [GeneratedRegex(@"\b(?:must|should|can|could|may|might|will|would|shall|to|cannot|won't|can't)\s+(?:\w+ly\s+|not\s+|also\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ModalBefore();

    [GeneratedRegex(@"\b(?:after|before|when|since|until|once|as|while|because|if|although|though|whether)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddingWord();

    // "after health officials said": the words of the subject the source span left out may stand between.
    [GeneratedRegex(@"\b(?i:after|before|until|since|once)\s+(?:(?!then\b|now\b)\p{Ll}+\s+){0,2}$")]
    private static partial Regex TimeWord();

    // "..., which Amazon founder Jeff Bezos said": the relative word is not part of the source.
    [GeneratedRegex(@"^(?:which|whom|who|that)\s+(?=\S)")]
    private static partial Regex LeadingRelative();

    [GeneratedRegex(@"\b(?:say|says|said|tell|tells|told)\b")]
    private static partial Regex SayingVerb();

    [GeneratedRegex(@"\G\s+(?:(?:has|have|had)\s+)?(?:says|said|tells|told)\b")]
    private static partial Regex SayingAhead();

    [GeneratedRegex(@"^(?:which|who)$", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    // Where a phrase after an inverted cue stops being the source: "said Walsh on Sunday".
    [GeneratedRegex(@"\s(?:in|on|at|last|this|during|after|before|when|while|from|to|according)\s")]
    private static partial Regex TrailingAdverbial();

    /// <summary>The subject before a cue within [clauseStart, cueStart), or null when the cue has none (the inverted order).</summary>
    public static (TextRange Range, SourcePhrase Phrase)? SubjectBefore(string text, int clauseStart, int cueStart)
    {
        var end = StripAuxiliaries(text, clauseStart, cueStart);
        if (end <= clauseStart) return null;
        // "Hyatt Hotels Corporation (NYSE: H) announced", "Sen. Ann Lee (R-Ohio) said": a short bracket after a name gives its ticker,
        // acronym or party; the name before it is read, and the span keeps the bracket
        if (text[end - 1] == ')' && ShortBracket().Match(text, clauseStart, end - clauseStart) is { Success: true } bracket)
            return SubjectBefore(text, clauseStart, bracket.Index) is { } named ? (new TextRange(named.Range.Start, end), named.Phrase) : null;
        return text[end - 1] == ',' ? Apposed(text, clauseStart, end - 1) : Plain(text, clauseStart, end);
    }

    /// <summary>
    /// The words <see cref="SubjectBefore"/> reads as the subject, unparsed, after a leading "and" or "but" ("— and fellow
    /// councilmembers warned"); empty when the cue has none or an apposition.
    /// </summary>
    public static TextRange SubjectWords(string text, int clauseStart, int cueStart)
    {
        var end = StripAuxiliaries(text, clauseStart, cueStart);
        if (end <= clauseStart || text[end - 1] == ',') return default;
        var range = Subject(text, new TextRange(LastSeparator(text, clauseStart, end), end));
        var conjunction = LeadingConjunction().Match(text, range.Start, range.End - range.Start);
        return conjunction.Success ? new TextRange(range.Start + conjunction.Length, range.End) : range;
    }

    [GeneratedRegex(@"^(?:and|but|or)\s+")]
    private static partial Regex LeadingConjunction();

    /// <summary>True when the subject opens a subordinate clause ("one year after Putin announced ..."): an event told, not the sentence's source.</summary>
    public static bool IsEmbedded(string text, int clauseStart, int subjectStart) =>
        EmbeddingWord().IsMatch(text[Math.Max(clauseStart, subjectStart - 20)..subjectStart]);

    /// <summary>True when the subject opens a time clause ("after Putin announced ...", "before Meadows announced").</summary>
    public static bool IsTimeClause(string text, int clauseStart, int subjectStart) =>
        TimeWord().IsMatch(text[Math.Max(clauseStart, subjectStart - 40)..subjectStart]);

    /// <summary>True when a modal or "to" comes right before the cue ("must tell", "declined to say").</summary>
    public static bool IsModal(string text, int clauseStart, int cueStart) =>
        ModalBefore().IsMatch(text[Math.Max(clauseStart, cueStart - 40)..cueStart]);

    /// <summary>True when nothing but a comma or a closing quotation mark stands between the clause start and the cue ("“...,” said X").</summary>
    public static bool SubjectSlotIsEmpty(string text, int clauseStart, int cueStart)
    {
        var end = StripAuxiliaries(text, clauseStart, cueStart);
        return end <= clauseStart || text[end - 1] is ',' or '”' or '"' or '’' or '»' or '“' or '‘';
    }

    /// <summary>The source phrase after an inverted cue ("said Margaret Brennan, the chief executive"), within the sentence.</summary>
    public static (TextRange Range, SourcePhrase Phrase)? PhraseAfter(string text, int from, int sentenceEnd)
    {
        var end = PhraseEnd(text, from, sentenceEnd);
        var range = new TextRange(from, end).Trim(text);
        var adverbial = TrailingAdverbial().Match(text, range.Start, range.End - range.Start);
        if (adverbial.Success) range = new TextRange(range.Start, adverbial.Index).Trim(text);
        if (range.IsEmpty || SourcePhrase.Parse(range.Of(text)) is not { } phrase) return null;
        if (phrase.Form == PhraseForm.Descriptor && end < sentenceEnd && text[end] == ',')
        {
            var next = new TextRange(end + 1, PhraseEnd(text, end + 1, sentenceEnd)).Trim(text);
            if (!next.IsEmpty && SourcePhrase.Parse(next.Of(text)) is { LooksLikePerson: true } person) return (next, person);
        }
        return (range, phrase);
    }

    /// <summary>The source phrase of a range such as the words after "according to".</summary>
    public static (TextRange Range, SourcePhrase Phrase)? PhraseIn(string text, TextRange range)
    {
        range = range.Trim(text, ",.;:");
        return !range.IsEmpty && SourcePhrase.Parse(range.Of(text)) is { } phrase ? (range, phrase) : null;
    }

    public static int PhraseEnd(string text, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (c is ',' or ';' or ':' or '(' or '—' or '–' or '!' or '?' or '“' or '”' or '"' or '«' or '»' && !InNumber(text, i) || c == '.' && EndsPhrase(text, i, limit)) return i;
        }
        return limit;
    }

    // "3,000" and "10:30" are numbers, not clause breaks.
    private static bool InNumber(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    private static bool EndsPhrase(string text, int dot, int limit)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..(dot + 1)];
        return !(SourceLexicon.IsTitle(word) || dot - wordStart == 1 && char.IsUpper(text[wordStart])) || dot + 1 >= limit;
    }

    private static int StripAuxiliaries(string text, int start, int end)
    {
        while (true)
        {
            var trimmed = new TextRange(start, end).Trim(text);
            if (trimmed.IsEmpty) return start;
            end = trimmed.End;
            var wordStart = end;
            while (wordStart > start && char.IsLetter(text[wordStart - 1])) wordStart--;
            var word = text[wordStart..end];
            if (word.Length == 0 || !(Auxiliaries.Contains(word) || word.Length > 4 && word.EndsWith("ly") && char.IsLower(word[0]))) return end;
            end = wordStart;
        }
    }

    [GeneratedRegex(@"(?<=\p{L}\s*)\((?:\p{Lu}+:\s*)?\p{Lu}[\p{Lu}\p{N}.&-]*\)$")]
    private static partial Regex ShortBracket();

    private static (TextRange, SourcePhrase)? Plain(string text, int clauseStart, int end)
    {
        var segmentStart = LastSeparator(text, clauseStart, end);
        var range = Subject(text, new TextRange(segmentStart, end));
        if (Relative().IsMatch(range.Of(text)) && segmentStart > clauseStart) return Antecedent(text, clauseStart, segmentStart);
        return !range.IsEmpty && SourcePhrase.Parse(range.Of(text)) is { } phrase ? (range, phrase) : null;
    }

    /// <summary>
    /// The phrase a relative pronoun after a separator stands for: "first reported by the Financial Times, which said"
    /// gives "the Financial Times". <paramref name="afterSeparator"/> is just after the comma before the pronoun.
    /// </summary>
    public static (TextRange Range, SourcePhrase Phrase)? Antecedent(string text, int clauseStart, int afterSeparator)
    {
        var range = new TextRange(LastSeparator(text, clauseStart, afterSeparator - 1), afterSeparator - 1).Trim(text);
        var agent = Agent().Matches(range.Of(text)).LastOrDefault();
        range = agent is null ? Subject(text, range) : new TextRange(range.Start + agent.Index + agent.Length, range.End).Trim(text);
        return !range.IsEmpty && SourcePhrase.Parse(range.Of(text)) is { } phrase ? (range, phrase) : null;
    }

    public static bool IsRelative(string word) => Relative().IsMatch(word);

    // "X, the director, said": the name, or the apposition when it is a person's name after a description.
    private static (TextRange, SourcePhrase)? Apposed(string text, int clauseStart, int end)
    {
        var appositionStart = LastSeparator(text, clauseStart, end);
        if (appositionStart <= clauseStart) return null;
        var main = Subject(text, new TextRange(LastSeparator(text, clauseStart, appositionStart - 1), appositionStart - 1));
        var apposition = new TextRange(appositionStart, end).Trim(text);
        var mainPhrase = main.IsEmpty ? null : SourcePhrase.Parse(main.Of(text));
        if (mainPhrase is null) return null;
        if (mainPhrase.Form == PhraseForm.Descriptor && SourcePhrase.Parse(apposition.Of(text)) is { LooksLikePerson: true } person) return (apposition, person);
        return (main, mainPhrase);
    }

    private static int LastSeparator(string text, int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
            if (text[i] is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '”' or '"' or '»' or '“' && !InNumber(text, i)) return i + 1;
        return start;
    }

    private static TextRange Subject(string text, TextRange range)
    {
        range = range.Trim(text);
        var last = Subordinator().Matches(text[range.Start..range.End]).LastOrDefault();
        if (last is not null) range = new TextRange(range.Start + last.Index + last.Length, range.End).Trim(text);
        // "Our sources say Lupita told cops": a verb of saying before a verb of saying opens the clause whose subject follows it
        var report = SayingAhead().IsMatch(text, range.End) ? SayingVerb().Matches(text[range.Start..range.End]).LastOrDefault() : null;
        if (report is not null) range = new TextRange(range.Start + report.Index + report.Length, range.End).Trim(text);
        var adverbial = LeadingAdverbial().Match(text[range.Start..range.End]);
        if (adverbial.Success) range = new TextRange(range.Start + adverbial.Length, range.End);
        var relative = LeadingRelative().Match(text[range.Start..range.End]);
        return relative.Success ? new TextRange(range.Start + relative.Length, range.End) : range;
    }
}
