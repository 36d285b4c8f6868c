using System.Globalization;
using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;
using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Analysis.Attributions;

/// <summary>
/// Speakers named by the layout rather than by a verb, which neither the tagger nor the verb rules read:
/// the turns of a transcript ("WALLACE: Let's start ...", "PENCE: Well, ..."), paragraphs that open with a name in
/// capitals and a colon, taken as turns only where two speakers take them and one speaks again after another (a lone "UPDATE:" or
/// "BYLINE:" is no speaker, nor an interview's "Q:"), or with a name in capitalised words ("Thomas Malone:", "The Economist:";
/// see <see cref="IsTitledTranscript"/>), each turn going on over the unlabelled paragraphs up to the next; and a quotation
/// signed under it ("“...” ― Ana Ruiz"), a paragraph of quoted words, a dash and a name. The name is the source, the colon or dash the cue, the turn or the quotation the content.
/// </summary>
internal static partial class SpeakerLabels
{
    [GeneratedRegex(@"^[""“]?(?<label>\p{Lu}[\p{Lu}.'’-]*(?:[ \u00A0]\p{Lu}[\p{Lu}.'’-]*){0,3}):[ \t\u00A0]+(?=\S)")]
    private static partial Regex Turn();

    // "Thomas Malone: ...", "Mr Malone: ...", "The Economist: ...", "Matthews: ...": a label in capitalised words
    [GeneratedRegex(@"^[""“]?(?<label>\p{Lu}[\p{L}.'’-]*(?:[ \u00A0]\p{Lu}[\p{L}.'’-]*){0,3}):[ \t\u00A0]+(?=\S)")]
    private static partial Regex TitledTurn();

