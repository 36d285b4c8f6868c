using System.Text;
using DocReport.Tests.Output;

namespace DocReport.Tests.Structure;

/// <summary>
/// Chinese and Japanese text files whose first line is a sentence, closed by a full-width stop ("。", "？"): its words are
/// not spaced, so it counted as one word, a short headline, and became the title, leaving the body without the
/// article's first sentence. It stays in the body, and the title is made from it without its "。", as an English first
/// line closed by a full stop is; a first line with no closing stop is still the headline. Read back from dataset.json.
/// </summary>
public class FullWidthStopTitleTests
{
    [Theory]
    [InlineData("council.txt", "市議会は火曜日、港の修理に三億円の予算を承認したと市長が述べた。", "工事は来月に始まる予定だと港湾局は発表した。")]
    [InlineData("bridge.txt", "新しい橋は五月に開通する予定だと市は発表した。", "通行料は無料になると担当者が述べた。")]
    [InlineData("ferry.txt", "渡轮公司周一表示，冬季航班将每九十分钟一班。", "约有一千八百名乘客每天使用这条航线。")]
    public void A_first_line_closed_by_a_full_width_stop_stays_in_the_body(string name, string first, string second)
    {
        var dataset = JsonRoundTrip.Convert(name, Encoding.UTF8.GetBytes($"{first}\n\n{second}\n"));

        Assert.Equal([first, second], dataset.Paragraphs.Select(p => p.Text));
        Assert.Equal(first[..^1], dataset.Document.Title);
    }

    [Fact]
    public void A_first_line_asking_with_a_full_width_mark_is_a_sentence_too()
    {
        const string first = "新しい図書館はいつ開くのか？";
        const string second = "市は来年の春に開館すると発表した。";

        var dataset = JsonRoundTrip.Convert("library.txt", Encoding.UTF8.GetBytes($"{first}\n\n{second}\n"));

        Assert.Equal([first, second], dataset.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_first_line_without_a_closing_stop_is_still_the_headline()
    {
        const string headline = "市議会、港の修理予算を承認";
        const string body = "市議会は火曜日、港の修理に三億円の予算を承認したと市長が述べた。";

        var dataset = JsonRoundTrip.Convert("headline.txt", Encoding.UTF8.GetBytes($"{headline}\n\n{body}\n"));

        Assert.Equal(headline, dataset.Document.Title);
        Assert.Equal([body], dataset.Paragraphs.Select(p => p.Text));
    }
}
