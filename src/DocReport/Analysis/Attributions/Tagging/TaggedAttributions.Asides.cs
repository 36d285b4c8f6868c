using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// A relative aside about the sentence's subject that holds its own report ("Podesta, who said the project was vetted, said he was
/// unaware"): the cue after the aside's closing comma is the sentence's own verb, whose source is the name the aside is about.
/// </summary>
internal static partial class TaggedAttributions
{
    // "Podesta, who said the project was vetted, said he was unaware": a cue right after a relative aside that a comma closes, its
    // own report inside, is the finite verb of the sentence whose subject the aside is about, not a second verb of the "who"
    // (which the comma would otherwise coordinate); its source is the antecedent. Not a participle ("..., adding"), nor after "and",
    // nor a passive ("The union, which ..., is widely regarded as"). "Humphrey, who calls Trump a “sociopath,” said": the aside may
    // close inside a quotation's closing mark; what the tagger wrote between the two cues is the aside's report, not the verb's.
    private static TaggedSpan? ClosedRelative(string text, int sentenceStart, Building before, Building after)
    {
        var (cue, words) = (after.Cue, text[after.Cue.Start..after.Cue.End]);
        if (before.Source is not { } relative || relative.End > before.Cue.Start || cue.Start <= before.Cue.End || !AsideClosed().IsMatch(text[before.Cue.End..cue.Start])
            || words.Split(' ')[0].EndsWith("ing", StringComparison.Ordinal) || AsideSubject.IsPassive(words)
            || AntecedentOf(text, sentenceStart, relative) is not { } antecedent) return null;
        foreach (var content in after.Contents.Where(c => c.Start >= before.Cue.End && c.End <= cue.Start).ToList())
            if (after.Contents.Remove(content)) before.Contents.Add(content);
        return antecedent;
    }

    // "Hoff, who declined to comment for this article, proposes similar language": the tagger's content of the aside's report runs on
    // past the comma that closes the aside into the sentence's own reporting verb, which it took for no cue. The content ends at that
    // comma (the first after the aside's cue), and the verb is a cue of its own, whose source is the name the aside is about and whose
    // content is the rest. Not a participle ("..., adding"), nor a word not listed as a cue ("..., a cheat and a fraud").
    private static Building? CrossedAside(string text, Sentence sentence, Building aside)
    {
        if (aside.Source is not { } relative || relative.End > aside.Cue.Start || AntecedentOf(text, sentence.Start, relative) is not { } antecedent) return null;
        for (var i = 0; i < aside.Contents.Count; i++)
        {
            var content = aside.Contents[i];
            if (content.Start < aside.Cue.End) continue;
            var comma = text.IndexOf(',', aside.Cue.End, content.End - aside.Cue.End);
            if (comma < content.Start || MainVerb().Match(text, comma, content.End - comma) is not { Success: true } main) continue;
            var verb = main.Groups["verb"];
            if (verb.Value.EndsWith("ing", StringComparison.Ordinal) || !ReportingCues.IsReportingWord(verb.Value) && !ReportingCues.KnownWords.Contains(verb.Value)) continue;
            var rest = new TextRange(verb.Index + verb.Length, content.End).Trim(text, ",;:");
            var own = new TextRange(content.Start, main.Groups["close"].Success ? main.Groups["close"].Index + main.Groups["close"].Length : comma).Trim(text);
            if (rest.IsEmpty || own.IsEmpty) continue;
            aside.Contents[i] = content with { Start = own.Start, End = own.End };
            var cue = new Building(sentence, content with { Role = SpanRole.Cue, Start = verb.Index, End = verb.Index + verb.Length }) { Source = antecedent };
            cue.Contents.Add(content with { Start = rest.Start, End = rest.End });
            return cue;
        }
        return null;
    }

    // the relative pronoun's antecedent, when the pronoun follows a comma and the antecedent opens its clause ("It's funny to watch
    // Mitt Romney, who ..., suddenly insist" is the writer's, "surrogates (like Ann Lee, who ...), has" another subject's)
    private static TaggedSpan? AntecedentOf(string text, int sentenceStart, TaggedSpan relative)
    {
        if (!ClauseReader.IsRelative(text[relative.Start..relative.End])) return null;
        var comma = relative.Start - 1;
        while (comma > sentenceStart && char.IsWhiteSpace(text[comma])) comma--;
        if (comma <= sentenceStart || text[comma] != ',' || ClauseReader.Antecedent(text, sentenceStart, comma + 1) is not { } antecedent
            || !ClauseOpening().IsMatch(text[sentenceStart..antecedent.Range.Start])) return null;
        return relative with { Start = antecedent.Range.Start, End = antecedent.Range.End };
    }

    // what may stand before a sentence's subject: nothing, a conjunction ("But", "Still,"), or an opening phrase closed by a comma
    [GeneratedRegex(@"^\s*(?:(?:But|And|Yet|Still|So|Then|Now|Instead)\b,?\s*)?$|,\s*$")]
    private static partial Regex ClauseOpening();

    // the aside's closing comma right before the cue, inside a closing quotation mark or not, an adverb allowed between ("..., later
    // said"); not "and" ("..., and said")
    [GeneratedRegex(@",(?:\s*(?:”|''|""))?\s*(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?$")]
    private static partial Regex AsideClosed();

    // the same close at a comma inside a content, then the word after it
    [GeneratedRegex(@"\G,(?<close>\s*(?:”|''|""))?\s*(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?(?<verb>\p{Ll}+)\b")]
    private static partial Regex MainVerb();
}
