using DocReport.Model;

namespace DocReport.Structure;

/// <summary>
/// A paragraph whose first line is a short heading and whose next line begins its prose ("Task scheduling" + line break +
/// "Clients can schedule tasks..."; a bold line then a &lt;br&gt; on a web page, a heading line over its text in scraped text).
/// Joined, the heading would open the paragraph's first sentence; it becomes a heading of its own.
/// </summary>
internal static class RunInHeading
{
    private const int MaxWords = 8;
    private const int MaxLength = 80;
    // A wrapped paragraph's lines are of about one length; a heading over its text is much shorter than the line after it.
    private const double MaxLengthShare = 0.5;
    private const string SentenceEnds = ".!?…";
    private const string Closers = "\"'”’»)";
    private const string Openers = "\"'“‘«(";

    /// <summary>The block, or its heading line as a heading and the rest as the paragraph.</summary>
    public static IEnumerable<Block> Split(Block block)
    {
        if (block.Kind != BlockKind.Paragraph) return [block];
        var firstBreak = block.Text.IndexOf('\n');
        if (firstBreak < 0) return [block];
        var heading = block.Text[..firstBreak].Trim();
        var restStart = firstBreak + 1;
        while (restStart < block.Text.Length && char.IsWhiteSpace(block.Text[restStart])) restStart++;
        var rest = block.Text[restStart..];
        if (!IsHeading(heading) || !IsProseAfter(heading, rest)) return [block];
        return
        [
            new Block(BlockKind.Heading, heading, block.Level) { Links = block.Links.Where(l => l.End <= firstBreak).ToList() },
            new Block(BlockKind.Paragraph, rest.TrimEnd(), block.Level)
            {
                Links = block.Links.Where(l => l.Start >= restStart).Select(l => l with { Start = l.Start - restStart, End = l.End - restStart }).ToList(),
            },
        ];
    }

    // Short, begins with a capital or a digit, ends in a letter or digit: no sentence, no label ("Photo:"), no list item.
    private static bool IsHeading(string line)
    {
        if (line.Length is 0 or > MaxLength || !(char.IsUpper(line[0]) || char.IsDigit(line[0])) || !char.IsLetterOrDigit(line[^1])) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords && !words.SkipLast(1).Any(w => SentenceEnds.Contains(w[^1]));
    }

    // Prose: begins with a capital, ends a sentence, and its first line is much longer than the heading, as are its
    // lines but the last, as a rule (the median): a PDF's line joined to the next at a hyphen ("has navi-" / "gated ...")
    // is two lines long, and the column's short first line over it ("Kendall, who also has represented") was no heading.
    private static bool IsProseAfter(string heading, string rest)
    {
        var lines = rest.TrimEnd().Split('\n').Select(l => l.Trim()).ToList();
        var firstLine = lines[0];
        var full = lines.Count > 2 ? lines.SkipLast(1).Select(l => l.Length).Order().ElementAt((lines.Count - 1) / 2) : firstLine.Length;
        var ending = rest.TrimEnd().TrimEnd(Closers.ToCharArray());
        var opening = firstLine.TrimStart(Openers.ToCharArray());
        return opening.Length > 0 && (char.IsUpper(opening[0]) || char.IsDigit(opening[0]))
            && ending.Length > 0 && SentenceEnds.Contains(ending[^1])
            && heading.Length <= MaxLengthShare * Math.Min(firstLine.Length, full);
    }
}
