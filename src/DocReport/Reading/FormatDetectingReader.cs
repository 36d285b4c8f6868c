using System.Security.Cryptography;
using System.Text;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Reading;

/// <summary>Sniffs the format of a file and hands it to that format's reader.</summary>
public sealed class FormatDetectingReader : IDocumentReader
{
    public StageResult<RawDocument> Read(SourceFile file)
    {
        // First pass: plain text only; the readers issue makes every format real.
        var text = Encoding.UTF8.GetString(file.Bytes);
        var blocks = text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new Block(BlockKind.Paragraph, t.Trim())).Where(b => b.Text.Length > 0).ToList();
        var sha = Convert.ToHexStringLower(SHA256.HashData(file.Bytes));
        return StageResult<RawDocument>.Success(new RawDocument(file.Path, InputFormat.Text, sha, new DocumentMetadata(), blocks));
    }
}
