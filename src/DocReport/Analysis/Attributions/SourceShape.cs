using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// A source span that cannot be a noun phrase names no one: a lone adverb or participle in lower case ("repeatedly says", "famously
/// responded"; "Beijing" and "King" are names), an infinitive ("pledged to ban all Muslims"), or words cut before their noun, ending in a
/// preposition or an article ("held him in contempt of Congress for refusing", "the head of the").
/// The tagger's spans take such shapes now and then; of the 21,623 source spans PolNeAR's annotators marked in train and dev,
/// two have one ("to many", "none of the videos she was talking about"), and a user reading the sources would find no one there.
/// A span cut before its noun with the noun still standing before the cue ("attorneys for the | family | said") is mended instead.
/// </summary>
internal static partial class SourceShape
{
    /// <summary>True when the span cannot name a source, whatever its cue.</summary>
    public static bool NamesNoOne(string source)
    {
        var span = Trimmed(source);
        return LoneModifier().IsMatch(span) || Infinitive().IsMatch(span) || CutBeforeNoun().IsMatch(span) && !Relative().IsMatch(span);
    }

    /// <summary>The attribution with its source run on to the cue when the span stops before its noun and only a word or two stand
    /// between it and the cue ("attorneys for the" before "family said"); else as it is.</summary>
    public static FoundAttribution Mended(string text, FoundAttribution f)
    {
        if (f.Source.End >= f.Cue.Start || !CutBeforeNoun().IsMatch(Trimmed(f.Source.Text)) || !NounBeforeCue().IsMatch(text[f.Source.End..f.Cue.Start])) return f;
        var source = new TextRange(f.Source.Start, f.Cue.Start).Trim(text, "");
        return f with { Source = AttributionRules.SpanOf(text, source), Phrase = SourceSpanReader.Read(source.Of(text)) };
    }

    private static string Trimmed(string source) => source.Trim().TrimEnd(',').TrimEnd();

    // one lower-case word in -ly or -ing: an adverb or a participle ("family" and "ally" are nouns a source may be, but not alone
    // and lower-case: the annotators wrote a bare common noun with its article)
    [GeneratedRegex(@"^\p{Ll}+(?:ly|ing)$")]
    private static partial Regex LoneModifier();

    [GeneratedRegex(@"^to\s+\p{Ll}")]
    private static partial Regex Infinitive();

    // not "and": "Ann Lee smiled and | said" is a subject with the first of two verbs, whose source it still names
    [GeneratedRegex(@"\s(?i:of|for|on|in|at|by|with|from|into|about|the|a|an)$")]
    private static partial Regex CutBeforeNoun();

    // "an official who was briefed on": a person named before a relative clause the tagger cut, still the one who speaks
    [GeneratedRegex(@"\b(?i:who|whom|which)\b")]
    private static partial Regex Relative();

    // one or two words and nothing else between the cut span and its cue
    [GeneratedRegex(@"^\s+[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?\s+$")]
    private static partial Regex NounBeforeCue();
}
