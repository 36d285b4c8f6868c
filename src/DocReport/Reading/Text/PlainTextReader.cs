using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Reading.Text;

/// <summary>
/// Reads plain text: blocks split on blank lines (or, in text wrapped at a width with none, where a line ends short: <see
/// cref="WrappedLines"/>), tables (<see cref="TextTables"/>) and lists (<see cref="TextLists"/>) in
/// them, byline and date lines near the top taken as metadata.
/// </summary>
internal sealed partial class PlainTextReader : ITextFormatReader
{
    public StageResult<ReadContent> ReadDecoded(string text, bool encodingGuessed)
    {
        var (repaired, count) = MojibakeRepair.RepairRead(text, encodingGuessed);
        return StageResult<ReadContent>.Success(ReadText(repaired) with { RepairedCharacters = count });
    }

    /// <summary>Blocks and metadata of decoded text.</summary>
    public static ReadContent ReadText(string text)
    {
        var texts = BlankLines().Split(TextDecoder.NormalizeLineEndings(text))
            .Select(b => b.Trim('\n', ' ', '\t', '\f'))
            .Where(b => b.Length > 0)
            .ToList();
        var lineCount = texts.Sum(b => b.Count(c => c == '\n') + 1);
        var blocks = texts.SelectMany((b, index) =>
            {
                // Text wrapped at a width with no blank lines: its paragraphs are found after its tables and lists.
                var width = WrappedLines.Width(b, lineCount);
                return TextTables.Split(new Block(BlockKind.Paragraph, b))
                    .SelectMany(t => t.Kind == BlockKind.Paragraph ? TextLists.Split(t) : [t])
                    .Select((t, part) => (Block: t, First: index == 0 && part == 0))
                    .SelectMany(t => width is int w && t.Block.Kind == BlockKind.Paragraph ? WrappedLines.Split(t.Block, w, t.First) : [t.Block]);
            })
            .ToList();
        TextLists.JoinLooseItems(blocks);
        RelatedHeadlines.Remove(blocks);
        var metadata = TopMatter.Extract(blocks);
        return new ReadContent(metadata, blocks);
    }

    [GeneratedRegex(@"\n[ \t\f\u00A0]*\n\s*")]
    private static partial Regex BlankLines();
}
