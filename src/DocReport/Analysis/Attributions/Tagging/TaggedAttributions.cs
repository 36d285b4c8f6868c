using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// Groups the tagger's spans into attributions, one per cue: each content goes to the nearest cue of its sentence,
/// and each source to the nearest cue still without one, the closest pairs first (of two as near, the cue after it, unless the one before is
/// an inverted report closing a quotation: "“...,” said Ann Lee, who leads ..."; a source inside an aside before a cue, "Reyes, a consultant
/// who tried to organize a campaign, said", takes none); a cue with no source of its own shares the one of the cue before it in the sentence
/// when the two are coordinated ("Newsweek announced X and said Y", "said X, adding Y"), and so does the report of a "who" aside
/// about the speaker of an inverted cue ("“...,” said Ann Lee, who added that ..."); content in a sentence with no cue carries on the
/// last attribution when nothing but punctuation stands between them and a quotation is open there ("“A,” she said. “B.”", not "So B."); a cue after its source with no
/// content reports the rest of its sentence when that holds a clause or a quotation, or holds a view of it when it is no report; a source cut off by a comma before an inverted
/// cue ("..., noted NBC's Dante Chinni") gives way to the name after the cue. A cue left without a
/// source or content is dropped, and so is a cue with no word that can mark attribution ("until") or a participle
/// used as an adjective ("the state's confirmed caseload").
/// </summary>
internal static partial class TaggedAttributions
{
    // "announced X and said Y", "said X but later denied Y", "said X, adding Y": the second cue's subject is the first one's
    // ("women demanding the return", with neither, is not).
    [GeneratedRegex(@"(?:\b(?:and|but|or)|,)\s*(?:(?:also|then|later|\w+ly)\s+)?$")]
    private static partial Regex Coordinated();

    // Verbs that put their subject after them in a quotation's tail ("..., noted NBC's Dante Chinni"), and take no person as object
    // (unlike "..., told Ann Lee"): the reporting verbs of quotative inversion (Biber et al., Longman Grammar, 11.2.3).
    [GeneratedRegex(@"^(?:said|says|noted|notes|added|adds|wrote|writes|explained|explains|observed|observes|argued|argues|recalled|recalls|remarked|continued|insisted|insists|concluded|countered|replied|responded|quipped|tweeted|stated|declared)$")]
    private static partial Regex InvertingVerb();

    [GeneratedRegex(@"\s*,\s*(?:who|which)$")]
    private static partial Regex TrailingRelative();

    public static List<FoundAttribution> Assemble(Article article, IReadOnlyList<TaggedSpan> spans) =>
        Build(article, spans).Where(b => b.Source is not null && b.Contents.Count > 0).Select(b => b.ToFound(article.Text)).ToList();

