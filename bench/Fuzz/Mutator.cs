using System.IO.Compression;
using System.Text;

namespace DocReport.Fuzz;

/// <summary>
/// Makes inputs from seeds the way an attacker or a broken tool would: byte flips, inserts, deletions, repeated
/// chunks, splices of two seeds, and tokens that have broken readers before (noncharacters, NUL, deep nesting, huge
/// words, entities). A DOCX is mutated inside its document part and zipped again, so the mutation reaches the XML.
/// </summary>
internal sealed class Mutator(Random random, IReadOnlyList<byte[]> seeds)
{
    private static readonly string[] Tokens =
    [
        "\uFFFE", "\uFFFF", "\uFDD0", "\0", "\u202E", "\uD800", "&#xFFFE;", "&#0;", "&#x1FFFF;", "&amp;", "<![CDATA[", "]]>",
        "<div>", "</div>", "<p>", "<table><tr><td>", "<script>", "<!--", "-->", "<svg><foreignObject>", "# ", "---\n", "```",
        "[a](javascript:x)", "| a | b |\n|---|---|\n", "> ", "* ", "=HYPERLINK(\"x\")", "\r", "\t", "\u00AD", "\u200B", "𝕏",
        "e\u0301\u0301\u0301", "By Jane Doe", "March 3, 2024", "<w:p><w:r><w:t>", "</w:t></w:r></w:p>", "obj", "endobj", "stream", "/Length 99999",
    ];

    public byte[] Next(string format)
    {
        var seed = seeds[random.Next(seeds.Count)];
        return format == "docx" && TryMutateDocx(seed) is { } docx ? docx : Mutate(seed, random.Next(1, 6));
    }

    private byte[] Mutate(byte[] seed, int rounds)
    {
        var bytes = new List<byte>(seed);
        for (var r = 0; r < rounds; r++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0: if (bytes.Count > 0) bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes.Insert(at, (byte)random.Next(256)); break;
                case 2: if (bytes.Count > 0) bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64))); break;
                case 3: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)])); break;
                case 4: bytes.InsertRange(at, Repeat(Tokens[random.Next(Tokens.Length)], random.Next(2, 2000))); break;
                case 5: bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string('x', random.Next(1000, 50_000)))); break;
                case 6: Splice(bytes, at); break;
                default: if (bytes.Count > 0) bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return bytes.ToArray();
    }

    private static byte[] Repeat(string token, int count) => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(token, count)));

    private void Splice(List<byte> bytes, int at)
    {
        var other = seeds[random.Next(seeds.Count)];
        var from = random.Next(other.Length);
        bytes.InsertRange(at, other.Skip(from).Take(random.Next(1, 4096)));
    }

    // The document part mutated as text; the package around it stays valid, so the mutation gets past the zip reader.
    private byte[]? TryMutateDocx(byte[] seed)
    {
        if (random.Next(4) == 0) return null;
        try
        {
            using var input = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read);
            var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var entry in input.Entries)
                {
                    using var read = entry.Open();
                    var content = new MemoryStream();
                    read.CopyTo(content);
                    var bytes = entry.FullName == "word/document.xml" ? Mutate(content.ToArray(), random.Next(1, 4)) : content.ToArray();
                    using var write = zip.CreateEntry(entry.FullName).Open();
                    write.Write(bytes);
                }
            return output.ToArray();
        }
        catch (InvalidDataException) { return null; }
    }
}
