namespace DocReport.Layout.Text;

/// <summary>
/// Embedding levels of a paragraph by the Unicode Bidirectional Algorithm (UAX #9): paragraph level (P2, P3),
/// weak types (W1-W7), neutrals (N1, N2) and implicit levels (I1, I2). Explicit embeddings, overrides and
/// isolates (U+202A-U+202E, U+2066-U+2069) are ignored like other format characters: articles rarely hold them.
/// </summary>
internal static class BidiResolver
{
    /// <summary>0 for a left-to-right paragraph, 1 for right-to-left: the direction of its first strong character (P2, P3).</summary>
    public static byte ParagraphLevel(ReadOnlySpan<char> paragraph)
    {
        foreach (var rune in paragraph.EnumerateRunes())
            switch (BidiClasses.Of(rune.Value))
            {
                case BidiClass.L: return 0;
                case BidiClass.R or BidiClass.AL: return 1;
            }
        return 0;
    }

    /// <summary>The level of every UTF-16 unit of a text whose paragraphs end at '\n', and the level of the paragraph each unit is in (arrays at least as long as the text, not to be written).</summary>
    public static (byte[] Levels, byte[] ParagraphLevels) Resolve(string text)
    {
        if (!BidiClasses.HasRightToLeft(text)) return (Zeros(text.Length), Zeros(text.Length));
        var levels = new byte[text.Length];
        var paragraphLevels = new byte[text.Length];
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            var paragraph = text[start..end];
            var level = ParagraphLevel(paragraph);
            Levels(paragraph, level).CopyTo(levels, start);
            Array.Fill(paragraphLevels, level, start, end - start);
            start = end;
        }
        return (levels, paragraphLevels);
    }

    // Most text is left to right throughout: it shares one array of zeros, only ever read.
    private static byte[] zeros = new byte[4096];

    private static byte[] Zeros(int length)
    {
        var current = zeros;
        if (current.Length < length) zeros = current = new byte[Math.Max(length, current.Length * 2)];
        return current;
    }

    /// <summary>The level of every UTF-16 unit of <paramref name="paragraph"/> (one paragraph, which may end with its line break) at paragraph level <paramref name="baseLevel"/>.</summary>
    public static byte[] Levels(string paragraph, byte baseLevel)
    {
        var levels = new byte[paragraph.Length];
        if (baseLevel == 0 && !BidiClasses.HasRightToLeft(paragraph)) return levels;
        var (types, units) = Classify(paragraph);
        var sos = baseLevel % 2 == 0 ? BidiClass.L : BidiClass.R;
        ResolveWeak(types, sos);
        ResolveNeutral(types, sos);
        var resolved = new byte[types.Length];
        for (var i = 0; i < types.Length; i++) resolved[i] = Implicit(types[i], baseLevel);
        for (var i = 0; i < paragraph.Length; i++) levels[i] = units[i] < 0 ? baseLevel : resolved[units[i]];
        return levels;
    }

    /// <summary>The types of the characters that take part (format characters removed, as rule X9 says), and for each UTF-16 unit the index of its character there, or -1.</summary>
    private static (BidiClass[] Types, int[] Units) Classify(string text)
    {
        var types = new List<BidiClass>(text.Length);
        var units = new int[text.Length];
        for (var i = 0; i < text.Length;)
        {
            var rune = System.Text.Rune.GetRuneAt(text, i);
            var type = BidiClasses.Of(rune.Value);
            var index = type == BidiClass.BN ? types.Count - 1 : types.Count;
            if (type != BidiClass.BN) types.Add(type);
            for (var k = 0; k < rune.Utf16SequenceLength; k++) units[i + k] = index;
            i += rune.Utf16SequenceLength;
        }
        return (types.ToArray(), units);
    }

    private static void ResolveWeak(BidiClass[] t, BidiClass sos)
    {
        var previous = sos;
        for (var i = 0; i < t.Length; i++) previous = t[i] = t[i] == BidiClass.NSM ? previous : t[i];                  // W1
        var strong = sos;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R or BidiClass.AL) strong = t[i];
            else if (t[i] == BidiClass.EN && strong == BidiClass.AL) t[i] = BidiClass.AN;                            // W2
        }
        for (var i = 0; i < t.Length; i++) if (t[i] == BidiClass.AL) t[i] = BidiClass.R;                           // W3
        for (var i = 1; i + 1 < t.Length; i++)                                                                      // W4
        {
            if (t[i - 1] == BidiClass.EN && t[i + 1] == BidiClass.EN && t[i] is BidiClass.ES or BidiClass.CS) t[i] = BidiClass.EN;
            else if (t[i - 1] == BidiClass.AN && t[i + 1] == BidiClass.AN && t[i] == BidiClass.CS) t[i] = BidiClass.AN;
        }
        for (var i = 0; i < t.Length; i++)                                                                          // W5
        {
            if (t[i] != BidiClass.ET) continue;
            var end = i;
            while (end < t.Length && t[end] == BidiClass.ET) end++;
            if ((i > 0 && t[i - 1] == BidiClass.EN) || (end < t.Length && t[end] == BidiClass.EN))
                Array.Fill(t, BidiClass.EN, i, end - i);
            i = end - 1;
        }
        for (var i = 0; i < t.Length; i++) if (t[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS) t[i] = BidiClass.ON; // W6
        strong = sos;
        for (var i = 0; i < t.Length; i++)                                                                          // W7
        {
            if (t[i] is BidiClass.L or BidiClass.R) strong = t[i];
            else if (t[i] == BidiClass.EN && strong == BidiClass.L) t[i] = BidiClass.L;
        }
    }

    /// <summary>N1, N2: a run of neutrals takes the direction of the text around it when both sides agree, else the paragraph's.</summary>
    private static void ResolveNeutral(BidiClass[] t, BidiClass sos)
    {
        for (var i = 0; i < t.Length; i++)
        {
            if (!IsNeutral(t[i])) continue;
            var end = i;
            while (end < t.Length && IsNeutral(t[end])) end++;
            var before = i == 0 ? sos : Direction(t[i - 1]);
            var after = end == t.Length ? sos : Direction(t[end]);
            Array.Fill(t, before == after ? before : sos, i, end - i);
            i = end - 1;
        }
    }

    private static bool IsNeutral(BidiClass type) => type is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON;

    /// <summary>European and Arabic numbers count as right-to-left next to neutrals (N1).</summary>
    private static BidiClass Direction(BidiClass type) => type == BidiClass.L ? BidiClass.L : BidiClass.R;

    private static byte Implicit(BidiClass type, byte level) => (level % 2, type) switch
    {
        (0, BidiClass.R) => (byte)(level + 1),
        (0, BidiClass.AN or BidiClass.EN) => (byte)(level + 2),
        (1, BidiClass.L or BidiClass.EN or BidiClass.AN) => (byte)(level + 1),
        _ => level,
    };
}
