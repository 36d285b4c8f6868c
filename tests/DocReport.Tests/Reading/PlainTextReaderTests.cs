using System.Text;
using DocReport.Model;

namespace DocReport.Tests.Reading;

public class PlainTextReaderTests
{
    private const string Article = "Flood defences hold in the valley\n\nBy Maria Lopez and Tom Hale\nMarch 3, 2024\n\n" +
        "The new walls kept the river out on Sunday,\naccording to the county engineer.\n\nResidents returned home by Monday.";

    [Fact]
    public void Blocks_split_on_blank_lines_and_keep_inner_line_breaks()
    {
        var document = Reader.ReadOk("a.txt", Article);
        Assert.Equal(["Flood defences hold in the valley",
            "The new walls kept the river out on Sunday,\naccording to the county engineer.",
            "Residents returned home by Monday."], Reader.Texts(document));
    }

    [Fact]
    public void Byline_and_date_lines_become_metadata()
    {
        var metadata = Reader.ReadOk("a.txt", Article).Metadata;
        Assert.Equal(["Maria Lopez", "Tom Hale"], metadata.Authors);
        Assert.Equal("2024-03-03", metadata.Published);
    }

    [Theory]
    [InlineData("\"Related:\"", "Harbour Council Rejects The Plan For A Second Quay.")]
    [InlineData("Read more:", "Ferry fares to rise again in spring")]
    [InlineData("Lesen Sie auch:", "Hafenrat lehnt zweiten Kai ab")]
    public void A_related_stories_label_takes_the_headline_under_it(string label, string headline)
    {
        var texts = Reader.Texts(Reader.ReadOk("a.txt",
            $"Flood defences hold in the valley\n\nThe new walls kept the river out on Sunday.\n\n{label}\n\n{headline}\n\nResidents returned home by Monday."));
        Assert.DoesNotContain(headline, texts);
        Assert.Contains("Residents returned home by Monday.", texts);
    }

    [Theory]
    [InlineData("Read more:", "The county will publish the engineer's full report on Monday.")]
    [InlineData("Photo: Jane Roe", "Residents Returned Home By Monday Morning")]
    public void A_sentence_after_a_label_and_a_title_after_other_lines_stay(string line, string next)
    {
        var texts = Reader.Texts(Reader.ReadOk("a.txt", $"Flood defences hold in the valley\n\nThe new walls kept the river out on Sunday.\n\n{line}\n\n{next}"));
        Assert.Contains(next, texts);
    }

    [Theory]
    [InlineData("2024-03-03", "2024-03-03")]
    [InlineData("3 March 2024", "2024-03-03")]
    [InlineData("Published: Sunday, March 3rd, 2024 at 10:30 a.m.", "2024-03-03")]
    [InlineData("Updated 12 Sept. 2023", "2023-09-12")]
    public void Common_date_lines_are_recognised(string line, string iso)
    {
        var document = Reader.ReadOk("a.txt", $"Title here\n\n{line}\n\nBody text of the article goes here.");
        Assert.Equal(iso, document.Metadata.Published);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains(line));
    }

    [Fact]
    public void Byline_and_date_on_one_line_are_both_taken()
    {
        var document = Reader.ReadOk("a.txt", "Title\n\nBy Ann Lee | 2024-01-05\n\nBody.");
        Assert.Equal(["Ann Lee"], document.Metadata.Authors);
        Assert.Equal("2024-01-05", document.Metadata.Published);
        Assert.Equal(["Title", "Body."], Reader.Texts(document));
    }

    [Fact]
    public void A_sentence_starting_with_by_is_not_a_byline()
    {
        var document = Reader.ReadOk("a.txt", "Title\n\nBy the end of the week the water had gone.");
        Assert.Empty(document.Metadata.Authors);
        Assert.Contains("By the end of the week the water had gone.", Reader.Texts(document));
    }

    [Fact]
    public void Windows_and_old_mac_line_endings_become_newlines()
    {
        var document = Reader.ReadOk("a.txt", "One\r\nline two\r\n\r\nThree\rfour");
        Assert.Equal(["One\nline two", "Three\nfour"], Reader.Texts(document));
    }

    [Fact]
    public void Utf8_with_bom_is_decoded_without_the_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Café society")).ToArray();
        Assert.Equal(["Café society"], Reader.Texts(Reader.ReadOk("a.txt", bytes)));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16_with_bom_is_decoded(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Zürich wins\n\nSecond")).ToArray();
        Assert.Equal(["Zürich wins", "Second"], Reader.Texts(Reader.ReadOk("a.txt", bytes)));
    }

    // UTF-32's little-endian mark begins with UTF-16's, and a file without a mark was refused as binary for its zeros.
    [Theory]
    [InlineData("utf-32LE", true)]
    [InlineData("utf-32BE", true)]
    [InlineData("utf-32LE", false)]
    [InlineData("utf-32BE", false)]
    public void Utf32_with_or_without_bom_is_decoded(string encodingName, bool withMark)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = encoding.GetBytes("Zürich wins the cup 😀\n\nSecond paragraph");
        var bytes = withMark ? [.. encoding.GetPreamble(), .. text] : text;
        Assert.Equal(["Zürich wins the cup 😀", "Second paragraph"], Reader.Texts(Reader.ReadOk("a.txt", bytes)));
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" costs 5"), 0x80, .. Encoding.ASCII.GetBytes(" and \"quotes\" "), 0x93, (byte)'x', 0x94];
        var text = Reader.Texts(Reader.ReadOk("a.txt", bytes)).Single();
        Assert.Equal("Café costs 5€ and \"quotes\" “x”", text);
    }

    [Fact]
    public void Plain_text_is_read_as_text_format()
    {
        Assert.Equal(InputFormat.Text, Reader.ReadOk("a.txt", Article).Format);
    }

    [Fact]
    public void Text_once_read_as_windows_1252_is_repaired_and_counted()
    {
        var broken = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(Encoding.UTF8.GetBytes("Mayor Inés Peña spoke.\n\n“We will rebuild,” she said."));
        var document = Reader.ReadOk("a.txt", broken);
        Assert.Equal(["Mayor Inés Peña spoke.", "“We will rebuild,” she said."], Reader.Texts(document));
        Assert.Equal(4, document.RepairedCharacters);
    }

    [Fact]
    public void Latin1_text_that_is_right_as_it_is_is_not_counted()
    {
        Assert.Equal(0, Reader.ReadOk("a.txt", "SÃO PAULO: a cidade votou.\n\nCafé.").RepairedCharacters);
    }
}
