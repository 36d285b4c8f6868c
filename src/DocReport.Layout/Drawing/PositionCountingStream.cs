namespace DocReport.Layout.Drawing;

/// <summary>
/// Passes writes through to a stream that cannot seek (a web response, a pipe), counting them as its position:
/// SkiaSharp asks the stream for its position after each write, and an exception there, in a native callback, ends the process.
/// </summary>
internal sealed class PositionCountingStream(Stream inner) : Stream
{
    private long written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => written;
    public override long Position { get => written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        written += buffer.Length;
    }

    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