    // A transcript labelled in capitalised words says something at each turn: a list of "Clinton: 1,769." or "Cruz: Hang on." is no transcript.
    private const int MinTurnWords = 6;

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
        var capitals = Labelled(article, Turn(), _ => true);
        var titled = Labelled(article, TitledTurn(), label => label.Any(char.IsLower));
        var introduced = IsTranscript(titled) ? Introduced(article, titled) : null;
        var turns = (IsTranscript(capitals) ? capitals : []).Concat(IsTranscript(titled) && (IsTitledTranscript(titled) || introduced is not null) ? titled : [])
            .OrderBy(t => t.Index).ToList();
        return turns.Select((t, i) => Make(article, t.Paragraph, t.Match.Groups["label"], t.Match.Groups["label"].Index + t.Match.Groups["label"].Length,
            new TextRange(t.Paragraph.Start + t.Match.Length, TurnEnd(article, turns, i)).Trim(article.Text), introduced?.GetValueOrDefault(t.Match.Groups["label"].Value))).OfType<FoundAttribution>().ToList();
    }

    private static List<(int Index, Paragraph Paragraph, Match Match)> Labelled(Article article, Regex turn, Func<string, bool> accepts) =>
        article.Paragraphs.Select((p, i) => (Index: i, Paragraph: p, Match: turn.Match(p.Text))).Skip(1)
            .Where(t => t.Match.Success && t.Match.Groups["label"].Value.Count(char.IsLetter) > 1 && accepts(t.Match.Groups["label"].Value)).ToList();

    // two speakers at least, one of whom speaks again after another has: run-in headings of a list or a paper's end matter
    // ("Need:", "Sometimes Need:"; "Disclosures:", "Editors' Disclosures:") may share a word, but never take turns
    private static bool IsTranscript(List<(int Index, Paragraph Paragraph, Match Match)> turns)
    {
        var speakers = turns.Select(t => LastWord(t.Match.Groups["label"].Value)).ToList();
        var runs = speakers.Where((s, i) => i == 0 || s != speakers[i - 1]).ToList();
        return speakers.Distinct().Count() >= 2 && runs.Count > runs.Distinct().Count();
    }

    // Labels in capitalised words are common furniture ("Update:", "Photo:"): a transcript introduces two speakers at least by
    // more than one word ("Chris Matthews:", "The Economist:") and says something at its turns.
    private static bool IsTitledTranscript(List<(int Index, Paragraph Paragraph, Match Match)> turns) =>
        turns.GroupBy(t => LastWord(t.Match.Groups["label"].Value)).Count(s => s.First().Match.Groups["label"].Value.Contains(' ') || s.First().Match.Groups["label"].Value.Contains('\u00A0')) >= 2
        && turns.Average(t => Words(t.Paragraph.Text[t.Match.Length..])) >= MinTurnWords;

    // "Marissa Halpert, a front end engineer, and Rick Terrill ... Rick: I got into tech ...": labels of one word, each the given
    // name or the surname of one person the text names in full before the first turn, saying something at their turns. The
    // full name of each label, or null when the turns are not such.
    private static Dictionary<string, string>? Introduced(Article article, List<(int Index, Paragraph Paragraph, Match Match)> turns)
    {
        var named = new PersonNameScanner(article.Text).Between(0, turns[0].Paragraph.Start).Select(n => article.Text[n.Start..n.End]).Distinct()
            .SelectMany(full => new[] { (Word: full.Split(' ')[0], Full: full), (Word: full.Split(' ')[^1], Full: full) })
            .GroupBy(n => n.Word, StringComparer.Ordinal).Where(g => g.Select(n => n.Full).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First().Full, StringComparer.Ordinal);
        return turns.All(t => named.ContainsKey(t.Match.Groups["label"].Value)) && turns.Average(t => Words(t.Paragraph.Text[t.Match.Length..])) >= MinTurnWords ? named : null;
    }

    // A turn goes on over the unlabelled paragraphs after it up to the next turn (not over a heading, nor from a question on); the last turn keeps its paragraph.
    private static int TurnEnd(Article article, List<(int Index, Paragraph Paragraph, Match Match)> turns, int i)
    {
        var end = turns[i].Paragraph.End;
        if (i + 1 == turns.Count) return end;
        // an unlabelled question standing alone between two turns is the interviewer's ("What drove that decision?"): the turn ends before it
        var between = article.Paragraphs.Skip(turns[i].Index + 1).Take(turns[i + 1].Index - turns[i].Index - 1).TakeWhile(p => !IsQuestion(p)).ToList();
        return between.Any(p => p.Kind == BlockKind.Heading) ? end : between.Select(p => p.End).DefaultIfEmpty(end).Max();
    }

    private static bool IsQuestion(Paragraph paragraph) => paragraph.Sentences.Count == 1 && paragraph.Text.TrimEnd().EndsWith('?');

    private static int Words(string text) => text.Split([' ', '\u00A0', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static FoundAttribution? Make(Article article, Paragraph paragraph, Group name, int cue, TextRange content, string? fullName = null)
    {
        var text = article.Text;
        var source = new TextRange(paragraph.Start + name.Index, paragraph.Start + name.Index + name.Length);
        // a name in capitals is read as it would be written in a sentence; a given name alone as the full name the text introduced
        var written = fullName ?? (name.Value.Any(char.IsLower) ? name.Value : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Value.ToLowerInvariant()));
        if (content.IsEmpty || SourcePhrase.Parse(written) is not { } phrase) return null;
        var cueAt = paragraph.Start + cue;
        // the paragraph's first sentence, where the turn and the quotation open, so that the quotation is this speaker's
        // ("“...?” ― Ana Ruiz" may end a sentence before the dash, and a quotation with no speaker in its sentence is the one before's)
        return new FoundAttribution(paragraph.Sentences[0], AttributionRules.SpanOf(text, source), AttributionRules.SpanOf(text, new TextRange(cueAt, cueAt + 1)),
            AttributionRules.SpanOf(text, content), phrase);
    }

    private static string LastWord(string label) => label.Split([' ', '\u00A0'])[^1];
}
