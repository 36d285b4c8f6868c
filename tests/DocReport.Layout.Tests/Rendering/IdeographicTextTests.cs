using DocReport.Layout.Text;

namespace DocReport.Layout.Tests.Rendering;

public class IdeographicTextTests
{
    private const string Chinese = "谷歌在二零一四年收购的人工智能公司开发出一款能够用自己的记忆学习新知识的计算机。这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答问题。";

    private static List<TextLine> Lines(string text, float width)
    {
        var builder = new WordBuilder(FontCatalog.Shared);
        return LineBreaker.Break(builder.Build([(new TextSpan(text), text, new TextStyle())]), width, 0, builder);
    }

    [Fact]
    public void Chinese_text_without_spaces_wraps_between_characters_and_fills_each_line()
    {
        var lines = Lines(Chinese, 150);
        Assert.True(lines.Count > 3, $"{lines.Count} lines");
        foreach (var line in lines.SkipLast(1)) Assert.InRange(line.Width, 150 - 2 * 10, 150);
        Assert.Equal(Chinese, string.Concat(lines.SelectMany(l => l.Words).Select(w => w.Text)));
    }

    [Fact]
    public void No_line_starts_with_closing_punctuation_or_ends_with_an_opening_bracket()
    {
        var text = string.Concat(Enumerable.Repeat("他说：「是的，我们会来。」她问：（为什么？）", 12));
        foreach (var width in new[] { 90f, 101, 117, 133, 150 })
        foreach (var line in Lines(text, width))
        {
            Assert.DoesNotContain(line.Words[0].Text[0], "，。：」）？");
            Assert.DoesNotContain(line.Words[^1].Text[^1], "「（");
        }
    }

    [Fact]
    public void A_latin_word_inside_chinese_text_stays_whole()
    {
        var text = string.Concat(Enumerable.Repeat("人工智能公司DeepMind开发出", 10));
        foreach (var line in Lines(text, 120))
            Assert.All(line.Words.Where(w => w.Text.Any(char.IsAsciiLetter)), w => Assert.Equal("DeepMind", w.Text));
    }

    [Fact]
    public void Chinese_is_drawn_with_an_installed_font_that_has_it_or_reported_as_uncovered()
    {
        using var pdf = Pdf.Render(p => p.Content().Text("Report 报告"));
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (InstalledFonts.Covers('报'))
        {
            Assert.Contains(letters, l => l.Value == "报");
            Assert.Empty(InstalledFonts.Uncovered("报告"));
        }
        else
            Assert.Equal("Hani", Assert.Single(InstalledFonts.Uncovered("Report 报告")).Script);
    }

    // 市, 新 and 放 have a Simplified form Noto Sans CJK's Japanese face maps no character to, and 一, 十 and 月 share
    // their glyphs with the Kangxi radicals ⼀, ⼗ and ⽉: read back, the brief gave "城 图书馆重 开" and "⼀⽉".
    [Theory]
    [InlineData("zh", "城市图书馆重新开放，一月十日起每天开放。")]
    [InlineData("zh-TW", "城市圖書館重新開放，一月十日起每天開放。")]
    [InlineData("ja", "市立図書館は一月十日に再開する。")]
    public void Han_text_is_read_back_from_the_pdf_character_for_character(string language, string text)
    {
        if (!text.All(c => InstalledFonts.Covers(c))) return;
        using var pdf = Pdf.Render(p => p.DefaultTextStyle(new TextStyle { Language = language }).Content().Text(text));
        Assert.Equal(text, string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)));
    }
}

public class InstalledFontsTests
{
    [Fact]
    public void Uncovered_characters_are_grouped_by_script_most_frequent_first()
    {
        var uncovered = InstalledFonts.Uncovered("abc สวัสดี 中文字 ครับ", c => c < 0x0E00);
        Assert.Equal(["Thai", "Hani"], uncovered.Select(u => u.Script));
        Assert.Equal(10, uncovered[0].Characters);
        Assert.Equal("ส", uncovered[0].Example);
    }

    [Fact]
    public void Latin_and_the_scripts_dejavu_has_are_covered() =>
        Assert.Empty(InstalledFonts.Uncovered("Zoë Ångström, Ελληνικά, Кириллица, שלום, مرحبا"));
}
