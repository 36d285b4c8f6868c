using SkiaSharp;

namespace DocReport.Layout.Text;

/// <summary>Cuts spans into words (a word keeps its trailing spaces as <see cref="Word.SpaceAfter"/>) and shapes them.</summary>
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
            full.Underline!.Value, full.LineHeight!.Value, -metrics.Ascent, metrics.Descent);
    }

    public List<Word> Build(IEnumerable<(TextSpan Span, string Text, TextStyle Style)> spans)
    {
        var words = new List<Word>();
        foreach (var (span, text, style) in spans)
        {
            var resolved = Resolve(style);
            var spaceWidth = shaper.Width(" ", resolved);
            var paragraphs = WithoutControlCharacters(text.Replace("\r\n", "\n")).Split('\n');
            for (var p = 0; p < paragraphs.Length; p++)
            {
                var (leading, tokens) = Tokens(paragraphs[p]);
                if (p > 0 && words.Count > 0) words[^1] = words[^1] with { EndsParagraph = true };
                else if (leading > 0 && words.Count > 0) words[^1] = words[^1] with { SpaceAfter = words[^1].SpaceAfter + leading * spaceWidth };
                else if (tokens.Count > 0 && words.Count > 0 && words[^1].SpaceAfter == 0) words[^1] = words[^1] with { GluedToNext = true };
                if (tokens.Count == 0 && p < paragraphs.Length - 1)
                    words.Add(new Word("", [], 0, 0, resolved, span));
                foreach (var (token, spaces) in tokens)
                {
                    var runs = shaper.Shape(token, resolved);
                    words.Add(new Word(token, runs, runs.Sum(r => r.Width), spaces * spaceWidth, resolved, span));
                }
            }
        }
        return words;
    }

    /// <summary>Pieces of <paramref name="word"/>, each no wider than <paramref name="maxWidth"/>, for a token such as a long URL.</summary>
    public IEnumerable<Word> Split(Word word, float maxWidth)
    {
        var text = word.Text;
        for (var start = 0; start < text.Length;)
        {
            var length = BreakPoint(text, start, shaper.FittingPrefixLength(text, start, word.Style, maxWidth));
            var piece = text.Substring(start, length);
            start += length;
            var runs = shaper.Shape(piece, word.Style);
            var last = start == text.Length;
            yield return new Word(piece, runs, runs.Sum(r => r.Width), last ? word.SpaceAfter : 0, word.Style, word.Span)
                { EndsParagraph = last && word.EndsParagraph };
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

    /// <summary>The count of leading spaces, then each token with the count of spaces after it.</summary>
    private static (int Leading, List<(string Token, int Spaces)> Tokens) Tokens(string text)
    {
        var tokens = new List<(string, int)>();
        var i = 0;
        while (i < text.Length && IsSpace(text[i])) i++;
        var leading = i;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && !IsSpace(text[i])) i++;
            var end = i;
            while (i < text.Length && IsSpace(text[i])) i++;
            tokens.Add((text[start..end], i - end));
        }
        return (leading, tokens);
    }

    /// <summary>Drops control characters other than line breaks and tabs: they have no glyph and would draw as boxes.</summary>
    private static string WithoutControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\n' and not '\t')
            ? string.Concat(text.Where(c => !char.IsControl(c) || c is '\n' or '\t'))
            : text;

    private static bool IsSpace(char c) => c is ' ' or '\t';
}
