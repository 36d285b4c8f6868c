using System.Text.RegularExpressions;
using DocReport.Model;

namespace DocReport.Reading.Pdf;

/// <summary>
/// Footnotes set at the foot of a page or column: the lines in smaller type under the last line in body type, in the
/// lower half of the page, the first of them a note's mark (a figure or sign alone, raised over the note, or opening it).
/// Read where they stand they cut the sentence that runs on to the next page or column and leave their marks as
/// paragraphs of one figure; they are taken out of the text and given after it, a paragraph a note, as a DOCX's
/// footnotes are. Running headers, footers and page numbers under them are left to <see cref="PageFurniture"/>.
/// </summary>
internal static partial class PageNotes
{
    private const double SmallerThanBody = 0.9;

    public static (List<PdfLine> Text, List<Block> Notes) Split(List<PdfLine> lines, int pageCount)
    {
        if (lines.Count == 0) return (lines, []);
        var bodySize = lines.Select(l => l.FontSize).Order().ElementAt(lines.Count / 2);
        bool Small(PdfLine l) => l.FontSize <= bodySize * SmallerThanBody;
        var running = PageFurniture.Running(lines, pageCount);
        var noteLines = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        var notes = new List<Block>();
        foreach (var group in lines.GroupBy(l => (l.Page, l.Column)))
        {
            var column = group.OrderByDescending(l => l.Top).ToList();
            var end = column.Count;
            while (end > 0 && running(column[end - 1])) end--;
            var start = end;
            while (start > 0 && Small(column[start - 1])) start--;
            // Nothing small at the foot, or nothing but small type (a page of notes, a caption page): no notes told apart,
            // unless the notes are set in the body's type under their marks, set apart from the text by a wide space.
            if (start == end || start == 0 || !StartsNote(column[start].Text)) start = MarkedFoot(column, end, Small);
            if (start < 1 || start >= end) continue;
            var foot = column[start..end];
            if (!StartsNote(foot[0].Text) || foot[0].Top > foot[0].PageHeight / 2) continue;
            foreach (var line in foot) noteLines.Add(line);
            notes.AddRange(Notes(foot));
        }
        return noteLines.Count == 0 ? (lines, []) : (lines.Where(l => !noteLines.Contains(l)).ToList(), notes);
    }

    // Notes in the body's type (a word processor's note style left at the body's size): the first mark in small type alone
    // on its line in the lower half of the column, under a space of one and a half times the column's line pitch or more (a mark raised over
    // its line inside the text stands less than a pitch under the line above), opens the foot.
    private static int MarkedFoot(List<PdfLine> column, int end, Func<PdfLine, bool> small)
    {
        var gaps = column.Zip(column.Skip(1), (a, b) => a.Bottom - b.Bottom).Where(g => g > 0).Order().ToList();
        if (gaps.Count == 0) return -1;
        var pitch = gaps[gaps.Count / 2];
        for (var i = 1; i < end; i++)
        {
            var line = column[i];
            if (line.Top > line.PageHeight / 2 || !small(line) || !MarkAlone().IsMatch(line.Text.Trim())) continue;
            if (column[i - 1].Bottom - line.Bottom >= pitch * 1.5) return i;
        }
        return -1;
    }

    // Each mark starts a note; a mark alone on its line (raised over the note's first line) is left out.
    private static IEnumerable<Block> Notes(List<PdfLine> foot)
    {
        string? text = null;
        foreach (var line in foot)
        {
            var trimmed = line.Text.Trim();
            if (MarkAlone().IsMatch(trimmed))
            {
                if (text is not null) yield return new Block(BlockKind.Paragraph, text);
                text = "";
                continue;
            }
            if (MarkOpening().Match(trimmed) is { Success: true } mark)
            {
                if (!string.IsNullOrEmpty(text)) yield return new Block(BlockKind.Paragraph, text);
                text = trimmed[mark.Length..];
                continue;
            }
            text = string.IsNullOrEmpty(text) ? trimmed : ParagraphBuilder.Join(text, trimmed);
        }
        if (!string.IsNullOrEmpty(text)) yield return new Block(BlockKind.Paragraph, text);
    }

    private static bool StartsNote(string text) => MarkAlone().IsMatch(text.Trim()) || MarkOpening().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:\d{1,3}|[*†‡§]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})$")]
    private static partial Regex MarkAlone();

    // "1 The figures ...", "¹The figures ...", "* Figures ...": a mark, then the note's first word.
    [GeneratedRegex(@"^(?:\d{1,3}\.?\s+|[*†‡§]{1,3}\s*|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}\s*)(?=[\p{Lu}""“‘(])")]
    private static partial Regex MarkOpening();
}
