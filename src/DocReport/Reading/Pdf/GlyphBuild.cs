namespace DocReport.Reading.Pdf;

/// <summary>
/// One replay of PdfPig 0.1.16's glyph build, in its order: every simple glyph first, then every composite glyph in
/// glyph order (again, even when a recursion already built it), sizes counted instead of points copied.
/// </summary>
internal sealed class GlyphBuild(GlyfTables tables, GlyphBudget budget)
{
    private const int ArgsAreWords = 0x0001, ArgsAreOffsets = 0x0002, HasScale = 0x0008, MoreComponents = 0x0020,
        HasXyScale = 0x0040, HasTwoByTwo = 0x0080;

    private readonly long[] points = new long[tables.GlyphCount];
    private readonly long[] contours = new long[tables.GlyphCount];
    private readonly bool[] built = new bool[tables.GlyphCount];
    private readonly long[] position = new long[tables.GlyphCount]; // where a composite glyph's component list starts

    /// <summary>Null when the whole build stays within the budget and <see cref="CompositeGlyphs.MaxDepth"/>, else why not.</summary>
    public string? Run()
    {
        var composites = new List<int>();
        for (var glyph = 0; glyph < tables.GlyphCount; glyph++)
            if (!ReadSimple(glyph)) composites.Add(glyph);
        foreach (var glyph in composites)
        {
            if (Compose(glyph, -1, 0) is not { } size)
                return budget.Overrun ?? $"its composite glyphs nest more than {CompositeGlyphs.MaxDepth} levels deep";
            (points[glyph], contours[glyph], built[glyph]) = (size.Points, size.Contours, true);
        }
        budget.Points += points.Sum();
        return budget.Overrun;
    }

    // False for a composite glyph, whose list start is kept; a simple or empty glyph is built at once.
    private bool ReadSimple(int glyph)
    {
        var (start, end) = (tables.Offsets[glyph], tables.Offsets[glyph + 1]);
        built[glyph] = true;
        if (end <= start || start >= tables.GlyfLength) return true;
        var contourCount = (short)tables.Word(start);
        if (contourCount < 0)
        {
            (built[glyph], position[glyph]) = (false, Math.Min(start + 10, tables.GlyfLength));
            return false;
        }
        if (contourCount == 0) return true;
        points[glyph] = tables.Word(start + 10 + 2 * (contourCount - 1)) + 1;
        contours[glyph] = contourCount;
        budget.Steps += points[glyph] + contourCount;
        return true;
    }

    // Builds a composite glyph as ReadCompositeGlyph does; `first` is the list start of the first composite the
    // recursion entered, which PdfPig replaces by an empty glyph when met again. Null past the budget.
    private (long Points, long Contours)? Compose(int glyph, long first, int depth)
    {
        if (depth > CompositeGlyphs.MaxDepth) return null;
        var merged = new List<int>();
        var at = position[glyph];
        int flags;
        do
        {
            flags = tables.Word(at);
            var component = tables.Word(at + 2);
            at += 4;
            if (++budget.Steps > CompositeGlyphs.MaxSteps) return null;
            if (component >= tables.GlyphCount) continue; // skipped before its arguments are read
            if (!built[component] && !BuildComponent(component, first, depth)) return null;
            at += ((flags & ArgsAreWords) != 0 ? 4 : 2)
                + ((flags & HasScale) != 0 ? 2 : (flags & HasXyScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0);
            if ((flags & ArgsAreOffsets) != 0) merged.Add(component);
        }
        while ((flags & MoreComponents) != 0);
        return Merge(merged);
    }

    private bool BuildComponent(int component, long first, int depth)
    {
        var size = first == position[component] ? (0, 0) : Compose(component, first < 0 ? position[component] : first, depth + 1);
        if (size is not { } done) return false;
        (points[component], contours[component], built[component]) = (done.Points, done.Contours, true);
        return true;
    }

    // The first component is transformed (a copy of its points); each next one too, then merged into a new copy of
    // all points and contour ends so far.
    private (long Points, long Contours)? Merge(List<int> components)
    {
        long total = 0, ends = 0;
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            budget.Steps += points[component] + (i == 0 ? 0 : total + ends + points[component] + contours[component]);
            (total, ends) = (total + points[component], ends + contours[component]);
            if (budget.Steps > CompositeGlyphs.MaxSteps) return null;
        }
        return (total, ends);
    }
}
