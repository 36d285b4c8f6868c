using DocReport.Model;

namespace DocReport.Tests.Reading;

public class FormatDetectionTests
{
    private const string Html = "<!DOCTYPE html><html><head><title>A page</title></head><body><article><p>" +
        "The council approved the budget on Monday, after a long debate about the new library and the roads.</p></article></body></html>";

    [Fact]
    public void Html_saved_as_txt_is_read_as_html()
    {
        var document = Reader.ReadOk("page.txt", Html);
        Assert.Equal(InputFormat.Html, document.Format);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('<'));
    }

    [Fact]
    public void Page_opening_with_a_long_style_sheet_is_read_as_html()
    {
        var rules = string.Concat(Enumerable.Range(0, 400).Select(i => $".box-{i} {{ margin: {i}px; }}\n"));
        var document = Reader.ReadOk("page.html", $"<style>\n{rules}</style>\n<body>{Html[Html.IndexOf("<article>", StringComparison.Ordinal)..]}");
        Assert.Equal(InputFormat.Html, document.Format);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('<') || b.Text.Contains("margin"));
    }

    [Fact]
    public void Plain_text_named_html_is_read_as_text()
    {
        var document = Reader.ReadOk("notes.html", "Just a note.\n\nWith two paragraphs.");
        Assert.Equal(InputFormat.Text, document.Format);
        Assert.Equal(["Just a note.", "With two paragraphs."], Reader.Texts(document));
    }

    [Fact]
    public void Markdown_named_txt_is_read_as_markdown()
    {
        var document = Reader.ReadOk("post.txt", "# Budget passes\n\nThe **council** voted, see [minutes](https://example.org/m).\n\n## Next steps\n\nMore.");
        Assert.Equal(InputFormat.Markdown, document.Format);
    }

    [Fact]
    public void Markdown_extension_is_a_hint_for_text_without_cues()
    {
        Assert.Equal(InputFormat.Markdown, Reader.ReadOk("post.md", "Plain words only.").Format);
    }

    [Fact]
    public void Binary_file_is_refused_with_a_clear_reason()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var result = Reader.Read("photo.txt", bytes);
        Assert.False(result.Succeeded);
        Assert.Equal("binary file (not a text, HTML, Markdown, DOCX or PDF document)", result.Error);
    }

    [Fact]
    public void Executable_like_bytes_with_zeros_are_binary()
    {
        byte[] bytes = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0];
        Assert.Contains("binary file", Reader.Read("tool", bytes).Error);
    }

    [Fact]
    public void Password_protected_docx_is_named_as_such()
    {
        var result = Reader.Read("minutes.docx", CompoundFileFixture.Build("EncryptionInfo", "EncryptedPackage"));
        Assert.False(result.Succeeded);
        Assert.StartsWith("password-protected (encrypted) Office document", result.Error);
    }

    [Fact]
    public void Word_97_document_is_told_to_be_saved_as_docx()
    {
        var result = Reader.Read("letter.doc", CompoundFileFixture.Build("WordDocument", "1Table"));
        Assert.Equal("Word 97-2003 document (.doc): open it in Word and save it as DOCX", result.Error);
    }

    [Fact]
    public void Rich_text_is_refused_and_told_to_be_saved_as_docx_whatever_its_name()
    {
        const string rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\n\\f0\\fs22 The ferry will not sail on Sunday, the operator said.\\par\n}";
        foreach (var name in new[] { "notice.rtf", "notice.txt" })
        {
            var result = Reader.Read(name, System.Text.Encoding.ASCII.GetBytes(rtf));
            Assert.False(result.Succeeded, name);
            Assert.Equal("RTF document (.rtf): open it in a word processor and save it as DOCX or PDF", result.Error);
        }
        // text that merely mentions the control word is still text
        Assert.Equal(InputFormat.Text, Reader.ReadOk("note.txt", "An RTF file opens with {\\rtf1 and a font table.").Format);
    }

    [Fact]
    public void Other_compound_file_is_refused_as_not_a_document()
    {
        var result = Reader.Read("sheet.docx", CompoundFileFixture.Build("Workbook"));
        Assert.StartsWith("Office 97-2003 or other OLE compound file", result.Error);
    }

    [Fact]
    public void Sha256_is_the_hash_of_the_bytes()
    {
        var document = Reader.ReadOk("a.txt", "abc");
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", document.Sha256);
    }
    [Fact]
    public void Pdf_named_docx_is_read_as_pdf()
    {
        var document = Reader.ReadOk("report.docx", PdfFixture.Build(["A short report about rainfall in the valley."]));
        Assert.Equal(InputFormat.Pdf, document.Format);
    }

    [Fact]
    public void Docx_named_pdf_is_read_as_docx()
    {
        var document = Reader.ReadOk("letter.pdf", DocxFixture.Build(d => d.Paragraph("Dear editor, the bridge reopened.")));
        Assert.Equal(InputFormat.Docx, document.Format);
    }

    [Fact]
    public void Zip_without_a_word_document_is_refused()
    {
        var result = Reader.Read("archive.docx", DocxFixture.ZipWith("word/styles.xml", "<styles/>"));
        Assert.Equal("DOCX without word/document.xml", result.Error);
    }

    [Fact]
    public void Truncated_docx_is_refused_with_a_reason()
    {
        var bytes = DocxFixture.Build(d => d.Paragraph("Text that will be cut off."));
        var result = Reader.Read("cut.docx", bytes[..(bytes.Length / 2)]);
        Assert.False(result.Succeeded);
        Assert.Contains("DOCX", result.Error);
    }

    [Fact]
    public void Truncated_pdf_is_refused_with_a_reason()
    {
        var bytes = PdfFixture.Build(["Text that will be cut off before the end of the file."]);
        var result = Reader.Read("cut.pdf", bytes[..(bytes.Length / 2)]);
        Assert.False(result.Succeeded);
        Assert.StartsWith("truncated PDF", result.Error);
    }


    [Fact]
    public void Password_protected_pdf_is_named_as_such_not_as_damaged()
    {
        var result = Reader.Read("report.pdf", PdfFixture.PasswordProtected());
        Assert.Equal("password-protected PDF: open it with its password and save a copy without one", result.Error);
    }

    public static TheoryData<string> DamagedEncryptionDictionaries => [.. PdfFixture.DamagedEncryptionDictionaries];

    [Theory]
    [MemberData(nameof(DamagedEncryptionDictionaries))]
    public void Pdf_with_a_damaged_encryption_dictionary_is_named_as_such(string dictionary)
    {
        var result = Reader.Read("report.pdf", PdfFixture.Encrypted(dictionary));
        Assert.Equal("encrypted PDF with a damaged encryption dictionary: it cannot be decrypted, even with its password; ask its sender for a copy without a password", result.Error);
    }

    [Fact]
    public void Damaged_pdf_is_a_failure_not_an_exception()
    {
        var result = Reader.Read("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n");
        Assert.False(result.Succeeded);
        Assert.StartsWith("damaged PDF: ", result.Error);
    }

    [Fact]
    public void Docx_with_a_broken_document_part_is_a_failure_not_an_exception()
    {
        var result = Reader.Read("broken.docx", DocxFixture.ZipWith("word/document.xml", "<w:document><unclosed>"));
        Assert.False(result.Succeeded);
        Assert.Contains("DOCX", result.Error);
    }
}
