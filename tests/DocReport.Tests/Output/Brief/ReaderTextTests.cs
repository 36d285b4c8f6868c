using DocReport.Model;
using DocReport.Output.Brief;

namespace DocReport.Tests.Output.Brief;

public class ReaderTextTests
{
    [Theory]
    [InlineData(0.999, "0.99")]
    [InlineData(0.9951, "0.99")]
    [InlineData(0.995, "0.99")]
    [InlineData(1.0, "1.00")]
    [InlineData(0.5, "0.50")]
    [InlineData(0.29, "0.29")]
    [InlineData(0.7946, "0.79")]
    [InlineData(0.7951, "0.80")]
    [InlineData(0.315, "0.32")]
    [InlineData(0.31496, "0.32")]
    [InlineData(0.0, "0.00")]
    public void Scores_have_two_decimals_as_the_workbook_shows_them_and_only_1_reads_1_00(double score, string expected) =>
        Assert.Equal(expected, ReaderText.Score(score));

    [Fact]
    public void Scores_use_a_full_stop_whatever_the_culture()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try { Assert.Equal("0.75", ReaderText.Score(0.75)); }
        finally { Thread.CurrentThread.CurrentCulture = before; }
    }

    [Theory]
    [InlineData("2025-03-08", "8 March 2025")]
    [InlineData("2019-01-03T07:00:02.000Z", "3 January 2019")]
    [InlineData("2025-03-08T23:30:00-05:00", "8 March 2025")]
    [InlineData("2025-03-09T01:15:00+09:00", "9 March 2025")]
    [InlineData("2025-03", "March 2025")]
    [InlineData("spring 2025", "spring 2025")]
    public void Dates_are_written_for_people_on_the_day_of_their_own_time_zone(string published, string expected) =>
        Assert.Equal(expected, ReaderText.Date(published));

    [Fact]
    public void Claim_types_leave_out_other_which_says_no_type_fits()
    {
        var claim = new Claim("C1", "P1.S1", "P1", "x", 0, 1) { Types = [ClaimType.Statistic, ClaimType.Other] };
        Assert.Equal("Statistic", ReaderText.ClaimTypes(claim));
        Assert.Equal("", ReaderText.ClaimTypes(claim with { Types = [ClaimType.Other] }));
    }

    [Theory]
    [InlineData(InputFormat.Html, "HTML")]
    [InlineData(InputFormat.Text, "Plain text")]
    [InlineData(InputFormat.Docx, "Word (DOCX)")]
    [InlineData(InputFormat.Pdf, "PDF")]
    [InlineData(InputFormat.Markdown, "Markdown")]
    public void Formats_are_named_as_people_say_them(InputFormat format, string expected) =>
        Assert.Equal(expected, ReaderText.FormatName(format));

    [Fact]
    public void Every_format_has_a_name_other_than_its_enum_name_or_is_an_acronym()
    {
        foreach (var format in Enum.GetValues<InputFormat>())
            Assert.DoesNotContain(ReaderText.FormatName(format), new[] { "Html", "Text", "Docx", "Pdf" });
    }

    [Theory]
    [InlineData("https://www.example.gov/reports/2024/", "example.gov/reports/2024")]
    [InlineData("http://news.example/a?b=1", "news.example/a?b=1")]
    [InlineData("https://example.tn/article/1/%D8%A7%D9%84%D9%86", "example.tn/article/1/الن")]
    [InlineData("mailto:desk@example.org", "mailto:desk@example.org")]
    public void Urls_are_shown_without_scheme_and_with_escapes_decoded(string url, string expected) =>
        Assert.Equal(expected, ReaderText.ShortUrl(url));

    [Fact]
    public void Long_urls_are_cut_with_an_ellipsis()
    {
        var shown = ReaderText.ShortUrl("https://example.com/" + new string('a', 200), 40);
        Assert.Equal(40, shown.Length);
        Assert.EndsWith("…", shown);
    }
}
