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

        foreach (var unit in Units(words))
        {
            var width = unit.Sum(w => w.Width + w.SpaceAfter) - unit[^1].SpaceAfter;
            var pieces = width > maxWidth ? unit.SelectMany(w => w.Width > maxWidth ? builder.Split(w, maxWidth) : [w]).Select(w => (w, 1)) : unit.Select(w => (w, unit.Count));
            var first = true;
            foreach (var (word, glued) in pieces)
            {
                var needed = glued > 1 && first ? width : word.Width;
                if (current.Count > 0 && (glued == 1 || first) && x + needed > maxWidth + 0.01f) Commit(false);
                first = false;
                current.Add(word);
                x += word.Width + word.SpaceAfter;
                if (word.EndsParagraph) Commit(true);
            }
        }
        Commit(true);
        if (lines.Count > 0) lines[^1] = lines[^1] with { SpacingAfter = 0 };
        return lines;
    }

    /// <summary>Words that must stay on one line together: a word and the words glued to it.</summary>
    private static IEnumerable<List<Word>> Units(IReadOnlyList<Word> words)
    {
        var unit = new List<Word>();
        foreach (var word in words)
        {
            unit.Add(word);
            if (word.GluedToNext) continue;
            yield return unit;
            unit = [];
        }
        if (unit.Count > 0) yield return unit;
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
