using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// "Marmorato, who's the sister of the party's chair, campaigned on the issue — and called the about-face “heartbreaking”":
/// the quoted word someone called a thing is what they said of it. In a second verb phrase after "and" the speaker is the
/// name the sentence opens with, which neither the tagger nor the rules reach ("Ruiz called the decision “heartbreaking”"
/// they read).
/// </summary>
internal static partial class CalledQuoted
{
    // "called for compensation to be “clawed back”" asks for something, "called off", "called on" neither
    [GeneratedRegex(@"\band\s+(?<cue>called)\s+(?!(?:for|on|off|up|in)\b)[^“”"",.;:]{1,60}?\s+[“""][^“”""]{1,40}?[,.]?[”""]")]
    private static partial Regex AndCalled();

    // the capitalised words a sentence opens with, before a comma or a verb ("Trump criticized Clinton and called her"); not
    // someone's ("Smith's lawyer"), not a word before a pronoun ("Though she called")
    [GeneratedRegex(@"\G\s*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}(?<!['’]s)(?=\s*,|[ \t]+\p{Ll}+(?:ed|s)\b)")]
    private static partial Regex OpeningName();

    public static IEnumerable<FoundAttribution> Find(string text, Sentence sentence, FirstNameScanner firstNames)
    {
        var called = AndCalled().Match(text, sentence.Start, sentence.End - sentence.Start);
        if (!called.Success) yield break;
        var opening = OpeningName().Match(text, sentence.Start, called.Index - sentence.Start);
        if (!opening.Success || ClauseReader.PhraseIn(text, new TextRange(opening.Index, opening.Index + opening.Length).Trim(text)) is not { Phrase.Form: PhraseForm.Named } speaker
            || !IsName(firstNames, speaker.Phrase)) yield break;
        var cue = called.Groups["cue"];
        var content = new TextRange(cue.Index + cue.Length, called.Index + called.Length).Trim(text, ",.");
        yield return new FoundAttribution(sentence, AttributionRules.SpanOf(text, speaker.Range), AttributionRules.SpanOf(text, new TextRange(cue.Index, cue.Index + cue.Length)),
            AttributionRules.SpanOf(text, content), speaker.Phrase);
    }

    // A person, a body the lists know, or a surname the text gives a full name ("Marmorato" of "Kristy Marmorato"); "However" is none.
    // The scanner is the article's: a new one would read the whole text again for each sentence asked.
    public static bool IsName(FirstNameScanner firstNames, SourcePhrase phrase) =>
        phrase.LooksLikePerson || SourceLexicon.NameKindOf(phrase.Name) is not null
        || !phrase.Name.Contains(' ') && firstNames.FullNameOf(phrase.Name) is not null;
}
