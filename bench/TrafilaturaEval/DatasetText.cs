using System.Text;
using DocReport.Model;

namespace DocReport.Bench.TrafilaturaEval;

/// <summary>The text a dataset holds, in reading order: the title, each section heading where its section starts, the paragraphs.</summary>
internal static class DatasetText
{
    public static string Of(Article article, bool withTitle)
    {
        var text = new StringBuilder();
        if (withTitle) text.AppendLine(article.Document.Title);
        string? section = null;
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.Section is { } heading && heading != section) text.AppendLine(heading);
            section = paragraph.Section;
            text.AppendLine(paragraph.Text);
        }
        return text.ToString();
    }
}
