using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Reading;

/// <summary>What one format's reader recovers from a file: its metadata and blocks, in reading order.</summary>
internal sealed record ReadContent(DocumentMetadata Metadata, IReadOnlyList<Block> Blocks)
{
    /// <summary>How many characters were rebuilt from UTF-8 once read as Windows-1252 (<see cref="MojibakeRepair"/>).</summary>
    public int RepairedCharacters { get; init; }
}

/// <summary>Reads the bytes of one format; returns a reason instead of throwing for bad input.</summary>
internal interface IFormatReader
{
    StageResult<ReadContent> Read(byte[] bytes);
}

/// <summary>
/// Reads a text format (HTML, Markdown, plain text). The format sniffer has decoded the bytes already to tell the
/// format: its text is read as it is, since decoding a page twice cost as much as a tenth of reading it.
/// </summary>
internal interface ITextFormatReader : IFormatReader
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="encodingGuessed"/>: the decoder read it as Windows-1252 for want
    /// of a better guess, so it holds no mojibake a reader could repair (<see cref="MojibakeRepair.RepairRead"/>).</summary>
    StageResult<ReadContent> ReadDecoded(string text, bool encodingGuessed);

    StageResult<ReadContent> IFormatReader.Read(byte[] bytes) =>
        TextDecoder.Decode(bytes, out var guessed) is { } text ? ReadDecoded(text, guessed) : StageResult<ReadContent>.Failure(FormatSniffer.BinaryReason);
}
