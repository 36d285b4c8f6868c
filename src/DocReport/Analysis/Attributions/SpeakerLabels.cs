using System.Globalization;
using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// Speakers named by the layout rather than by a verb, which neither the tagger nor the verb rules read:
/// the turns of a transcript ("WALLACE: Let's start ...", "PENCE: Well, ..."), paragraphs that open with a name in
/// capitals and a colon, taken as turns only where two speakers take them and one speaks twice (a lone "UPDATE:" or
/// "BYLINE:" is no speaker, nor an interview's "Q:"); and a quotation signed under it ("“...” ― Ana Ruiz"), a paragraph of
/// quoted words, a dash and a name. The name is the source, the colon or dash the cue, the turn or the quotation the content.
/// </summary>
internal static partial class SpeakerLabels
{
    [GeneratedRegex(@"^[""“]?(?<label>\p{Lu}[\p{Lu}.'’-]*(?:[ \u00A0]\p{Lu}[\p{Lu}.'’-]*){0,3}):[ \t\u00A0]+(?=\S)")]
    private static partial Regex Turn();

    // "“...” ― Ana Ruiz", "“...”— Edwin G. Monroy, Dallas.": quoted words, then the name after the dash (its words or
    // initials), then at most a place or role.
    [GeneratedRegex(@"^[""“”][^\n]*[""”][ \t\u00A0]*(?<dash>[―—–])[ \t\u00A0]*(?<name>\p{Lu}(?:\.|[\p{L}'’-]*)(?:[ \u00A0]+\p{Lu}(?:\.|[\p{L}'’-]*)){0,4})[ \t\u00A0]*(?:,[^\n,]{1,40})?\.?\s*$")]
    private static partial Regex Signed();

    public static List<FoundAttribution> Find(Article article)
    {
        var found = Turns(article);
        foreach (var paragraph in article.Paragraphs)
            if (Signed().Match(paragraph.Text) is { Success: true } signed && Make(article, paragraph, signed.Groups["name"], signed.Groups["dash"].Index,
                    new TextRange(paragraph.Start, paragraph.Start + signed.Groups["dash"].Index).Trim(article.Text)) is { } quote)
                found.Add(quote);
        return found;
    }

    private static List<FoundAttribution> Turns(Article article)
    {
        // the headline is no turn ("AP: Trump chair routed money"), and an interview's "Q:" and "A:" name nobody
        var turns = article.Paragraphs.Skip(1).Select(p => (Paragraph: p, Match: Turn().Match(p.Text)))
            .Where(t => t.Match.Success && t.Match.Groups["label"].Value.Count(char.IsLetter) > 1).ToList();
        var speakers = turns.GroupBy(t => LastWord(t.Match.Groups["label"].Value)).ToList();
        if (speakers.Count < 2 || speakers.All(s => s.Count() < 2)) return [];
        return turns.Select(t => Make(article, t.Paragraph, t.Match.Groups["label"], t.Match.Groups["label"].Index + t.Match.Groups["label"].Length,
                new TextRange(t.Paragraph.Start + t.Match.Length, t.Paragraph.End).Trim(article.Text))).OfType<FoundAttribution>().ToList();
    }

    private static FoundAttribution? Make(Article article, Paragraph paragraph, Group name, int cue, TextRange content)
    {
        var text = article.Text;
        var source = new TextRange(paragraph.Start + name.Index, paragraph.Start + name.Index + name.Length);
        // a name in capitals is read as it would be written in a sentence
        var written = name.Value.Any(char.IsLower) ? name.Value : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Value.ToLowerInvariant());
        if (content.IsEmpty || SourcePhrase.Parse(written) is not { } phrase) return null;
        var cueAt = paragraph.Start + cue;
        // the paragraph's first sentence, where the turn and the quotation open, so that the quotation is this speaker's
        // ("“...?” ― Ana Ruiz" may end a sentence before the dash, and a quotation with no speaker in its sentence is the one before's)
        return new FoundAttribution(paragraph.Sentences[0], AttributionRules.SpanOf(text, source), AttributionRules.SpanOf(text, new TextRange(cueAt, cueAt + 1)),
            AttributionRules.SpanOf(text, content), phrase);
    }

    private static string LastWord(string label) => label.Split([' ', '\u00A0'])[^1];
}
