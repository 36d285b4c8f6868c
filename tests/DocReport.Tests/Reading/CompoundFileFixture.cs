using System.Text;

namespace DocReport.Tests.Reading;

/// <summary>
/// Writes a minimal valid OLE compound file ([MS-CFB] version 3) holding the named streams, 4,096 bytes each: the
/// container Office writes a password-protected DOCX (EncryptionInfo, EncryptedPackage) and a Word 97-2003 .doc into.
/// </summary>
internal static class CompoundFileFixture
{
    private const int Sector = 512;
    private const int StreamSectors = 4096 / Sector;
    private const uint Free = 0xFFFFFFFF, EndOfChain = 0xFFFFFFFE, FatSector = 0xFFFFFFFD;

    public static byte[] Build(params string[] streams)
    {
        var output = new MemoryStream();
        var writer = new BinaryWriter(output);
        writer.Write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        writer.Write(new byte[16]);
        foreach (ushort value in new ushort[] { 0x3E, 3, 0xFFFE, 9, 6 }) writer.Write(value);
        writer.Write(new byte[6]);
        // Directory sectors (0 in version 3), FAT sectors, first directory sector, transaction, mini cutoff, mini FAT, DIFAT.
        foreach (var value in new uint[] { 0, 1, 1, 0, 4096, EndOfChain, 0, EndOfChain, 0 }) writer.Write(value);
        writer.Write(0u);
        for (var i = 1; i < 109; i++) writer.Write(Free);

        // Sector 0 is the FAT, sector 1 the directory, then each stream in a chain of its own.
        var fat = new List<uint> { FatSector, EndOfChain };
        foreach (var _ in streams)
        {
            var first = fat.Count;
            for (var s = 1; s < StreamSectors; s++) fat.Add((uint)(first + s));
            fat.Add(EndOfChain);
        }
        while (fat.Count < Sector / 4) fat.Add(Free);
        foreach (var entry in fat) writer.Write(entry);

        var directory = new MemoryStream();
        Entry(directory, "Root Entry", type: 5, start: EndOfChain, size: 0, right: -1, child: streams.Length > 0 ? 1 : -1);
        for (var i = 0; i < streams.Length; i++)
            Entry(directory, streams[i], type: 2, start: (uint)(2 + i * StreamSectors), size: 4096, right: i + 1 < streams.Length ? i + 2 : -1, child: -1);
        writer.Write(directory.ToArray());
        writer.Write(new byte[Sector - (int)directory.Length % Sector]);
        foreach (var _ in streams) writer.Write(Enumerable.Range(0, 4096).Select(b => (byte)b).ToArray());
        return output.ToArray();
    }

    private static void Entry(Stream directory, string name, byte type, uint start, uint size, int right, int child)
    {
        var writer = new BinaryWriter(directory);
        var encoded = Encoding.Unicode.GetBytes(name + "\0");
        writer.Write(encoded);
        writer.Write(new byte[64 - encoded.Length]);
        writer.Write((ushort)encoded.Length);
        writer.Write(type);
        writer.Write((byte)1);
        writer.Write(-1);
        writer.Write(right);
        writer.Write(child);
        writer.Write(new byte[36]);
        writer.Write(start);
        writer.Write(size);
        writer.Write(0);
    }
}
