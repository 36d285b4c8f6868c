using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Reading.Text;

/// <summary>Takes byline and date lines from the top of a text into metadata, removing them from the blocks.</summary>
internal static partial class TopMatter
{
    // Bylines and datelines sit above the body: only the first few blocks are looked at.
    private const int BlocksToScan = 5;

    /// <summary>Removes byline and date lines from the first blocks of <paramref name="blocks"/> and returns them as metadata.</summary>
    public static DocumentMetadata Extract(List<Block> blocks)
    {
        var authors = new List<string>();
        string? published = null;
        for (var i = 0; i < Math.Min(BlocksToScan, blocks.Count); i++)
        {
            var kept = new List<string>();
            foreach (var line in blocks[i].Text.Split('\n'))
                if (!TryTake(line, authors, ref published)) kept.Add(line);
            if (kept.Count == 0) { blocks.RemoveAt(i); i--; }
            else if (kept.Count < blocks[i].Text.Split('\n').Length) blocks[i] = blocks[i] with { Text = string.Join('\n', kept) };
        }
        return new DocumentMetadata { Authors = authors, Published = published };
    }

    /// <summary>
    /// A file's own metadata (a DOCX's core properties, a PDF's document info) completed by the byline and date lines at the
    /// top of its text, which are removed from <paramref name="blocks"/>: the byline and date the reader sees win over the
    /// file's creator (often an account name, "jsmith") and creation date (when the file was made, not the article).
    /// </summary>
    public static DocumentMetadata Over(DocumentMetadata file, List<Block> blocks)
    {
        var named = NameLineUnderTitle(blocks);
        var top = Extract(blocks);
        var authors = named.Count > 0 ? named : top.Authors.Count > 0 ? top.Authors : file.Authors.Where(a => !AccountName().IsMatch(a)).ToList();
        return file with { Authors = authors, Published = top.Published ?? file.Published };
    }

    // A document's author line often names its authors without "By" ("Jane Doe and John Roe", "Jane Doe, Reuters"): a
    // paragraph of names alone, right under the title heading, is that line, taken out of the body. Anywhere else a line of
    // names is text (a list of signatories, a caption). The line may be set in capitals ("ASHLEY PARKER and MAGGIE HABERMAN"),
    // read as names in their ordinary case, and may give the writer's social handle ("Ana Roe, @anaroe, USA TODAY"), no name.
    private static IReadOnlyList<string> NameLineUnderTitle(List<Block> blocks)
    {
        if (blocks is not [{ Kind: BlockKind.Heading }, { Kind: BlockKind.Paragraph } line, ..] || blocks.Count < 3) return [];
        var text = HandlePart().Replace(line.Text, "");
        var names = BylineText.AuthorsOfNameLine(InCapitals(text) ? NamesCase().Replace(text, m => m.Value[0] + m.Value[1..].ToLowerInvariant()) : text);
        if (names.Count > 0) blocks.RemoveAt(1);
        return names;
    }

    /// <summary>Whether <paramref name="line"/> is a byline or date line that <see cref="Extract"/> would take.</summary>
    public static bool IsTopMatterLine(string line)
    {
        string? published = null;
        return TryTake(line, [], ref published);
    }

    // A line whose letters are all capitals, a few of them at least, "and" between names aside.
    private static bool InCapitals(string text) => text.Count(char.IsUpper) >= 4 && CapitalsLine().IsMatch(text);

    [GeneratedRegex(@"^\P{Ll}*(?:\band\b\P{Ll}*)*$")]
    private static partial Regex CapitalsLine();

    // A word in capitals of a name line, lowered after its first letter; "and" between names stays as the line writes it.
    [GeneratedRegex(@"\p{Lu}{2,}")]
    private static partial Regex NamesCase();

    // A social handle as one part of a name line ("@anaroe" between commas).
    [GeneratedRegex(@"(?<=^|,)\s*@\w+\s*(?=,|$)")]
    private static partial Regex HandlePart();

    // A computer account in the author's place: one word in small letters, digits or dots ("jsmith", "o.grant", "user01").
    [GeneratedRegex(@"^[\p{Ll}\d._-]+$")]
    private static partial Regex AccountName();

    // A line is metadata when every part of it ("By X | March 3, 2024") is a byline or a date; a span of days ("08.01.2027 –
    // 02.02.2027") says when something runs, not when the text was published.
    private static bool TryTake(string line, List<string> authors, ref string? published)
    {
        if (line.Trim().Length is 0 or > 160 || DateText.IsSpan(line)) return false;
        var parts = PartSeparator().Split(line.Trim());
        var names = new List<string>();
        string? date = null;
        foreach (var part in parts)
        {
            if (BylineText.AuthorsOfBylineLine(part) is { Count: > 0 } found) names.AddRange(found);
            else if (DateText.ToIso(part) is { } iso) date ??= iso;
            else if (SplitBylineAndDate(part) is var (byline, dated)) { names.AddRange(byline); date ??= dated; }
            // "By Staff Reporter", "Updated 3 hours ago", "5 min read": top matter that names no one and dates nothing.
            else if (!BylineText.IsRoleByline(part) && !RelativeTime().IsMatch(part)) return false;
        }
        if (names.Count > 0 && authors.Count > 0) return false;
        authors.AddRange(names);
        published ??= date;
        return true;
    }

    // "By Ann Lee, 8 March 2025", "Posted by Ann Lee on March 5, 2025": a byline, a comma or "on", then a date; the byline
    // may name a role only ("By Staff Reporter, 14 March 2026"), and then no one.
    private static (IReadOnlyList<string> Names, string Date)? SplitBylineAndDate(string part)
    {
        foreach (Match cut in BeforeDate().Matches(part))
        {
            if (cut.Index == 0 || DateText.ToIso(part[(cut.Index + cut.Length)..].Trim()) is not { } date) continue;
            var byline = part[..cut.Index];
            if (BylineText.AuthorsOfBylineLine(byline) is { Count: > 0 } names) return (names, date);
            if (BylineText.IsRoleByline(byline)) return ([], date);
        }
        return null;
    }

    [GeneratedRegex(@",\s*|\s+on\s+")]
    private static partial Regex BeforeDate();

    // A time relative to reading ("Updated 3 hours ago", "2 days ago") or a reading time ("5 min read"): no date to keep.
    [GeneratedRegex(@"^(?i:(?:(?:last\s+)?updated|posted|published)\s*:?\s*)?(?i:\d{1,2}|an?|one)\s+(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?i:ago)$|^\d{1,2}\s*(?i:min(?:ute)?s?)\.?\s+(?i:read)$")]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"\s+[|·•]\s+|\s+[—–]\s+")]
    private static partial Regex PartSeparator();
}
