using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Reading.Text;

/// <summary>
/// Tables in plain text, as a table copied from a page or a spreadsheet is pasted: lines of cells split by tabs (two lines
/// or more), or by pipes (three lines or more, "Band | This year | Next year"; a Markdown rule row of dashes and colons is
/// dropped), every line of the run with the same number of cells, two or more. Lines before or after the run in the same
/// block stay a paragraph. A single line with a pipe ("By Ann Lee | 3 March 2026") or two ("Home | News | Sport" over
/// "About | Contact | Help", a page's menu) is no table.
/// </summary>
internal static partial class TextTables
{
    private const int MinTabRows = 2;
    private const int MinPipeRows = 3;
    private const int MinCells = 2;

    /// <summary>The block with its tables as table blocks; the block itself when it holds none.</summary>
    public static IEnumerable<Block> Split(Block block)
    {
        if (!block.Text.Contains('\t') && !block.Text.Contains('|')) return [block];
        var lines = block.Text.Split('\n');
        var blocks = new List<Block>();
        var start = 0;
        for (var i = 0; i < lines.Length;)
        {
            var (end, rows) = Run(lines, i);
            if (rows is null) { i++; continue; }
            if (i > start) blocks.Add(new Block(BlockKind.Paragraph, string.Join('\n', lines[start..i])));
            if (TableBlock.From(rows) is { } table) blocks.Add(table);
            start = i = end;
        }
        if (blocks.Count == 0) return [block];
        if (start < lines.Length) blocks.Add(new Block(BlockKind.Paragraph, string.Join('\n', lines[start..])));
        return blocks;
    }

    // The table starting at line `from`: the line after it and its rows, or no rows.
    private static (int End, List<IReadOnlyList<(string, IReadOnlyList<Link>)>>? Rows) Run(string[] lines, int from)
    {
        foreach (var (separator, minRows) in new[] { ('\t', MinTabRows), ('|', MinPipeRows) })
        {
            var width = Cells(lines[from], separator)?.Count ?? 0;
            if (width < MinCells) continue;
            var rows = new List<IReadOnlyList<(string, IReadOnlyList<Link>)>>();
            var end = from;
            var lineCount = 0;
            for (; end < lines.Length; end++)
            {
                if (separator == '|' && RuleRow().IsMatch(lines[end])) { lineCount++; continue; }
                if (Cells(lines[end], separator) is not { } cells || cells.Count != width) break;
                rows.Add(cells.Select(c => (c, (IReadOnlyList<Link>)[])).ToList());
                lineCount++;
            }
            if (lineCount >= minRows && rows.Count >= MinTabRows) return (end, rows);
        }
        return (from, null);
    }

    // A line's cells: split by tabs, or by pipes with the ones at its ends dropped; null when it has no separator.
    private static List<string>? Cells(string line, char separator)
    {
        // Tabs at a line's ends indent it or end it; they open or close no cell.
        var text = line.Trim();
        if (separator == '|') text = text.TrimStart('|').TrimEnd('|');
        if (!text.Contains(separator)) return null;
        return text.Split(separator).Select(c => c.Trim()).ToList();
    }

    // "---|:---:|---:", with or without the pipes at its ends.
    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")]
    private static partial Regex RuleRow();
}