    /// <summary>Every cue kept with the source and contents it was given, also those left without either (which <see cref="Assemble"/> drops).</summary>
    internal static List<Building> Build(Article article, IReadOnlyList<TaggedSpan> spans)
    {
        var text = article.Text;
        var built = new List<Building>();
        foreach (var paragraph in PieceInCue.Moved(text, spans).GroupBy(s => s.Paragraph))
        {
            var sentences = article.Paragraphs[paragraph.Key].Sentences;
            // "“... It's a good decision,” Graham told": a content that runs from a sentence with no cue into one with a cue is that cue's
            var withCue = paragraph.Where(s => s.Role == SpanRole.Cue).Select(s => SentenceOf(sentences, s.Start)).ToHashSet();
            foreach (var sentence in paragraph.GroupBy(s => SentenceOf(sentences, s.Start) is var first && s.Role == SpanRole.Content && !withCue.Contains(first)
                         && SentenceOf(sentences, s.End - 1) is var last && withCue.Contains(last) ? last : first).OrderBy(g => g.Key))
            {
                var cues = sentence.Where(s => s.Role == SpanRole.Cue && ReportingCues.CanCue(text[s.Start..s.End]) && !ReportingCues.IsAdjective(text, s.Start, s.End)).Select(c => new Building(sentences[sentence.Key], c)).ToList();
                var contents = sentence.Where(s => s.Role == SpanRole.Content).ToList();
                if (cues.Count == 0)
                {
                    foreach (var content in contents)
                    {
                        if (built.Count == 0 || !built[^1].GoesOnWith(text, content) || !QuotedAt(text, sentences[0].Start, content.Start)) break;
                        built[^1].Contents.Add(content);
                    }
                    continue;
                }
                // the closest source and cue pair first, so that a source far from a cue does not take the one next to another source
                var tagged = sentence.Where(s => s.Role == SpanRole.Source).ToList();
                var sources = tagged.Where(s => !InAside(text, tagged, s, cues) && !SpokenTo(text, tagged, s)).ToList();
                foreach (var (source, cue) in sources.SelectMany(s => cues.Select(c => (Source: s, Cue: c))).OrderBy(p => Gap(p.Cue.Cue, p.Source)).ThenBy(p => Side(text, p.Cue.Cue, p.Source)))
                    if (cue.Source is null && sources.Remove(source)) cue.SetSource(source);
                var uncued = tagged.Where(s => cues.All(c => c.Source != s)).ToList();
                foreach (var cue in cues.Where(c => c.Source is not null)) cue.NamedBy = NamedBy(text, uncued, cue.Source!);
                foreach (var content in contents) Nearest(cues, content, _ => true)!.Contents.Add(content);
                for (var i = 0; i < cues.Count; i++)
                    if (CrossedAside(text, sentences[sentence.Key], cues[i]) is { } main) cues.Insert(i + 1, main);
                for (var i = 1; i < cues.Count; i++)
                    if (ClosedRelative(text, sentences[sentence.Key].Start, cues[i - 1], cues[i]) is { } subject && cues[i].Source is null) (cues[i].Source, cues[i].NamedBy) = (subject, null);
                    else if (cues[i].Source is null && Coordinated().IsMatch(text[cues[i - 1].Cue.End..cues[i].Cue.Start])) (cues[i].Source, cues[i].NamedBy) = (cues[i - 1].Source, cues[i - 1].NamedBy);
                    else if (cues[i].Source is null && AsideOf(text, cues[i - 1], cues[i].Cue) is { } speaker) (cues[i].Source, cues[i].NamedBy) = (speaker, cues[i - 1].NamedBy);
                foreach (var cue in cues.Where(c => c.Source is null))
                    if (AsideSubject.Of(text, sentences[sentence.Key].Start, cue.Cue, sentence) is { } subject) cue.SetSource(cue.Cue with { Role = SpanRole.Source, Start = subject.Start, End = subject.End });
                foreach (var cue in cues.Where(c => c.Source is { } s && s.End <= c.Cue.Start && c.Contents.Count == 0))
                    if (RestOf(text, sentences[sentence.Key], cue.Source!, cue.Cue) is { } rest) cue.Contents.Add(rest);
                foreach (var cue in cues.Where(c => c.Source is { } s && s.Start >= c.Cue.End && s.End <= sentences[sentence.Key].End && c.Contents.Count == 0 && ReportingCues.Reports(text[c.Cue.Start..c.Cue.End])))
                    if (LeadOf(text, sentences[sentence.Key], cue.Cue) is { } lead) cue.Contents.Add(lead);
                built.AddRange(cues);
            }
        }
        return built;
    }

    // Of a source as near to a cue before it as to one after it, the one after takes it ("the panel, which Lee said was ...": rank 1),
    // unless the cue before is an inverted report closing what was said ("“...,” said Ann Lee, who leads the group", "..., said the
    // chief, speaking for the first time": rank 0, not a phrase opened by a preposition): what follows the name is about the speaker.
    private static int Side(string text, TaggedSpan cue, TaggedSpan source) =>
        cue.Start >= source.Start ? 1
        : InvertingVerb().IsMatch(text[cue.Start..cue.End]) && AfterWhatWasSaid().IsMatch(text.AsSpan(Math.Max(0, cue.Start - 8), Math.Min(8, cue.Start)))
          && !PrepositionFirst().IsMatch(text.AsSpan(source.Start, source.End - source.Start)) ? 0 : 2;

