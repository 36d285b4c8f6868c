using System.Text;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Validation;

namespace DocReport.Tests.Reading;

/// <summary>
/// Text saved in a legacy code page with no charset: read right where its script shows the encoding, and otherwise
/// converted with a warning that the encoding was guessed, never silently as Windows-1252.
/// </summary>
public class LegacyEncodingTests
{
    private const string Japanese = "図書館の開館時間\n\n市の図書館は来月から開館時間を午後九時まで延長すると発表した。利用者の多くは、仕事の後に本を借りられるようにしてほしいと求めていた。";
    private const string Korean = "도서관 개관 시간 연장\n\n시립 도서관은 다음 달부터 개관 시간을 오후 아홉 시까지 연장한다고 발표했다. 이용자 대부분은 퇴근 후에도 책을 빌릴 수 있기를 원했다.";
    private const string Chinese = "图书馆延长开放时间\n\n市图书馆宣布从下个月起把开放时间延长到晚上九点。许多读者希望下班以后也能借书。";
    private const string Russian = "Библиотека работает дольше\n\nГородская библиотека объявила, что со следующего месяца будет открыта до девяти часов вечера. Многие читатели просили об этом.";
    private const string French = "La bibliothèque ouvre plus tard\n\nLa bibliothèque municipale a annoncé qu'elle resterait ouverte jusqu'à vingt et une heures dès l'été prochain. Les lecteurs l'avaient demandé.";

    private static byte[] Encoded(string text, int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes(text);

    private static ArticleDataset Convert(string name, byte[] bytes)
    {
        var result = new PipelineBuilder().Build().Convert(new SourceFile(name, bytes));
        Assert.True(result.Succeeded, result.Error);
        return result.Dataset!;
    }

    [Theory]
    [InlineData(Japanese, 932)]     // Shift_JIS
    [InlineData(Japanese, 51932)]   // EUC-JP
    [InlineData(Korean, 949)]       // EUC-KR
    public void Japanese_and_Korean_in_their_legacy_encodings_read_as_written(string text, int codePage)
    {
        var document = Reader.ReadOk("library.txt", Encoded(text, codePage));

        Assert.Equal(text.Split("\n\n"), Reader.Texts(document));
        Assert.False(document.EncodingGuessed);
    }

    [Fact]
    public void A_Shift_JIS_page_without_a_charset_reads_as_Japanese()
    {
        var page = $"<html><head><title>図書館の開館時間</title></head><body><article><p>{Japanese.Split("\n\n")[1]}</p></article></body></html>";

        var document = Reader.ReadOk("library.html", Encoded(page, 932));

        Assert.Contains(Japanese.Split("\n\n")[1], Reader.Texts(document));
    }

    [Theory]
    [InlineData(Chinese, 936)]      // GBK
    [InlineData(Russian, 1251)]     // Windows-1251
    public void Text_whose_legacy_encoding_cannot_be_told_is_converted_with_a_warning(string text, int codePage)
    {
        var dataset = Convert("library.txt", Encoded(text, codePage));

        var warning = Assert.Single(dataset.Validation, v => v.Code == ValidationCodes.EncodingGuessed);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("UTF-8", warning.Message);
    }

    [Theory]
    [InlineData("library.txt")]
    [InlineData("library.md")]
    [InlineData("library.html")]
    public void Text_read_as_Windows_1252_for_want_of_a_better_guess_is_not_claimed_repaired(string name)
    {
        // Chinese in GBK read as Windows-1252 makes "Â" and "Ã" pairs by chance: they are no UTF-8 to repair.
        var text = name.EndsWith(".html", StringComparison.Ordinal)
            ? $"<html><head><title>图书馆</title></head><body><article><p>{Chinese.Replace("\n\n", "</p><p>")}</p></article></body></html>"
            : Chinese;

        var dataset = Convert(name, Encoded(text, 936));

        Assert.Contains(dataset.Validation, v => v.Code == ValidationCodes.EncodingGuessed);
        Assert.DoesNotContain(dataset.Validation, v => v.Code == ValidationCodes.TextRepaired);
    }

    [Fact]
    public void Western_text_in_Windows_1252_reads_right_without_a_warning()
    {
        var dataset = Convert("library.txt", Encoded(French, 1252));

        Assert.Contains("jusqu'à vingt et une heures dès l'été prochain", dataset.Text);
        Assert.DoesNotContain(dataset.Validation, v => v.Code == ValidationCodes.EncodingGuessed);
    }

    [Fact]
    public void UTF_8_with_a_stray_Latin_1_byte_keeps_its_Japanese_and_gets_no_warning()
    {
        var bytes = Encoding.UTF8.GetBytes(Japanese + "\n\nCaf").Concat(new byte[] { 0xE9, (byte)'.' }).ToArray();

        var document = Reader.ReadOk("library.txt", bytes);

        Assert.Contains(Japanese.Split("\n\n")[1], Reader.Texts(document));
        Assert.Contains("Café.", Reader.Texts(document));
        Assert.False(document.EncodingGuessed);
    }
}
