using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Reading.Text;

/// <summary>
/// Reads plain text: blocks split on blank lines, tables (<see cref="TextTables"/>) and lists (<see cref="TextLists"/>) in
/// them, byline and date lines near the top taken as metadata.
/// </summary>
internal sealed partial class PlainTextReader : ITextFormatReader
{
    public StageResult<ReadContent> ReadDecoded(string text)
    {
        var (repaired, count) = MojibakeRepair.Repair(text);
        return StageResult<ReadContent>.Success(ReadText(repaired) with { RepairedCharacters = count });
    }

    /// <summary>Blocks and metadata of decoded text.</summary>
    public static ReadContent ReadText(string text)
    {
        var blocks = BlankLines().Split(TextDecoder.NormalizeLineEndings(text))
            .Select(b => b.Trim('\n', ' ', '\t', '\f'))
            .Where(b => b.Length > 0)
            .Select(b => new Block(BlockKind.Paragraph, b))
            .SelectMany(TextTables.Split)
            .SelectMany(b => b.Kind == BlockKind.Paragraph ? TextLists.Split(b) : [b])
            .ToList();
        TextLists.JoinLooseItems(blocks);
        RelatedHeadlines.Remove(blocks);
        var metadata = TopMatter.Extract(blocks);
        return new ReadContent(metadata, blocks);
    }

    [GeneratedRegex(@"\n[ \t\f\u00A0]*\n\s*")]
    private static partial Regex BlankLines();
}
