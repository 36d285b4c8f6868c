namespace DocReport.Layout.Text;

/// <summary>Greedy line breaking at word boundaries; a word wider than the line is cut into pieces that fit.</summary>
internal static class LineBreaker
{
    public static List<TextLine> Break(IReadOnlyList<Word> words, float maxWidth, float paragraphSpacing, WordBuilder builder)
    {
        var lines = new List<TextLine>();
        var current = new List<Word>();
        var x = 0f;

        void Commit(bool endsParagraph)
        {
            if (current.Count == 0) return;
            lines.Add(Measure(current, endsParagraph, paragraphSpacing));
            current = [];
            x = 0;
        }

        foreach (var whole in words)
        {
            var pieces = whole.Width > maxWidth ? builder.Split(whole, maxWidth) : [whole];
            foreach (var word in pieces)
            {
                if (current.Count > 0 && x + word.Width > maxWidth + 0.01f) Commit(false);
                current.Add(word);
                x += word.Width + word.SpaceAfter;
                if (word.EndsParagraph) Commit(true);
            }
        }
        Commit(true);
        if (lines.Count > 0) lines[^1] = lines[^1] with { SpacingAfter = 0 };
        return lines;
    }

    private static TextLine Measure(List<Word> words, bool endsParagraph, float paragraphSpacing)
    {
        var width = words.Sum(w => w.Width + w.SpaceAfter) - words[^1].SpaceAfter;
        var baseline = 0f;
        var below = 0f;
        foreach (var style in words.Select(w => w.Style).Distinct())
        {
            var box = Math.Max(style.Size * style.LineHeight, style.Ascent + style.Descent);
            var gap = (box - style.Ascent - style.Descent) / 2;
            baseline = Math.Max(baseline, gap + style.Ascent);
            below = Math.Max(below, style.Descent + gap);
        }
        return new TextLine(words, width, baseline + below, baseline, endsParagraph)
            { SpacingAfter = endsParagraph ? paragraphSpacing : 0 };
    }
}
