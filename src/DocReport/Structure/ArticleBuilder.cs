using System.Text;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Structure;

/// <summary>Builds the article: title, normalised text, paragraphs and sentences with offsets.</summary>
public sealed class ArticleBuilder : IStructureBuilder
{
    public StageResult<Article> Build(RawDocument document)
    {
        var blocks = document.Blocks.ToList();
        var title = document.Metadata.Title ?? blocks.FirstOrDefault()?.Text ?? "";
        if (document.Metadata.Title is null && blocks.Count > 0) blocks.RemoveAt(0);
        var text = new StringBuilder();
        var paragraphs = new List<Paragraph>();
        foreach (var block in blocks)
        {
            if (text.Length > 0) text.Append("\n\n");
            var start = text.Length;
            text.Append(block.Text);
            var id = $"P{paragraphs.Count + 1}";
            paragraphs.Add(new Paragraph(id, paragraphs.Count + 1, null, block.Kind, block.Text, start, text.Length)
            {
                Sentences = [new Sentence(id + ".S1", block.Text, start, text.Length)],
            });
        }
        var info = new DocumentInfo
        {
            Id = document.Sha256[..16], Title = title, SourcePath = document.SourcePath,
            Format = document.Format, Sha256 = document.Sha256,
        };
        return StageResult<Article>.Success(new Article(info, text.ToString(), paragraphs));
    }
}
