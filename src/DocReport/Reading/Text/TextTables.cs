using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Reading.Text;

/// <summary>
/// Tables in plain text, as a table copied from a page or a spreadsheet is pasted: lines of cells split by tabs (two lines
/// or more), by pipes (three lines or more, "Band | This year | Next year"; a Markdown rule row of dashes and colons is
/// dropped) or by commas as a CSV file writes them (three lines or more of short cells, "Route,Fare,Change"; a cell in
/// double quotes may hold a comma, and so may a number in a line whose cells are set apart by a comma and a space,
/// "North Pier, 1,204, 1,310"), every line of the run with the same number of cells, two or more. Lines before or
/// after the run in the same block stay a paragraph. A single line with a pipe ("By Ann Lee | 3 March 2026") or two
/// ("Home | News | Sport" over "About | Contact | Help", a page's menu) is no table, nor are lines of prose with a comma
/// or two: a clause is longer than a CSV cell, and a line wrapped inside a sentence ends in a comma.
/// </summary>
internal static partial class TextTables
{
    private const int MinTabRows = 2;
    private const int MinPipeRows = 3;
    private const int MinCommaRows = 3;
    private const int MinCells = 2;
    // A CSV cell is a value, a name or a heading ("North Harbour ferry", "3.20"); a clause of prose runs longer.
    private const int MaxCommaCellWords = 4;

    /// <summary>The block with its tables as table blocks; the block itself when it holds none.</summary>
    public static IEnumerable<Block> Split(Block block)
    {
        if (!block.Text.Contains('\t') && !block.Text.Contains('|') && !block.Text.Contains(',')) return [block];
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
        foreach (var (separator, minRows) in new[] { ('\t', MinTabRows), ('|', MinPipeRows), (',', MinCommaRows) })
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

    // A line's cells: split by tabs, by pipes with the ones at its ends dropped, or by commas as CSV; null when it has no
    // separator or is no CSV row.
    private static List<string>? Cells(string line, char separator)
    {
        // Tabs at a line's ends indent it or end it; they open or close no cell.
        var text = line.Trim();
        if (separator == ',') return CsvCells(text);
        if (separator == '|') text = text.TrimStart('|').TrimEnd('|');
        if (!text.Contains(separator)) return null;
        return text.Split(separator).Select(c => c.Trim()).ToList();
    }

    // RFC 4180's fields: a cell in double quotes holds commas and doubled quotes. A line ending in a comma is prose wrapped
    // inside its sentence, and a line with a cell of more words than a value or a name, or an unclosed quote, is no row.
    // Where the line sets its cells apart by a comma and a space, a comma with no space between a digit and three more
    // ("1,204", "12,040,000") groups a number's thousands and splits no cell.
    private static List<string>? CsvCells(string line)
    {
        if (!line.Contains(',') || line.EndsWith(',')) return null;
        var spaced = line.Contains(", ");
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"' && (quoted || cell.ToString().Trim().Length == 0)) { quoted = !quoted; if (quoted) cell.Clear(); }
            else if (c == ',' && !quoted && !(spaced && GroupsThousands(line, i))) { cells.Add(cell.ToString().Trim()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString().Trim());
        return quoted || cells.Any(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxCommaCellWords) ? null : cells;
    }

    // The comma at `i` stands between a digit and exactly three more: "1,204", not "3,20" or "2023,2024".
    private static bool GroupsThousands(string line, int i) => i > 0 && ThousandsGroup().IsMatch(line, i - 1);

    [GeneratedRegex(@"\G\d,\d{3}(?!\d)")]
    private static partial Regex ThousandsGroup();

    // "---|:---:|---:", with or without the pipes at its ends.
    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")]
    private static partial Regex RuleRow();
}