    // "“...,” said Ann Lee, who added that ...": the speaker an inverted cue took with the "who" of the aside about them (one span) is
    // the subject of the aside's report right after it, as a coordinated cue's is; the span without ", who". Not "..., said Ann Lee,
    // director of the union, which filed suit" (the union's act), nor an act that reports nothing ("who chairs the board").
    private static TaggedSpan? AsideOf(string text, Building before, TaggedSpan cue) =>
        before.Source is { } source && source.Start >= before.Cue.End && source.End <= cue.Start && string.IsNullOrWhiteSpace(text[source.End..cue.Start])
        && ReportingCues.Reports(text[cue.Start..cue.End])
        && TrailingRelative().Match(text[source.Start..source.End]) is { Success: true } relative && relative.Value.EndsWith("who", StringComparison.Ordinal)
            ? source with { End = source.Start + relative.Index }
            : null;

    // "said on the MSNBC show", "said of the senator": where or of whom it was said, not who said it
    [GeneratedRegex(@"^(?:on|of|in|at|to|for|with|from|about|during|after|before|by|via)\b")]
    private static partial Regex PrepositionFirst();

    // the end of what was said right before an inverted cue: a comma or a closing quotation mark ("...,” said", "..., said", "...'' said")
    [GeneratedRegex(@"(?:[,”""]|'')\s*$")]
    private static partial Regex AfterWhatWasSaid();

    // "“A,” she said. “B.”" goes on with her; "“A,” she said. So B." is the writer's again: a quotation must be open where the content starts
    // (its opening mark, one or two characters, counted), from the paragraph's start, for a sentence with no cue to carry on the attribution before it.
    private static bool QuotedAt(string text, int paragraphStart, int contentStart) =>
        Quotation.OpenIn(text.AsSpan(paragraphStart, Math.Min(text.Length, contentStart + 2) - paragraphStart));

    // "Local news affiliate ABC 7 is reporting that a husband and wife ...", "Trump has hailed Britain's vote to leave": a cue with its
    // subject before it whose content the tagger left out reports, or holds a view of, the rest of its sentence. A report needs what
    // is reported there: a "that" or wh- clause, a quotation or a colon ("new users Twitter added over the last quarter" reports
    // nothing); a view or an act takes the rest, unless its cue is a state or a passive ("is backed by 34%", "is hard to predict").
    // Not inside a quotation ("''He says what everyone ...''").
    private static TaggedSpan? RestOf(string text, Sentence sentence, TaggedSpan source, TaggedSpan cue)
    {
        var rest = new TextRange(cue.End, sentence.End).Trim(text, ".,;:!?");
        var words = text[cue.Start..cue.End];
        if (rest.IsEmpty || Quotation.OpenIn(text.AsSpan(sentence.Start, source.Start - sentence.Start))) return null;
        if (ReportingCues.Reports(words) ? !Reported().IsMatch(rest.Of(text)) : StateOrPassive().IsMatch(words) || ReportingCues.IsFollowedByBy(text, cue.End)) return null;
        return cue with { Role = SpanRole.Content, Start = rest.Start, End = rest.End };
    }

    // "He gave a jeremiad against the judge, according to two senators present": a report whose source follows its cue, left without
    // content by the tagger, reports what its sentence says before the cue (not when the source runs on into the next sentence).
    private static TaggedSpan? LeadOf(string text, Sentence sentence, TaggedSpan cue)
    {
        var lead = new TextRange(sentence.Start, cue.Start).Trim(text, ",;:—–");
        return lead.IsEmpty ? null : cue with { Role = SpanRole.Content, Start = lead.Start, End = lead.End };
    }

    // "is backed", "was hard to predict", "'s well known": a form of "be" before a word other than an -ing form
    [GeneratedRegex(@"^(?:(?:is|are|was|were|be|been|being|am|(?:has|have|had)\s+been)|\S*['’](?:s|re|m))\s+(?:\w+ly\s+|not\s+)*(?!\w+ing\b)\w", RegexOptions.IgnoreCase)]
    private static partial Regex StateOrPassive();

