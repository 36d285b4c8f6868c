using System.Buffers;
using System.Text;
using SkiaSharp;

namespace DocReport.Layout.Text;

/// <summary>
/// Cuts spans into words (a word keeps its trailing spaces as <see cref="Word.SpaceAfter"/>; text without spaces,
/// such as Chinese, is cut where <see cref="IdeographicBreaks"/> allows) and shapes them with the bidirectional
/// levels of their paragraph.
/// </summary>
internal sealed class WordBuilder(FontCatalog fonts)
{
    private readonly TextShaper shaper = new(fonts);

    public ResolvedStyle Resolve(TextStyle style) => fonts.ResolvedStyles.GetOrAdd(style.Over(TextStyle.Default), ResolveFull);

    private ResolvedStyle ResolveFull(TextStyle full)
    {
        var typeface = fonts.Typeface(full.FontFamily!, full.Bold!.Value, full.Italic!.Value);
        using var font = new SKFont(typeface, full.FontSize!.Value);
        var metrics = font.Metrics;
        return new ResolvedStyle(typeface, full.FontSize.Value, full.Bold.Value, full.Italic.Value, SKColor.Parse(full.Color),
            full.Underline!.Value, full.LineHeight!.Value, -metrics.Ascent, metrics.Descent) { Language = full.Language };
    }

    public List<Word> Build(IEnumerable<(TextSpan Span, string Text, TextStyle Style)> spans)
    {
        var parts = spans.Select(s => (s.Span, Text: WithoutControlCharacters(s.Text.Replace("\r\n", "\n")), s.Style)).ToList();
        var (levels, paragraphLevels) = BidiResolver.Resolve(string.Concat(parts.Select(p => p.Text)));
        var words = new List<Word>();
        var offset = 0;
        foreach (var (span, text, style) in parts)
        {
            var resolved = Resolve(style);
            var spaceWidth = shaper.Width(" ", resolved);
            var paragraphStart = 0;
            var paragraphs = text.Split('\n');
            for (var p = 0; p < paragraphs.Length; p++)
            {
                var at = offset + paragraphStart;
                var (leading, tokens) = Tokens(paragraphs[p]);
                if (p > 0 && words.Count > 0) words[^1] = words[^1] with { EndsParagraph = true };
                else if (leading > 0 && words.Count > 0) words[^1] = words[^1] with { SpaceAfter = words[^1].SpaceAfter + leading * spaceWidth, SpaceLevel = levels[at] };
                else if (tokens.Count > 0 && words.Count > 0 && words[^1].SpaceAfter == 0 && !BreaksBetween(words[^1].Text, paragraphs[p]))
                    words[^1] = words[^1] with { GluedToNext = true };
                if (tokens.Count == 0 && p < paragraphs.Length - 1)
                    words.Add(new Word("", [], 0, 0, resolved, span) { ParagraphLevel = paragraphLevels[at] });
                foreach (var (start, length, spaces) in tokens)
                {
                    var token = paragraphs[p].Substring(start, length);
                    var tokenLevels = levels.AsMemory(at + start, length);
                    var runs = shaper.Shape(token, resolved, tokenLevels.Span);
                    var end = at + start + length;
                    words.Add(new Word(token, runs, runs.Sum(r => r.Width), spaces * spaceWidth, resolved, span)
                    {
                        Levels = tokenLevels, SpaceLevel = end < levels.Length ? levels[end] : paragraphLevels[at + start],
                        ParagraphLevel = paragraphLevels[at + start],
                    });
                }
                paragraphStart += paragraphs[p].Length + 1;
            }
            offset += text.Length;
        }
        return words;
    }

    /// <summary>Pieces of <paramref name="word"/>, each no wider than <paramref name="maxWidth"/>, for a token such as a long URL.</summary>
    public IEnumerable<Word> Split(Word word, float maxWidth)
    {
        var text = word.Text;
        for (var start = 0; start < text.Length;)
        {
            var length = BreakPoint(text, start, shaper.FittingPrefixLength(text, start, word.Style, maxWidth, word.Levels.Span));
            var piece = text.Substring(start, length);
            var pieceLevels = word.Levels.IsEmpty ? word.Levels : word.Levels.Slice(start, length);
            start += length;
            var runs = shaper.Shape(piece, word.Style, pieceLevels.Span);
            var last = start == text.Length;
            yield return word with
            {
                Text = piece, Runs = runs, Width = runs.Sum(r => r.Width), SpaceAfter = last ? word.SpaceAfter : 0,
                EndsParagraph = last && word.EndsParagraph, GluedToNext = last && word.GluedToNext, Levels = pieceLevels,
            };
        }
    }

    private static readonly char[] UrlBreaks = ['/', '-', '?', '&', '=', '_'];

    /// <summary>Moves a cut back to just after a URL separator when one is in the last two thirds, so "reports/2024" stays whole.</summary>
    private static int BreakPoint(string text, int start, int fitting)
    {
        if (start + fitting >= text.Length) return fitting;
        var separator = text.LastIndexOfAny(UrlBreaks, start + fitting - 1, fitting) - start;
        return separator + 1 > fitting / 3 ? separator + 1 : fitting;
    }

    /// <summary>The count of leading spaces, then each token's start, length and count of spaces after it.</summary>
    private static (int Leading, List<(int Start, int Length, int Spaces)> Tokens) Tokens(string text)
    {
        var tokens = new List<(int, int, int)>();
        var i = 0;
        while (i < text.Length && IsSpace(text[i])) i++;
        var leading = i;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && !IsSpace(text[i]) && !(i > start && BreaksAt(text, i))) i++;
            var end = i;
            while (i < text.Length && IsSpace(text[i])) i++;
            tokens.Add((start, end - start, i - end));
        }
        return (leading, tokens);
    }

    /// <summary>Whether a line may break before <c>text[i]</c>, inside a run of characters with no space.</summary>
    private static bool BreaksAt(string text, int i) =>
        !char.IsLowSurrogate(text[i]) && IdeographicBreaks.Allowed(CodePointBefore(text, i), CodePointAt(text, i));

    /// <summary>Whether a line may break between a word and the text of the next span, which follows with no space.</summary>
    private static bool BreaksBetween(string before, string after) =>
        before.Length > 0 && after.Length > 0 && IdeographicBreaks.Allowed(CodePointBefore(before, before.Length), CodePointAt(after, 0));

    private static int CodePointAt(string text, int i) => Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _) == OperationStatus.Done ? rune.Value : text[i];

    private static int CodePointBefore(string text, int i) => Rune.DecodeLastFromUtf16(text.AsSpan(0, i), out var rune, out _) == OperationStatus.Done ? rune.Value : text[i - 1];

    /// <summary>Drops control characters other than line breaks and tabs: they have no glyph and would draw as boxes.</summary>
    private static string WithoutControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\n' and not '\t')
            ? string.Concat(text.Where(c => !char.IsControl(c) || c is '\n' or '\t'))
            : text;

    private static bool IsSpace(char c) => c is ' ' or '\t';
}
