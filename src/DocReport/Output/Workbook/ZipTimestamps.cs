using System.Buffers.Binary;

namespace DocReport.Output.Workbook;

/// <summary>
/// Sets every entry of a finished zip file to one fixed modification time, in place, so the same content gives the same
/// bytes (the workbook library stamps entries with the current time). Reads the central directory; Zip64 included.
/// </summary>
internal static class ZipTimestamps
{
    // 1980-01-01 00:00, the earliest MS-DOS date a zip can hold: time 0, date (0 << 9) | (1 << 5) | 1.
    private const ushort DosTime = 0;
    private const ushort DosDate = 0x21;
    private const uint EndOfDirectory = 0x06054b50, Zip64EndOfDirectory = 0x06064b50, Zip64Locator = 0x07064b50;
    private const uint DirectoryEntry = 0x02014b50, LocalEntry = 0x04034b50;

    public static void Fix(Stream zip)
    {
        var (directoryOffset, entries) = FindDirectory(zip);
        var position = directoryOffset;
        var header = new byte[46];
        for (long i = 0; i < entries; i++)
        {
            Read(zip, position, header);
            Expect(header, DirectoryEntry);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(32));
            long localOffset = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(42));
            if (localOffset == uint.MaxValue)
                localOffset = Zip64LocalOffset(zip, position + 46 + nameLength, extraLength, header);
            Stamp(zip, position + 12);
            var local = new byte[4];
            Read(zip, localOffset, local);
            Expect(local, LocalEntry);
            Stamp(zip, localOffset + 10);
            position += 46 + nameLength + extraLength + commentLength;
        }
        zip.Flush();
    }

    private static (long Offset, long Entries) FindDirectory(Stream zip)
    {
        var tailLength = (int)Math.Min(zip.Length, 22 + ushort.MaxValue);
        var tail = new byte[tailLength];
        Read(zip, zip.Length - tailLength, tail);
        for (var i = tailLength - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != EndOfDirectory) continue;
            long entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i + 16));
            if (offset != uint.MaxValue && entries != ushort.MaxValue) return (offset, entries);
            var locatorAt = i - 20;
            if (locatorAt < 0 || BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(locatorAt)) != Zip64Locator) break;
            var record = new byte[56];
            Read(zip, (long)BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(locatorAt + 8)), record);
            Expect(record, Zip64EndOfDirectory);
            return ((long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(48)), (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32)));
        }
        throw new InvalidDataException("not a zip file: no end-of-central-directory record");
    }

    /// <summary>The local header offset from the Zip64 extra field, after the 64-bit sizes the entry also moved there.</summary>
    private static long Zip64LocalOffset(Stream zip, long extraAt, int extraLength, byte[] header)
    {
        var extra = new byte[extraLength];
        Read(zip, extraAt, extra);
        for (var i = 0; i + 4 <= extraLength;)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra.AsSpan(i));
            var size = BinaryPrimitives.ReadUInt16LittleEndian(extra.AsSpan(i + 2));
            if (id == 1)
            {
                var at = i + 4;
                if (BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(24)) == uint.MaxValue) at += 8;
                if (BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(20)) == uint.MaxValue) at += 8;
                return (long)BinaryPrimitives.ReadUInt64LittleEndian(extra.AsSpan(at));
            }
            i += 4 + size;
        }
        throw new InvalidDataException("zip entry has a 64-bit offset but no Zip64 extra field");
    }

    private static void Stamp(Stream zip, long at)
    {
        Span<byte> stamp = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(stamp, DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(stamp[2..], DosDate);
        zip.Position = at;
        zip.Write(stamp);
    }

    private static void Read(Stream zip, long at, byte[] buffer)
    {
        zip.Position = at;
        zip.ReadExactly(buffer);
    }

    private static void Expect(byte[] header, uint signature)
    {
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != signature)
            throw new InvalidDataException($"zip structure not as expected: signature {BinaryPrimitives.ReadUInt32LittleEndian(header):x8}, wanted {signature:x8}");
    }
}