    [GeneratedRegex(@"\b(?:that|what|how|why|whether)\b|[“”"":]|''")]
    private static partial Regex Reported();

    // "the backing of Sen. Ann Marsh, who told reporters": a relative pronoun right after a source no cue took stands for it;
    // "Mayor Ann Marsh on Monday stepped in: if they agree, Marsh said": so does a surname, or a title and surname, after the full name.
    private static TaggedSpan? NamedBy(string text, List<TaggedSpan> uncued, TaggedSpan source)
    {
        var span = text[source.Start..source.End];
        if (RelativePronoun().IsMatch(span))
            return uncued.LastOrDefault(u => u.End <= source.Start && text[u.End..source.Start].All(c => char.IsWhiteSpace(c) || c == ','));
        if (ShortName().Match(span) is not { Success: true } name) return null;
        var surname = name.Groups["surname"].Value;
        return uncued.LastOrDefault(u => u.End <= source.Start && text[u.Start..u.End].TrimEnd(' ', ',') is var full && full.EndsWith(" " + surname, StringComparison.Ordinal) && full.Length > surname.Length);
    }

    [GeneratedRegex(@"^(?:who|which|whom|that|who['’]s)$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePronoun();

    // "Marsh", "Ms. Marsh", "de Blasio"
    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?<surname>(?:(?:de|van|von|da|di|le|la|del|al)\s+)?\p{Lu}[\p{L}'’-]+)$")]
    private static partial Regex ShortName();

    // "Alex Reyes, a consultant who tried to organize a campaign, said", "Byrne — who stood at the door to the Oval Office — states":
    // a source inside an aside that opens after another source (no cue between them) and closes just before the next cue is no cue's subject.
    private static bool InAside(string text, List<TaggedSpan> sources, TaggedSpan source, List<Building> cues)
    {
        if (cues.Select(c => c.Cue).Where(c => c.Start >= source.End).MinBy(c => c.Start) is not { } cue) return false;
        var close = cue.Start - 1;
        while (close >= source.Start && char.IsWhiteSpace(text[close])) close--;
        if (close < source.Start) return false;
        var open = text[close] switch
        {
            ',' => text.LastIndexOf(',', source.Start),
            '—' or '–' => text.LastIndexOfAny(['—', '–'], source.Start),
            ')' => Matching(text, close),
            _ => -1,
        };
        return open >= 0 && open < source.Start && sources.Any(s => s.Start <= open && s.Start < source.Start && !cues.Any(c => s.Start < c.Cue.Start && c.Cue.Start < source.Start));
    }

    // "Another intelligence source speaking to Fox News said": the outlet spoken to is no speaker; the source before it is.
    private static bool SpokenTo(string text, List<TaggedSpan> sources, TaggedSpan source) =>
        sources.Any(s => s.End <= source.Start && SpeakingTo().IsMatch(text[s.End..source.Start]));

    [GeneratedRegex(@"^\s*,?\s*(?:speaking|talking|spoke|talked)\s+(?:to|with)\s*$")]
    private static partial Regex SpeakingTo();

    // the "(" a ")" closes, or -1
    private static int Matching(string text, int close)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
            if (text[i] == ')') depth++;
            else if (text[i] == '(' && --depth == 0) return i;
        return -1;
    }

    private static int SentenceOf(IReadOnlyList<Sentence> sentences, int start)
    {
        for (var i = sentences.Count - 1; i > 0; i--) if (sentences[i].Start <= start) return i;
        return 0;
    }

    private static Building? Nearest(List<Building> cues, TaggedSpan span, Func<Building, bool> allowed) =>
        cues.Where(allowed).OrderBy(c => Gap(c.Cue, span)).ThenBy(c => c.Cue.Start < span.Start ? 1 : 0).FirstOrDefault();

    private static int Gap(TaggedSpan a, TaggedSpan b) => Math.Max(a.Start - b.End, b.Start - a.End);

    private static Span SpanOf(string text, TaggedSpan span) => new(text[span.Start..span.End], span.Start, span.End);
}
