using System.IO.Compression;
using System.Xml;

namespace DocReport.Reading.Docx;

/// <summary>
/// How many paragraphs of text a DOCX's body has at least, streamed from word/document.xml before the Open XML SDK
/// parses it: a 1 MB file of 450,000 short paragraphs costs the SDK 500 MB before the paragraph limit can see them.
/// A paragraph counts when it holds text other than white space; a table counts once (the reader makes it one
/// block), and a drawing's fallback copy (of a text box already counted) not at all, so the count errs low.
/// </summary>
internal static class ParagraphCount
{
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static int AtLeast(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        if (zip.GetEntry("word/document.xml") is not { } entry) return 0;
        using var xml = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true });
        int count = 0, tables = 0;
        var pending = false;
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Compatibility && xml.LocalName == "Fallback") { xml.Skip(); continue; }
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Main && !xml.IsEmptyElement)
            {
                if (xml.LocalName == "tbl" && tables++ == 0) pending = true;
                else if (xml.LocalName == "p" && tables == 0) pending = true;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.NamespaceURI == Main && xml.LocalName == "tbl") tables--;
            else if (pending && xml.NodeType == XmlNodeType.Text && !string.IsNullOrWhiteSpace(xml.Value)) { count++; pending = false; }
            xml.Read();
        }
        return count;
    }
}
