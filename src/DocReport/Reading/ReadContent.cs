using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Reading;

/// <summary>What one format's reader recovers from a file: its metadata and blocks, in reading order.</summary>
internal sealed record ReadContent(DocumentMetadata Metadata, IReadOnlyList<Block> Blocks);

/// <summary>Reads the bytes of one format; returns a reason instead of throwing for bad input.</summary>
internal interface IFormatReader
{
    StageResult<ReadContent> Read(byte[] bytes);
}
