using DocReport.Model;
using DocReport.Structure;

namespace DocReport.Bench.PolnearEval;

/// <summary>
/// An <see cref="Article"/> over a PolNeAR text as it is, so that annotation offsets index it: each non-blank
/// line a paragraph (the headline first), split into sentences by DocReport's own splitter.
/// </summary>
internal static class PlainTextArticle
{
    public static Article Build(string name, string text)
    {
        var paragraphs = new List<Paragraph>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var range = Trimmed(text, lineStart, lineEnd);
            if (range.Start < range.End)
            {
                var id = $"P{paragraphs.Count + 1}";
                var sentences = SentenceSplitter.Default.Split(text, range.Start, range.End)
                    .Select((s, i) => new Sentence($"{id}.S{i + 1}", text[s.Start..s.End], s.Start, s.End)).ToList();
                paragraphs.Add(new Paragraph(id, paragraphs.Count + 1, null, BlockKind.Paragraph, text[range.Start..range.End], range.Start, range.End) { Sentences = sentences });
            }
            lineStart = lineEnd + 1;
        }
        var info = new DocumentInfo { Id = "0000000000000000", Title = name, SourcePath = name + ".txt", Format = InputFormat.Text, Sha256 = new string('0', 64) };
        return new Article(info, text, paragraphs);
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
