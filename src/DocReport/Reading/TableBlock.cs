using System.Text;
using DocReport.Model;

namespace DocReport.Reading;

/// <summary>Builds a <see cref="BlockKind.Table"/> block from a table's rows of cells, each cell's text with its links.</summary>
internal static class TableBlock
{
    /// <summary>The table as one block (rows on lines, cells split by tabs), or null when it holds no text.</summary>
    public static Block? From(IEnumerable<IReadOnlyList<(string Text, IReadOnlyList<Link> Links)>> rows)
    {
        var text = new StringBuilder();
        var links = new List<Link>();
        foreach (var row in rows)
        {
            if (row.All(c => string.IsNullOrWhiteSpace(c.Text))) continue;
            if (text.Length > 0) text.Append('\n');
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0) text.Append('\t');
                // Tabs and line breaks inside a cell become spaces, one for one, so its links keep their offsets.
                var cell = string.Concat(row[i].Text.Select(c => c is '\t' or '\n' or '\r' ? ' ' : c));
                var lead = cell.Length - cell.TrimStart().Length;
                var trimmed = cell.Trim();
                foreach (var link in row[i].Links.Where(l => l.Start >= lead && l.End - lead <= trimmed.Length))
                    links.Add(link with { Start = link.Start - lead + text.Length, End = link.End - lead + text.Length });
                text.Append(trimmed);
            }
        }
        return text.Length == 0 ? null : new Block(BlockKind.Table, text.ToString()) { Links = links };
    }
}
