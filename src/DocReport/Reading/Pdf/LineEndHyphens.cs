using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Tells a hyphen at a line's end that is the word's own ("carbon-" / "emissions") from a hyphenation ("emis-" / "sions")
/// once the whole document is read, since only its other words can tell: the hyphen stays where the document writes the
/// same two parts with a hyphen elsewhere, and the parts are joined otherwise, as a hyphenation (a compound written nowhere
/// else is joined, as before). A PDF draws both hyphens with one glyph; a compound's part may be hyphenated too
/// ("blue-col-" / "lar", "near-unani-" / "mous" in groff's PDFs), so a compound at the break is no sign.
/// </summary>
internal static partial class LineEndHyphens
{
    /// <summary>What <see cref="ParagraphBuilder.Join"/> leaves at a line-end hyphen until <see cref="Resolve"/> decides it.</summary>
    public const char Mark = '\u00AD';

    public static List<Block> Resolve(List<Block> blocks)
    {
        if (!blocks.Any(b => b.Text.Contains(Mark))) return blocks;
        var pairs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks)
            foreach (Match compound in Compound().Matches(block.Text))
            {
                var parts = compound.Value.Split('-');
                for (var i = 1; i < parts.Length; i++) pairs.Add(parts[i - 1] + "-" + parts[i]);
            }
        return blocks.Select(b => b.Text.Contains(Mark)
            ? b with { Text = Marked().Replace(b.Text, m => m.Groups[1].Value + (pairs.Contains(m.Groups[1].Value + "-" + m.Groups[2].Value) ? "-" : "") + m.Groups[2].Value) }
            : b).ToList();
    }

    // Letters joined by hyphens written within a line.
    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)+")]
    private static partial Regex Compound();

    // The letters on each side of a mark.
    [GeneratedRegex(@"(\p{L}+)\u00AD(\p{L}+)")]
    private static partial Regex Marked();
}
