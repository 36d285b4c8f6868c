using System.Buffers.Binary;

namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>Writes numbers as LEB128 varints (seven bits a byte, low first), signed ones zigzag-coded so that small negatives stay short.</summary>
internal sealed class VarintWriter
{
    private readonly MemoryStream stream = new();

    public void Unsigned(ulong value)
    {
        for (; value >= 0x80; value >>= 7) stream.WriteByte((byte)(value | 0x80));
        stream.WriteByte((byte)value);
    }

    public void Signed(int value) => Unsigned((uint)((value << 1) ^ (value >> 31)));

    public void Float(float value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(bytes, value);
        stream.Write(bytes);
    }

    public void Bytes(byte[] bytes)
    {
        Unsigned((ulong)bytes.Length);
        stream.Write(bytes);
    }

    public byte[] ToArray() => stream.ToArray();
}

/// <summary>Reads what <see cref="VarintWriter"/> wrote; running past the end throws <see cref="EndOfStreamException"/>.</summary>
internal sealed class VarintReader(byte[] data)
{
    private int at;

    public bool AtEnd => at == data.Length;

    public ulong Unsigned()
    {
        var value = 0UL;
        for (var shift = 0; ; shift += 7)
        {
            if (at == data.Length) throw new EndOfStreamException("it ends inside a number");
            if (shift > 63) throw new InvalidDataException("a number runs over 64 bits");
            var b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }

    public short Short()
    {
        var zigzag = checked((uint)Unsigned());
        return checked((short)((int)(zigzag >> 1) ^ -(int)(zigzag & 1)));
    }

    public float Float()
    {
        if (data.Length - at < 4) throw new EndOfStreamException("it ends inside the scale");
        at += 4;
        return BinaryPrimitives.ReadSingleLittleEndian(data.AsSpan(at - 4, 4));
    }

    public byte[] Bytes()
    {
        var length = checked((int)Unsigned());
        if (length > data.Length - at) throw new EndOfStreamException("it ends inside the note on training");
        at += length;
        return data[(at - length)..at];
    }
}
