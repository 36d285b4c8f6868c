using DocReport.Layout;
using DocReport.Model;

namespace DocReport.Output.Brief.Sections;

/// <summary>Part of a paragraph as spans cut where a claim sentence or a link starts or ends; claim text in the claim colour, tagged with its id.</summary>
internal static class ParagraphSpans
{
    /// <summary>
    /// Writes the paragraph's text in <c>[from,to)</c> (offsets into the paragraph). A claim's id tag follows its last
    /// character, or <paramref name="to"/> when <paramref name="tagAtEnd"/> says this piece closes the claim (a table row's last filled cell).
    /// </summary>
    public static void Write(TextDescriptor text, Paragraph paragraph, BriefContent content, int from, int to, bool tagAtEnd = false)
    {
        var styles = content.Styles;
        var claims = paragraph.Sentences
            .Where(s => content.ClaimsBySentence.ContainsKey(s.Id))
            .Select(s => (Start: Local(s.Start, paragraph), End: Local(s.End, paragraph), Claim: content.ClaimsBySentence[s.Id]))
            .ToList();
        var links = paragraph.Links.Select(l => (Start: Local(l.Start, paragraph), End: Local(l.End, paragraph), l.Url)).ToList();
        var cuts = claims.SelectMany(c => new[] { c.Start, c.End }).Concat(links.SelectMany(l => new[] { l.Start, l.End }))
            .Append(from).Append(to).Where(c => c >= from && c <= to).Distinct().Order().ToList();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (start, end) = (cuts[i], cuts[i + 1]);
            var claim = claims.FirstOrDefault(c => c.Start <= start && start < c.End);
            var link = links.FirstOrDefault(l => l.Start <= start && start < l.End);
            var span = text.Span(paragraph.Text[start..end]);
            if (link.Url is { } url) span.Style(styles.Link).Hyperlink(url);
            if (claim.Claim is not { } found) continue;
            span.FontColor(styles.Colors.Claim);
            if (end == claim.End || (tagAtEnd && end == to))
                text.Span($" [{found.Id}]").Style(styles.Small).Bold().FontColor(styles.Colors.Claim);
        }
    }

    private static int Local(int articleOffset, Paragraph paragraph) => Math.Clamp(articleOffset - paragraph.Start, 0, paragraph.Text.Length);
}
