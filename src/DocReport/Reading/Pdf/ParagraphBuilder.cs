using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Reading.Pdf;

/// <summary>Rebuilds paragraphs from lines: a wider gap, a change of size, a bullet or a heading starts a block; hyphenated line ends are joined; rows of cells set apart by wide gaps are a table.</summary>
internal static partial class ParagraphBuilder
{
    internal const int MinTableRows = 3;
    internal const double MaxMeanCellWords = 6;

    // Type this many times the body's size or larger sets a heading.
    private const double HeadingSize = 1.2;
    // A bold title this many times the body's size or larger opens the document: groff -ms sets .TL in bold two points
    // above the body, 1.18 times an 11-point body's size.
    private const double BoldTitleSize = 1.15;

    public static IReadOnlyList<Block> Build(List<PdfLine> lines)
    {
        if (lines.Count == 0) return [];
        var bodySize = Median(lines.Select(l => l.FontSize));
        // The line pitch is read where a sentence runs on to the next line, inside a paragraph: in a text of one-line
        // paragraphs most gaps are between paragraphs, and their median would be the paragraph gap.
        var pairs = lines.Zip(lines.Skip(1)).Where(p => p.First.Page == p.Second.Page && SameSize(p.First, p.Second) && p.First.Bottom > p.Second.Bottom).ToList();
        var pitch = Median(pairs.Where(p => !EndsSentence().IsMatch(p.First.Text)).Select(p => p.First.Bottom - p.Second.Bottom),
            fallback: Median(pairs.Select(p => p.First.Bottom - p.Second.Bottom), fallback: bodySize * 1.2));
        var (indentStarts, underFullLine) = ParagraphIndents.Find(lines, bodySize);
        var boldHeadings = BoldHeadings(lines, bodySize, pitch);
        var titleLines = TitleLineCount(lines, bodySize, pitch);
        var headingSizes = lines.Where((l, i) => IsHeading(l, bodySize) || boldHeadings[i] || i < titleLines).Select(l => Math.Round(l.FontSize)).Distinct().OrderDescending().ToList();

        var blocks = new List<Block>();
        Block? current = null;
        PdfLine? previous = null;
        double? itemLeft = null;
        PdfLine? itemLine = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // Columns read by the strips between them, where those run through as many rows: a header row or a row of
            // close columns, one run of words by the cell gap, is split as the rows under it are.
            var (cellRows, aligned) = (TableRows(lines, i), AlignedTable.Rows(lines, i));
            var rows = aligned.Count >= cellRows ? aligned
                : cellRows >= MinTableRows ? lines.Skip(i).Take(cellRows).Select(r => r.Cells.Select(c => c.Text).ToList()).ToList() : [];
            if (rows.Count > 0)
            {
                if (current is not null) blocks.Add(current);
                current = null;
                if (TableBlock.From(rows.Select(r => r.Select(c => (c, (IReadOnlyList<Link>)[])).ToList())) is { } table)
                    blocks.Add(table);
                i += rows.Count - 1;
                continue;
            }
            var kind = IsHeading(line, bodySize) || boldHeadings[i] || i < titleLines ? BlockKind.Heading : Bullet().IsMatch(line.Text) ? BlockKind.ListItem : BlockKind.Paragraph;
            // A list item's wrapped line, set under the item's text (right of its bullet) below a full line, goes on with the item.
            if (kind == BlockKind.Paragraph && current?.Kind == BlockKind.ListItem && itemLeft is { } bulletLeft && !indentStarts[i] && underFullLine[i]
                && previous!.Page == line.Page && previous.Column == line.Column && line.Left > bulletLeft + line.FontSize * 0.5
                && !StartsBlock(previous, line, BlockKind.Paragraph, current with { Kind = BlockKind.Paragraph }, pitch))
                kind = BlockKind.ListItem;
            // A numbered line whose sentence runs on into the next line, set at or left of the number (no hanging indent),
            // opens a numbered paragraph ("7. Chris Christie. The New Jersey gov-" / "ernor has ..."): one paragraph, number and all.
            if (kind == BlockKind.Paragraph && current?.Kind == BlockKind.ListItem && ReferenceEquals(previous, itemLine)
                && RunsOnFlush(previous!, line, indentStarts[i], underFullLine[i], pitch))
                current = new Block(BlockKind.Paragraph, Join(previous!.Text, line.Text));
            else if (kind == BlockKind.ListItem && current?.Kind == BlockKind.ListItem && !Bullet().IsMatch(line.Text))
                current = current with { Text = Join(current.Text, line.Text) };
            else if (current is null || (indentStarts[i] && kind == BlockKind.Paragraph) || StartsBlock(previous!, line, kind, current, pitch))
            {
                if (kind == BlockKind.ListItem) (itemLeft, itemLine) = (line.Left, line);
                if (current is not null) blocks.Add(current);
                var level = kind == BlockKind.Heading ? Math.Min(6, headingSizes.IndexOf(Math.Round(line.FontSize)) + 1) : 0;
                current = new Block(kind, kind == BlockKind.ListItem ? Bullet().Replace(line.Text, "") : line.Text, level);
            }
            else current = current with { Text = Join(current.Text, line.Text) };
            previous = line;
        }
        if (current is not null) blocks.Add(current);
        return blocks;
    }

    /// <summary>
    /// How many lines open the document as its title: up to three lines in large type (<see cref="IsHeading"/>'s size), of
    /// one size, set close, 150 characters in all, the last of which may close with a stop. A headline written as a sentence
    /// ("... to Avoid Bad Optics.", as news agencies and PolNeAR write them) was a heading's first line and a paragraph, or,
    /// on one line, no heading at all; a stop before the last line (not a quotation's closing mark alone) ends the title there.
    /// A bold title may be a little smaller (<see cref="BoldTitleSize"/>).
    /// </summary>
    private static int TitleLineCount(List<PdfLine> lines, double bodySize, double pitch)
    {
        var count = 0;
        while (count < Math.Min(3, lines.Count) && lines[count].FontSize >= bodySize * (lines[0].Bold ? BoldTitleSize : HeadingSize)
               && (count == 0 || (SameSize(lines[0], lines[count]) && lines[count].Page == lines[0].Page && lines[count].Top < lines[count - 1].Top
                   && SetClose(lines[count - 1], lines[count], pitch) && !ClosesSentence().IsMatch(lines[count - 1].Text))))
            count++;
        return lines.Take(count).Sum(l => l.Text.Length + 1) <= 151 ? count : 0;
    }

    /// <summary>
    /// Headings set in bold at the body's size or a little larger (a word processor's Heading 2 and 3, groff's .SH and .NH): a
    /// run of one to three whole bold lines, one run of words each, at the run's line pitch, of 150 characters at most,
    /// not ending a sentence, set apart from the line before (which ends a sentence, is of another size or bold, or stands further off than the pitch),
    /// not over a row of table cells nor set in a fixed-pitch face (a command in bold Courier), in a text whose body-size lines are mostly not bold. Size alone (<see cref="IsHeading"/>) misses them, and the
    /// first paragraph under one, set close under it, was read into it.
    /// </summary>
    private static bool[] BoldHeadings(List<PdfLine> lines, double bodySize, double pitch)
    {
        var marked = new bool[lines.Count];
        var bodyLines = lines.Where(l => Math.Abs(l.FontSize - bodySize) <= Math.Max(0.5, bodySize * 0.1)).ToList();
        if (bodyLines.Count == 0 || bodyLines.Count(l => l.Bold) * 2 >= bodyLines.Count) return marked;
        // A numbered line may head a section ("2. The options": groff's .NH, a report's numbered sections) where a bulleted one
        // may not; a numbered line next to another bold numbered line is an item of a list set in bold.
        bool Numbered(PdfLine l) => l.Bold && NumberMark().IsMatch(l.Text);
        bool Candidate(PdfLine l) => l.Bold && !l.FixedPitch && l.FontSize >= bodySize * 0.95 && l.Cells.Count == 1 && (!Bullet().IsMatch(l.Text) || Numbered(l));
        bool Close(PdfLine above, PdfLine below) => above.Page == below.Page && above.Column == below.Column && below.Top < above.Top
            && SetClose(above, below, pitch);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Candidate(lines[i])) continue;
            var end = i + 1;
            while (end < lines.Count && Candidate(lines[end]) && SameSize(lines[i], lines[end]) && Close(lines[end - 1], lines[end])) end++;
            var run = lines[i..end];
            var before = i > 0 ? lines[i - 1] : null;
            var apart = before is null || !Close(before, lines[i]) || EndsSentence().IsMatch(before.Text) || !SameSize(before, lines[i]) || before.Bold;
            // A bold line over rows of cells is the header row of a table whose columns stand too close to be told apart.
            var overRows = end < lines.Count && Close(lines[end - 1], lines[end]) && lines[end].Cells.Count >= 2;
            var listed = run.Any(Numbered) && (run.Count > 1 || (before is not null && Numbered(before)) || (end < lines.Count && Numbered(lines[end])));
            if (apart && !overRows && !listed && run.Count <= 3 && run.Sum(l => l.Text.Length + 1) <= 151 && !EndsSentence().IsMatch(run[^1].Text))
                for (var k = i; k < end; k++) marked[k] = true;
            i = end - 1;
        }
        return marked;
    }

    /// <summary>
    /// How many lines from <paramref name="from"/> on are rows of one table: lines of the same page and type size, each of
    /// two cells or more and as many as the first, every column's cells overlapping across the rows (set left, right or
    /// centred), at a steady pitch, their cells short. A table of fewer than <see cref="MinTableRows"/> rows is not told from a line of prose
    /// with a wide space in it.
    /// </summary>
    private static int TableRows(List<PdfLine> lines, int from)
    {
        var first = lines[from];
        if (first.Cells.Count < 2) return 0;
        var columns = first.Cells.Select(c => (c.Left, c.Right)).ToArray();
        var rows = 1;
        for (var i = from + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Page != first.Page || line.Cells.Count != columns.Length || !SameSize(first, line) || line.Top > lines[i - 1].Top) break;
            if (rows >= 2 && !SteadyPitch(lines, i)) break;
            var overlapping = columns.Zip(line.Cells, (c, cell) => (Left: Math.Max(c.Left, cell.Left), Right: Math.Min(c.Right, cell.Right))).ToArray();
            if (overlapping.Any(c => c.Left > c.Right)) break;
            columns = overlapping;
            rows++;
        }
        // Two columns of prose whose gutter was not found read as lines of two long cells: a table's cells are short.
        var cells = lines.Skip(from).Take(rows).SelectMany(l => l.Cells).ToList();
        return cells.Average(c => c.Text.Split(' ').Length) <= MaxMeanCellWords ? rows : 0;
    }

    // The line stands as far under the one before as that one under its own: the next row of a table.
    internal static bool SteadyPitch(List<PdfLine> lines, int i) =>
        Math.Abs((lines[i - 2].Bottom - lines[i - 1].Bottom) - (lines[i - 1].Bottom - lines[i].Bottom)) <= lines[i].FontSize * 0.5;

    private static bool StartsBlock(PdfLine previous, PdfLine line, BlockKind kind, Block current, double pitch)
    {
        if (kind != current.Kind || kind == BlockKind.ListItem || !SameSize(previous, line)) return true;
        // A new page or a new column (a line above the one before it): only the words tell whether the paragraph runs on
        if (line.Page != previous.Page || line.Top > previous.Top) return EndsSentence().IsMatch(current.Text) || !char.IsLower(line.Text[0]);
        // A two-line heading in large type is one block.
        return !SetClose(previous, line, pitch);
    }

    // A numbered line not ending its sentence, and under it, close and not right of it (no hanging indent: at its left edge,
    // or at the column's when the numbered line is a paragraph's indented first), a line that goes on with it: one that starts
    // in lower case, or any line when the numbered one is full (stops where the next line's first word would not have fitted).
    private static bool RunsOnFlush(PdfLine item, PdfLine line, bool indentStart, bool underFullLine, double pitch) =>
        NumberMark().IsMatch(item.Text) && !EndsSentence().IsMatch(item.Text) && !indentStart
        && item.Page == line.Page && item.Column == line.Column && SameSize(item, line) && line.Top < item.Top && SetClose(item, line, pitch)
        && line.Left <= item.Left + line.FontSize * 0.5 && (underFullLine || char.IsLower(line.Text[0]));

    // Pitch grows with the type: a line set within the line pitch (or its type's) and a third more stands in the same block.
    private static bool SetClose(PdfLine above, PdfLine below, double pitch) =>
        above.Bottom - below.Bottom <= Math.Max(pitch, below.FontSize * 1.25) * 1.35;

    // A line broken after a hyphen inside a word joins without the hyphen; other lines keep their break for Structure.
    internal static string Join(string text, string next) =>
        HyphenatedEnd().IsMatch(text) && next.Length > 0 && char.IsLower(next[0]) ? text[..^1] + next : text + "\n" + next;

    private static bool IsHeading(PdfLine line, double bodySize) =>
        line.FontSize >= bodySize * HeadingSize && line.Text.Length <= 150 && !EndsSentence().IsMatch(line.Text);

    internal static bool SameSize(PdfLine a, PdfLine b) => Math.Abs(a.FontSize - b.FontSize) <= Math.Max(0.5, a.FontSize * 0.1);

    private static double Median(IEnumerable<double> values, double fallback = 0)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? fallback : sorted[sorted.Count / 2];
    }

    [GeneratedRegex(@"\p{L}-$")]
    private static partial Regex HyphenatedEnd();

    // Latin stops and closing marks, the ideographic full stop and CJK full-width marks, the Arabic question mark and full stop.
    [GeneratedRegex(@"[.!?:""”’)。！？．」』؟۔]$")]
    internal static partial Regex EndsSentence();

    // A stop, with the quotes and brackets it closes: a headline's line may end in a quotation without one ("... Trump Was ‘Mocking’").
    [GeneratedRegex(@"[.!?。！？．؟۔][""”’)」』]*$")]
    private static partial Regex ClosesSentence();

    // Word's bullets from symbol fonts come out of a PDF as the font's private-use code points: Symbol's bullet U+F0B7,
    // Wingdings' square U+F0A7 and U+F06E, disc U+F06C, box U+F071, diamond U+F076, arrowhead U+F0D8, tick U+F0FC
    // (LibreOffice keeps them so when it draws them in OpenSymbol).
    [GeneratedRegex(@"^(?:[•●▪‣◦·*–\-\uF0B7\uF0A7\uF0A8\uF06E\uF06C\uF071\uF076\uF0D8\uF0FC]|\d{1,3}[.)])\s+")]
    internal static partial Regex Bullet();

    [GeneratedRegex(@"^\d{1,3}[.)]\s+")]
    private static partial Regex NumberMark();
}
