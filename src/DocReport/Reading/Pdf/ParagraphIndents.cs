namespace DocReport.Reading.Pdf;

/// <summary>
/// Paragraphs set with no space between them and their first line indented, as LaTeX, groff and most journals set them: a
/// line whose left edge stands about one to four ems right of its column's usual left edge (measured per page and column
/// from the lines' own positions) starts a paragraph. Not so a line among several indented alike in a row (a quotation, a
/// list item's wrapped lines), the line under a list item's, or a centred line. In a column of right-to-left lines (Hebrew,
/// Arabic) the same holds mirrored: lines start at the right edge, and the first is indented from it.
/// </summary>
internal static class ParagraphIndents
{
    private const double MinIndentEms = 0.75;
    private const double MaxIndentEms = 4.5;
    // A column of fewer lines gives no usual left edge worth measuring against.
    private const int MinColumnLines = 4;
    // Left edges this close (in ems) stand at the same place: glyphs' side bearings differ by a fraction of a point.
    private const double SameEdgeEms = 0.3;
    private const double MinEdgeShare = 0.2;

    /// <summary>
    /// For each line, whether its indent starts a paragraph, and whether the line above it in its column is full (stops
    /// where this line's first word would not have fitted), as a wrapped list item's line is.
    /// </summary>
    public static (bool[] Starts, bool[] UnderFullLine) Find(IReadOnlyList<PdfLine> lines, double bodySize)
    {
        var (starts, underFull) = (new bool[lines.Count], new bool[lines.Count]);
        foreach (var group in Enumerable.Range(0, lines.Count).GroupBy(i => (lines[i].Page, lines[i].Column)))
        {
            var members = group.Where(i => lines[i].Cells.Count > 0 && Math.Abs(lines[i].FontSize - bodySize) <= Math.Max(0.5, bodySize * 0.1)).ToList();
            if (members.Count < MinColumnLines) continue;
            var em = bodySize;
            // Where each line starts and ends, measured from the left; from the right, in a right-to-left column.
            var mirrored = members.Count(i => lines[i].RightToLeft) * 2 > members.Count;
            double Start(int i) => mirrored ? -lines[i].Right : lines[i].Left;
            double End(int i) => mirrored ? -lines[i].Left : lines[i].Right;
            var margin = UsualEdge(members.Select(Start).ToList(), em);
            var rights = members.Select(End).Order().ToList();
            var right = rights[(int)(rights.Count * 0.9)];
            var member = members.ToHashSet();
            bool Indented(int i) => Start(i) - margin is var x && x >= MinIndentEms * em && x <= MaxIndentEms * em;
            bool SameEdge(int a, int b) => Math.Abs(Start(a) - Start(b)) <= SameEdgeEms * em;
            // A line that ends a sentence well short of the column's right edge ends its paragraph (one line long, perhaps).
            bool EndsShort(int i) => ParagraphBuilder.EndsSentence().IsMatch(lines[i].Text) && right - End(i) > em;
            foreach (var i in members)
            {
                underFull[i] = member.Contains(i - 1) && right - End(i - 1) < lines[i].Text.Split(' ')[0].Length * em * 0.5 + em;
                if (!Indented(i)) continue;
                var shortOfRight = right - End(i);
                var (before, after) = (i - 1, i + 1);
                // The paragraph before ends its sentence: an indented line under one that does not is a wrapped line set
                // with a hanging indent (a definition's, a numbered entry's). A list item of one line may end without a stop.
                if (member.Contains(before) && !ParagraphBuilder.EndsSentence().IsMatch(lines[before].Text) && !ParagraphBuilder.Bullet().IsMatch(lines[before].Text)) continue;
                // Centred: as far from the right edge as from the left, and not the first line of a paragraph running
                // on at the left edge (a ragged first line may stop short of the right edge by about its indent).
                var runsOn = member.Contains(after) && Math.Abs(Start(after) - margin) <= SameEdgeEms * em;
                if (shortOfRight > em * 0.5 && Math.Abs(shortOfRight - (Start(i) - margin)) < em && !runsOn) continue;
                // A list item's wrapped line: the item's line stops where this line's first word would not have fitted.
                if (underFull[i] && ParagraphBuilder.Bullet().IsMatch(lines[before].Text)) continue;
                var inRun = (member.Contains(before) && SameEdge(before, i) && !EndsShort(before))
                    || (member.Contains(after) && SameEdge(after, i) && !EndsShort(i));
                starts[i] = !inRun;
            }
        }
        return (starts, underFull);
    }

    // The leftmost edge that a fifth of the lines (two at least) share: on a page of one-line paragraphs (a run of short
    // quotes, a list of names) most lines are indented, and the edge most lines share is the indent.
    private static double UsualEdge(List<double> lefts, double em)
    {
        var needed = Math.Max(2, lefts.Count * MinEdgeShare);
        foreach (var left in lefts.Order())
            if (lefts.Count(x => Math.Abs(x - left) <= SameEdgeEms * em) >= needed) return left;
        return lefts.Min();
    }
}
