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
    StageResult<ReadContent> ReadDecoded(string text);

    StageResult<ReadContent> IFormatReader.Read(byte[] bytes) =>
        TextDecoder.Decode(bytes) is { } text ? ReadDecoded(text) : StageResult<ReadContent>.Failure(FormatSniffer.BinaryReason);
}
