using System.Text;

namespace DocReport.Reading;

/// <summary>A decoder fallback that reads each byte UTF-8 cannot decode as its Windows-1252 character.</summary>
internal sealed class Windows1252Fallback : DecoderFallback
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // UTF-8 decoders hand over at most the three bytes of a broken sequence at a time.
    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    private sealed class Buffer : DecoderFallbackBuffer
    {
        private string pending = "";
        private int next;

        public override int Remaining => pending.Length - next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            pending = Windows1252.GetString(bytesUnknown);
            next = 0;
            return pending.Length > 0;
        }

        public override char GetNextChar() => next < pending.Length ? pending[next++] : '\0';

        public override bool MovePrevious()
        {
            if (next == 0) return false;
            next--;
            return true;
        }

        public override void Reset()
        {
            pending = "";
            next = 0;
        }
    }
}
