using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Reading.Text;

/// <summary>
/// Lists in plain text: lines that open with the same bullet ("- ", "* ", "• ") or with numbers in sequence ("1. ", "2. ";
/// "7) ", "6) "). Two such lines in a block are a list: each is an item (its marker dropped), the lines before the first are a
/// paragraph ("The work includes:"), a line after an item goes on with it when it is indented or opens in lower case (a
/// wrapped item) and otherwise starts a paragraph; an item indented under the one before is one level deeper. Blocks of one
/// item each, two or more in a row with the same bullet or numbers in sequence, are a loose list. A block of one "- " line
/// alone stays a paragraph: in scraped news it is mostly a sign-off ("- Reuters.", "- Amber Phillips.").
/// </summary>
internal static partial class TextLists
{
    private const int MinItems = 2;

    private sealed record Marker(string Family, int? Number, int Indent, int TextStart);

    /// <summary>The block as paragraphs and list items when it holds a list; the block itself otherwise.</summary>
    public static IEnumerable<Block> Split(Block block)
    {
        var lines = block.Text.Split('\n');
        var markers = lines.Select(MarkerOf).ToArray();
        var first = Array.FindIndex(markers, m => m is not null);
        if (first < 0 || Items(markers, first) < MinItems) return [block];
        var blocks = new List<Block>();
        if (first > 0) blocks.Add(new Block(BlockKind.Paragraph, string.Join('\n', lines[..first])));
        var indents = new List<int>();
        var current = new List<string>();
        var (kind, level) = (BlockKind.Paragraph, 0);
        void Flush()
        {
            if (current.Count > 0) blocks.Add(new Block(kind, string.Join('\n', current), level));
            current.Clear();
        }
        for (var i = first; i < lines.Length; i++)
        {
            if (markers[i] is { } marker)
            {
                Flush();
                // A deeper indent opens a level under the item before; a shallower one closes levels back to it.
                while (indents.Count > 0 && indents[^1] > marker.Indent + 1) indents.RemoveAt(indents.Count - 1);
                if (indents.Count == 0 || marker.Indent > indents[^1] + 1) indents.Add(marker.Indent);
                (kind, level) = (BlockKind.ListItem, indents.Count);
                current.Add(lines[i][marker.TextStart..]);
            }
            else if (kind == BlockKind.ListItem && !GoesOn(lines[i], indents[^1]))
            {
                Flush();
                (kind, level) = (BlockKind.Paragraph, 0);
                current.Add(lines[i]);
            }
            else current.Add(kind == BlockKind.ListItem ? lines[i].Trim() : lines[i]);
        }
        Flush();
        return blocks;
    }

    /// <summary>Blocks of one item each, two or more in a row, made list items; the blocks given are changed in place.</summary>
    public static void JoinLooseItems(List<Block> blocks)
    {
        var markers = blocks.Select(b => b.Kind == BlockKind.Paragraph && SingleItem(b.Text) is { } m ? m : null).ToList();
        for (var i = 0; i < blocks.Count;)
        {
            var end = i;
            while (markers[end] is not null && end + 1 < blocks.Count && markers[end + 1] is { } next && Follows(markers[end]!, next)) end++;
            if (end > i)
                for (var k = i; k <= end; k++)
                    blocks[k] = new Block(BlockKind.ListItem, string.Join('\n', blocks[k].Text[markers[k]!.TextStart..].Split('\n').Select(l => l.Trim())), 1);
            i = end + 1;
        }
    }

    // A block whose first line is an item and whose other lines carry no marker.
    private static Marker? SingleItem(string text)
    {
        var lines = text.Split('\n');
        return MarkerOf(lines[0]) is { } marker && lines.Skip(1).All(l => MarkerOf(l) is null) ? marker : null;
    }

    // Items of the first marker's list: lines with its bullet, or numbers going on from it one by one, at its indent or deeper.
    private static int Items(Marker?[] markers, int first)
    {
        var top = markers[first]!;
        var (count, last) = (1, top);
        foreach (var marker in markers.Skip(first + 1).OfType<Marker>())
        {
            if (marker.Indent > top.Indent + 1) continue;
            if (!Follows(last, marker)) return count;
            (count, last) = (count + 1, marker);
        }
        return count;
    }

    private static bool Follows(Marker before, Marker next) =>
        before.Family == next.Family && (before.Number is not { } a || next.Number is { } b && Math.Abs(b - a) == 1);

    private static bool GoesOn(string line, int itemIndent)
    {
        var indent = line.Length - line.TrimStart().Length;
        return indent > itemIndent || line.TrimStart() is [var c, ..] && char.IsLower(c);
    }

    private static Marker? MarkerOf(string line)
    {
        var match = ItemStart().Match(line);
        if (!match.Success) return null;
        var bullet = match.Groups["bullet"];
        var number = match.Groups["number"];
        return bullet.Success
            ? new Marker(bullet.Value, null, match.Groups["indent"].Length, match.Length)
            : new Marker("n" + match.Groups["close"].Value, int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["indent"].Length, match.Length);
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?:(?<bullet>[-*•●▪‣◦–])|(?<number>\d{1,3})(?<close>[.)]))[ \t]+(?=\S)")]
    private static partial Regex ItemStart();
}
