using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// One cue being built into an attribution: the source and contents it was given, and how its source span is read as a phrase
/// (a relative pronoun's antecedent, an agent after "by", a name after an inverting cue).
/// </summary>
internal static partial class TaggedAttributions
{
    // "Republicans pilloried the Obama administration for": a span that ends in a preposition, with no apposition
    // ("Ian Michaels, a spokesman for"), is a clause cut short, not a noun phrase.
    [GeneratedRegex(@"\b(?:for|of|to|with|by|from|at|in|on|about|against|as)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsInPreposition();

    [GeneratedRegex(@"\b(?:warns|warned|tells|told|urges|urged|asks|asked|reminds|reminded|assures|assured|informs|informed)\s+$")]
    private static partial Regex AfterAddressingVerb();

    [GeneratedRegex(@"\b(?:in|at|on|from|into|near|inside|outside|against)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*$")]
    private static partial Regex InsidePrepositionalPhrase();

    [GeneratedRegex(@"^(?:who|which|whose)\s+\S")]
    private static partial Regex RelativeClause();

    // "Hicks, whose husband is in the Navy, said": a relative clause opened by a comma before the source span.
    [GeneratedRegex(@",\s*(?:whose|who|which)\b[^,;:“”""]*$")]
    private static partial Regex OpenRelativeClause();

    // "forced onto the defensive in the Commons by a string of Tory MPs who said": a span that runs through a passive
    // "by" into a relative pronoun names the agent after "by", not the place or thing before it.
    [GeneratedRegex(@"\bby\s+(?<agent>[^,;:]+?)\s+(?:who|which|that)\s*$")]
    private static partial Regex AgentBeforeRelative();

    [GeneratedRegex(@"\G(?:which|that)\s+(?=\S)")]
    private static partial Regex ObjectRelative();

    internal sealed class Building(Sentence sentence, TaggedSpan cue)
    {
        public TaggedSpan Cue { get; } = cue;
        public TaggedSpan? Source { get; set; }
        public List<TaggedSpan> Contents { get; } = [];

        public void SetSource(TaggedSpan source) => Source = source;

        /// <summary>A source span no cue took that names this one's source: the antecedent of its "who", the full name of its surname.</summary>
        public TaggedSpan? NamedBy { get; set; }

        /// <summary>True when only white space, punctuation and quotation marks stand between this attribution and the content.</summary>
        public bool GoesOnWith(string text, TaggedSpan content)
        {
            var last = Contents.Select(c => c.End).Append(Cue.End).Append(Source?.End ?? 0).Max();
            if (last > content.Start) return false;
            for (var i = last; i < content.Start; i++)
                if (!char.IsWhiteSpace(text[i]) && !char.IsPunctuation(text[i])) return false;
            return true;
        }

        // "the Financial Times, which said": a relative pronoun is the source span, the phrase before it says who.
        private SourcePhrase? PhraseOf(string text, TaggedSpan source)
        {
            var span = text[source.Start..source.End];
            var before = text[sentence.Start..source.Start];
            var separator = source.Start;
            while (separator > sentence.Start && char.IsWhiteSpace(text[separator - 1])) separator--;
            if (EndsInPreposition().IsMatch(span) && !span.Contains(',')) return null;
            // "The letter warns Mr Johnson: '...'": the one a message is addressed to is not who sends it;
            // "filed suit, always in the Dnipropetrovsk [Economic Court], demanding": a name inside a place phrase is no speaker
            if (source.Start < Cue.Start && (AfterAddressingVerb().IsMatch(before) || InsidePrepositionalPhrase().IsMatch(before))) return null;
            var afterComma = separator > sentence.Start && text[separator - 1] == ',';
            if (ClauseReader.IsRelative(span) && afterComma) return ClauseReader.Antecedent(text, sentence.Start, separator)?.Phrase;
            // "Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the report, said": a whole relative
            // clause tagged as the source names nobody; the speaker is named before it.
            if (RelativeClause().IsMatch(span)) return afterComma ? SourceSpanReader.Read(text[sentence.Start..(separator - 1)]) : null;
            return SourceSpanReader.Read(span);
        }

        // "Hicks, whose husband is in the Navy, said": a source span inside a relative clause that closes before the cue
        // belongs to the clause; the speaker is the name the clause is about.
        private TaggedSpan OutOfRelativeClause(string text, TaggedSpan source)
        {
            var clause = OpenRelativeClause().Match(text[sentence.Start..source.Start]);
            if (!clause.Success || !text[source.Start..Math.Max(source.Start, Cue.Start)].TrimEnd().EndsWith(',')) return source;
            return ClauseReader.Antecedent(text, sentence.Start, sentence.Start + clause.Index + 1) is { } antecedent
                ? source with { Start = antecedent.Range.Start, End = antecedent.Range.End }
                : source;
        }

        // "The plan, which Finance Minister Ola Brandt said would cost": a relative pronoun that is the object of what was said
        // opens the span before its subject, the speaker
        private static TaggedSpan AfterObjectRelative(string text, TaggedSpan source)
        {
            var relative = ObjectRelative().Match(text, source.Start, source.End - source.Start);
            return relative.Success ? source with { Start = source.Start + relative.Length } : source;
        }

        // "“...,” said Ann Lee, who leads the group": a source after its cue that runs into the relative pronoun opening the aside about
        // it ends before the comma
        private TaggedSpan WithoutRelative(string text, TaggedSpan source)
        {
            if (source.Start < Cue.End || TrailingRelative().Match(text[source.Start..source.End]) is not { Success: true } relative) return source;
            return source with { End = source.Start + relative.Index };
        }

        private static TaggedSpan AgentOf(string text, TaggedSpan source)
        {
            var agent = AgentBeforeRelative().Match(text[source.Start..source.End]).Groups["agent"];
            return agent.Success ? source with { Start = source.Start + agent.Index, End = source.Start + agent.Index + agent.Length } : source;
        }

        // "However debates are not likely to alter the campaign, noted NBC's Dante Chinni.": a source the tagger cut off by a comma
        // before an inverting cue, the end of a clause that began before it, with a name after the cue, is the tail of the content; the
        // name is the source ("Erin Murphy, a former aide, said Mitch McConnell, the leader, was right" opens its sentence: not inverted).
        private FoundAttribution? Inverted(string text)
        {
            if (Source!.End > Cue.Start || text[Source.Start..Cue.Start].TrimEnd() is not [.., ','] || !InvertingVerb().IsMatch(text[Cue.Start..Cue.End])
                || !text[sentence.Start..Source.Start].Any(char.IsLetter)) return null;
            // a name of a few words, not a place or medium ("said on Twitter"), that ends the sentence or is followed by an apposition
            // ("said Ann Lee, a chairman of ...")
            if (ClauseReader.PhraseAfter(text, Cue.End, sentence.End) is not { Phrase.Form: PhraseForm.Named } after || !char.IsUpper(text[after.Range.Start])
                || after.Range.Of(text).Split(' ').Length > 5
                || text[after.Range.End..sentence.End].TrimStart() is var rest && !rest.StartsWith(',') && rest.Any(char.IsLetterOrDigit)) return null;
            var content = new TextRange(sentence.Start, text.LastIndexOf(',', Cue.Start - 1)).Trim(text, ",");
            var source = new TextRange(after.Range.Start, rest.Length == 0 ? after.Range.End : sentence.End).Trim(text, ".!?");
            return content.IsEmpty ? null : new FoundAttribution(sentence, AttributionRules.SpanOf(text, source), SpanOf(text, Cue), AttributionRules.SpanOf(text, content), after.Phrase);
        }

        // The content nearest the cue in its sentence is the attribution's content; the other parts still link their sentences.
        public FoundAttribution ToFound(string text)
        {
            if (Inverted(text) is { } inverted) return inverted;
            var main = Contents.OrderBy(c => c.Start < sentence.End && sentence.Start < c.End ? 0 : 1).ThenBy(c => Gap(Cue, c)).First();
            var source = CutName.Whole(text, CutName.OutOfBracket(text, CutName.WithoutYear(text, AgentOf(text, OutOfRelativeClause(text, AfterObjectRelative(text, WithoutRelative(text, Source!)))))));
            return new FoundAttribution(sentence, SpanOf(text, source), SpanOf(text, Cue), SpanOf(text, main), (NamedBy is { } named ? PhraseOf(text, named) : null) ?? PhraseOf(text, source))
            {
                ContentParts = Contents.Where(c => c != main).Select(c => new TextRange(c.Start, c.End)).ToList(),
                Reports = ReportingCues.Reports(text[Cue.Start..Cue.End]) && !ReportingCues.IsFollowedByBy(text, Cue.End),
            };
        }
    }
}
