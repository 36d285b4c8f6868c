using System.Text;

namespace DocReport.Reading;

/// <summary>
/// Names what an OLE compound file is: Office writes a password-protected DOCX, and saved Word 97-2003 documents, in
/// this container, which otherwise reads as an anonymous binary file to a user who gave it a .docx or .doc name.
/// </summary>
internal static class CompoundFile
{
    private static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // Stream names as they stand in the container's directory (UTF-16LE): [MS-OFFCRYPTO] 2.3.4 and [MS-DOC] 2.1.
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly byte[] WordDocument = Encoding.Unicode.GetBytes("WordDocument");

    /// <summary>The reason a compound file cannot be read, or null when the bytes are not one.</summary>
    public static string? Reason(byte[] bytes)
    {
        var body = bytes.AsSpan();
        if (!body.StartsWith(Signature)) return null;
        if (body.IndexOf(EncryptedPackage) >= 0)
            return "password-protected (encrypted) Office document: open it, remove the password and save it again";
        if (body.IndexOf(WordDocument) >= 0) return "Word 97-2003 document (.doc): open it in Word and save it as DOCX";
        return "Office 97-2003 or other OLE compound file (not a text, HTML, Markdown, DOCX or PDF document)";
    }
}
