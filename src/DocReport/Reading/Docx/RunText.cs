using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DocReport.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace DocReport.Reading.Docx;

/// <summary>The text of a Word paragraph (runs, tabs, breaks; no footnote or endnote marks) and the offsets of its hyperlinks.</summary>
internal static class RunText
{
    public static (string Text, List<Link> Links) Of(Paragraph paragraph, IReadOnlyDictionary<string, string> targets)
    {
        var text = new StringBuilder();
        var links = new List<Link>();
        Append(paragraph, text, links, targets);
        return (text.ToString(), links);
    }

    /// <summary>The links moved by the leading white space that trimming <paramref name="untrimmed"/> removes.</summary>
    public static IReadOnlyList<Link> Shift(List<Link> links, string untrimmed)
    {
        var shift = untrimmed.Length - untrimmed.TrimStart().Length;
        var length = untrimmed.Trim().Length;
        return links.Select(l => new Link(Math.Max(0, l.Start - shift), Math.Min(length, l.End - shift), l.Url))
            .Where(l => l.End > l.Start).ToList();
    }

    private static void Append(OpenXmlElement element, StringBuilder text, List<Link> links, IReadOnlyDictionary<string, string> targets)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('\u2011');
                    break;
                case Hyperlink hyperlink:
                    var start = text.Length;
                    Append(hyperlink, text, links, targets);
                    var url = hyperlink.Id?.Value is { } id && targets.TryGetValue(id, out var target) ? target : null;
                    if (url is not null && text.Length > start) links.Add(new Link(start, text.Length, url));
                    break;
                // A text box's paragraphs are blocks of their own (DocxReader), and the fallback copy of a drawing repeats it.
                // A tracked move keeps the moved text twice, where it was (moveFrom, shown struck through) and where it went.
                case DeletedRun or MoveFromRun or ParagraphProperties or RunProperties or FieldCode or TextBoxContent or AlternateContentFallback:
                    break;
                // A note's mark, in the text or at the head of the note, with a custom mark ("*") written in the same run:
                // the note's text is read apart (DocxNotes), so the mark would only be glued to a word.
                case Run run when run.ChildElements.Any(c => c is FootnoteReference or EndnoteReference or FootnoteReferenceMark or EndnoteReferenceMark):
                    break;
                default:
                    Append(child, text, links, targets);
                    break;
            }
        }
    }
}
