using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>
/// "a Times article hailed Trump": the tagger may end the source before the noun of a piece an outlet publishes and read the
/// noun with the verb as the cue ("article hailed"), or start it after the piece ("The tweet from [Vulture magazine] reads"); the
/// piece belongs to the source, whose it is says who speaks. So does "general" after an office ("the solicitor general argued").
/// </summary>
internal static partial class PieceInCue
{
    public static IReadOnlyList<TaggedSpan> Moved(string text, IReadOnlyList<TaggedSpan> spans)
    {
        List<TaggedSpan>? moved = null;
        for (var i = 0; i < spans.Count; i++)
        {
            // "The tweet from Vulture magazine reads": the piece the source is named as the maker of opens the source
            if (spans[i].Role == SpanRole.Source && PieceBefore().Match(text, Math.Max(0, spans[i].Start - 40), Math.Min(40, spans[i].Start)) is { Success: true } before
                && ReferenceEquals(SourceLexicon.SourceNounOf(before.Groups["noun"].Value), SourceLexicon.Piece))
            {
                moved ??= [.. spans];
                moved[i] = moved[i] with { Start = before.Index };
                continue;
            }
            // the source before the cue is looked for only after the noun passes: the spans are the whole document's, and most cues
            // open with a lower-case word ("told reporters")
            if (spans[i].Role != SpanRole.Cue || NounOpening().Match(text, spans[i].Start, spans[i].End - spans[i].Start) is not { Success: true } noun) continue;
            var piece = ReferenceEquals(SourceLexicon.SourceNounOf(noun.Groups["noun"].Value), SourceLexicon.Piece);
            if (!piece && noun.Groups["noun"].Value != "general") continue;
            var source = IndexOfSourceBefore(text, spans, spans[i]);
            if (source < 0 || !piece && !EndsInOffice(text, spans[source])) continue;
            moved ??= [.. spans];
            moved[source] = moved[source] with { End = noun.Groups["noun"].Index + noun.Groups["noun"].Length };
            moved[i] = moved[i] with { Start = noun.Index + noun.Length };
        }
        return moved ?? spans;
    }

    // "the solicitor general argued": "general" after a source ending in an office's noun in lower case is the office's (a postpositive
    // adjective), not the verb's
    private static bool EndsInOffice(string text, TaggedSpan source) =>
        source.End > source.Start && char.IsLower(text[source.End - 1])
        && LastWord().Match(text, source.Start, source.End - source.Start) is { Success: true } office && !SourcePhraseParser.IsDeterminer(office.Value);

    [GeneratedRegex(@"(?<!\p{L})\p{Ll}+\z")]
    private static partial Regex LastWord();

    // a source of the same paragraph that ends right before the cue, only spaces between
    private static int IndexOfSourceBefore(string text, IReadOnlyList<TaggedSpan> spans, TaggedSpan cue)
    {
        for (var j = 0; j < spans.Count; j++)
            if (spans[j] is { Role: SpanRole.Source } s && s.Paragraph == cue.Paragraph && s.End <= cue.Start && text.AsSpan(s.End, cue.Start - s.End).IsWhiteSpace())
                return j;
        return -1;
    }

    [GeneratedRegex(@"\b(?i:the|an?)[ \t]+(?<noun>\p{Ll}[\p{Ll}-]*)[ \t]+(?:from|by)[ \t]+$")]
    private static partial Regex PieceBefore();

    [GeneratedRegex(@"\G(?<noun>\p{Ll}[\p{Ll}-]*)[ \t]+(?=\p{L})")]
    private static partial Regex NounOpening();
}
