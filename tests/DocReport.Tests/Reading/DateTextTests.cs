using DocReport.Reading;

namespace DocReport.Tests.Reading;

public class DateTextTests
{
    [Theory]
    [InlineData("Veröffentlicht am 14. Juni 2019, 15:49", "2019-06-14")]
    [InlineData("Publikacja: 04.05.2021", "2021-05-04")]
    [InlineData("posted March 8, 2025 by the desk", "2025-03-08")]
    [InlineData("Stand: 2021/10/16 | Botschaft", "2021-10-16")]
    [InlineData("le 3 décembre 2026 à 10h", "2026-12-03")]
    [InlineData("опубликовано 5 марта 2021", "2021-03-05")]
    [InlineData("Objavljeno 5. ožujka 2023.", "2023-03-05")]
    [InlineData("Avaldatud 5. märts 2023", "2023-03-05")]
    [InlineData("Udgivet 5. marts 2023", "2023-03-05")]
    [InlineData("Objavljeno 12. julij 2023", "2023-07-12")]
    [InlineData("Opublikowano 3 listopada 2023", "2023-11-03")]
    [InlineData("Stand 21-10-2022", "2022-10-21")]
    [InlineData("04/21/2022", "2022-04-21")]
    [InlineData("2023-11-08T23:30:59-06:00", "2023-11-08T23:30:59-06:00")]
    [InlineData("2023-11-08T23:30:59", "2023-11-08")]
    [InlineData("Von Gerd Albers 4. 2. 2022.", "2022-02-04")]
    [InlineData("Von Gerd Albers 4.\u20092.\u20092022.", "2022-02-04")]
    [InlineData("Veröffentlicht am 14.Juni 2019", "2019-06-14")]
    [InlineData("Wien, 3. Jänner 2022", "2022-01-03")]
    [InlineData("Publikováno 5. března 2023", "2023-03-05")]
    [InlineData("Julkaistu 5. maaliskuuta 2023", "2023-03-05")]
    [InlineData("12 Kasım 2021 Cuma", "2021-11-12")]
    [InlineData("Publicat: 7 octombrie 2020", "2020-10-07")]
    [InlineData("5 de març de 2023", "2023-03-05")]
    [InlineData("Közzétéve: 2023. március 5. 10:12", "2023-03-05")]
    [InlineData("发布时间：2016年10月14日 08:30", "2016-10-14")]
    [InlineData("2023년 3월 5일", "2023-03-05")]
    public void Find_gives_the_first_date_written_anywhere(string text, string expected) => Assert.Equal(expected, DateText.Find(text));

    [Theory]
    [InlineData("The council met on Tuesday.")]
    [InlineData("04/05/2021")]
    [InlineData("31.02.2021")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("Punkte 4. 2. 22")]
    public void Find_gives_nothing_for_no_date_an_ambiguous_one_or_an_impossible_one(string text) => Assert.Null(DateText.Find(text));

    [Theory]
    [InlineData("Tuesday, 3 March 2020", "2020-03-03")]
    [InlineData("Posted Dec 28 Sat 2013 by the desk", "2013-12-28")]
    [InlineData("Tue, Mar 3rd 2020", "2020-03-03")]
    [InlineData("the 3rd of March, 2020", "2020-03-03")]
    [InlineData("Sept. 3, 2020", "2020-09-03")]
    [InlineData("3 Mar. 2020", "2020-03-03")]
    [InlineData("1º de marzo de 2020", "2020-03-01")]
    [InlineData("1.º de março de 2020", "2020-03-01")]
    [InlineData("3 de marzo del 2020", "2020-03-03")]
    [InlineData("3 d'abril de 2020", "2020-04-03")]
    [InlineData("Logged 03-Mar-2020 10:15", "2020-03-03")]
    [InlineData("3/March/2020", "2020-03-03")]
    [InlineData("03-Mar-20", "2020-03-03")]
    [InlineData("Publicado 04.mar.2021 | 10:30", "2021-03-04")]
    [InlineData("am 4.Mai.21 um 9:00", "2021-05-04")]
    [InlineData("Mar 3, '21", "2021-03-03")]
    [InlineData("3 March ’21", "2021-03-03")]
    [InlineData("Stand: 4. Mär. 21", "2021-03-04")]
    [InlineData("发布 2020-3-4 10:00", "2020-03-04")]
    [InlineData("2020. 3. 4. 오후 2:15", "2020-03-04")]
    [InlineData("3 setiembre 2020", "2020-09-03")]
    [InlineData("le 4 aout 2020", "2020-08-04")]
    [InlineData("le 4 juill. 2020", "2020-07-04")]
    [InlineData("4 сент. 2020", "2020-09-04")]
    [InlineData("4 sett. 2020", "2020-09-04")]
    public void Find_reads_weekdays_ordinals_abbreviations_two_digit_years_and_more_month_names(string text, string expected) =>
        Assert.Equal(expected, DateText.Find(text));

    [Theory]
    [InlineData("2 days ago")]
    [InlineData("vor 3 Tagen")]
    [InlineData("hace 2 días")]
    [InlineData("il y a 3 jours")]
    [InlineData("Yesterday at 10:30 pm")]
    [InlineData("Today, 14:30")]
    [InlineData("Stand: 4. Mär. 21:30 Uhr")]
    [InlineData("On March 3, 21 boats left the harbour")]
    [InlineData("Punkte 4 März 21")]
    [InlineData("Item 2020-3-45")]
    public void Find_gives_no_date_for_a_relative_one_or_a_number_that_is_no_year(string text) => Assert.Null(DateText.Find(text));

    [Theory]
    [InlineData("03/04/19", "en-US", "2019-03-04")]
    [InlineData("03/04/19", "en-GB", "2019-04-03")]
    [InlineData("03.04.19", "en", "2019-04-03")]
    [InlineData("03/04/19", "en", null)]
    public void A_two_digit_year_is_read_in_the_pages_order(string text, string language, string? expected) =>
        Assert.Equal(expected, DateText.Find(text, NumericDateOrders.Of(language)));

    [Fact]
    public void Days_gives_the_day_of_every_date_written() =>
        Assert.Equal(["2021-05-04", "2023-11-08", "2024-03-03"], DateText.Days("Publikacja: 04.05.2021, then March 3, 2024 and 2023-11-08T23:30:59-06:00").Order());

    [Theory]
    [InlineData("Published: Sunday, March 3rd, 2024 at 10:30 a.m.", "2024-03-03")]
    [InlineData("Sat, 08 Mar 2025 10:00:00 GMT", "2025-03-08T10:00:00+00:00")]
    [InlineData("Tue, 03 Mar 2020 14:02:00 +0100", "2020-03-03T14:02:00+01:00")]
    [InlineData("3 Mar 2020 14:02 -0500", "2020-03-03T14:02:00-05:00")]
    [InlineData("2025-03-08T10:00:00+01:00", "2025-03-08T10:00:00+01:00")]
    [InlineData("8. März 2025", "2025-03-08")]
    public void ToIso_reads_a_value_that_is_only_a_date(string value, string expected) => Assert.Equal(expected, DateText.ToIso(value));

    [Theory]
    [InlineData("Tue, 03 Mar 2020 14:02:00 +0100 and later", "2020-03-03T14:02:00+01:00")]
    [InlineData("Tue, 03 Mar 2020 25:02:00 +0100", "2020-03-03")]
    [InlineData("Tue, 03 Mar 2020 14:02:00 CET", "2020-03-03")]
    public void An_rfc_1123_timestamp_keeps_its_time_and_zone_only_when_both_are_read(string text, string expected) =>
        Assert.Equal(expected, DateText.Find(text));

    [Theory]
    [InlineData("March 3, 2024 the council voted to close the bridge")]
    [InlineData("Jane Roe")]
    public void ToIso_rejects_a_value_that_says_more_than_a_date(string value) => Assert.Null(DateText.ToIso(value));

    [Theory]
    [InlineData("投稿日：令和3年3月4日", "2021-03-04")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("発行日 ２０２１年３月４日", "2021-03-04")]
    [InlineData("民國110年3月4日", "2021-03-04")]
    [InlineData("เผยแพร่ 4 มีนาคม 2564", "2021-03-04")]
    [InlineData("4 มี.ค. 2564 10:00 น.", "2021-03-04")]
    [InlineData("۱۴ اسفند ۱۳۹۹", "2021-03-04")]
    [InlineData("انتشار: ۲۰۲۱/۰۳/۰۴", "2021-03-04")]
    [InlineData("الخميس ٤ مارس ٢٠٢١", "2021-03-04")]
    [InlineData("نشر في 4 آذار 2021", "2021-03-04")]
    [InlineData("פורסם ב-4 במרץ 2021", "2021-03-04")]
    [InlineData("प्रकाशित: 4 मार्च 2021", "2021-03-04")]
    [InlineData("Публикувано на 4 септември 2021", "2021-09-04")]
    [InlineData("Diterbitkan 4 Mac 2021", "2021-03-04")]
    [InlineData("Marso 4, 2021", "2021-03-04")]
    [InlineData("4 Mawrth 2021", "2021-03-04")]
    [InlineData("2021 m. kovo 4 d.", "2021-03-04")]
    [InlineData("Publicēts 2021. gada 4. martā", "2021-03-04")]
    [InlineData("2021ko martxoaren 4a", "2021-03-04")]
    [InlineData("Thứ năm, ngày 4 tháng 3 năm 2021", "2021-03-04")]
    [InlineData("Veröffentlicht am 4. Ma\u0308rz 2021", "2021-03-04")]
    [InlineData("Ve\u0308rsion \uFFFE vom 4. März 2021", "2021-03-04")]
    public void Find_reads_other_scripts_digits_calendars_and_languages(string text, string expected) => Assert.Equal(expected, DateText.Find(text));

    [Theory]
    [InlineData("平成32年13月4日")]
    [InlineData("31 اسفند ۱۳۹۹")]
    [InlineData("4 มีนาคม 3564")]
    public void Find_gives_nothing_for_an_impossible_day_in_another_calendar(string text) => Assert.Null(DateText.Find(text));

    [Theory]
    [InlineData("ΔΕΥΤΕΡΑ, 7 ΔΕΚΕΜΒΡΙΟΥ 2026", "2026-12-07")]
    [InlineData("7 ΜΑΪΟΥ 2026", "2026-05-07")]
    [InlineData("7 Μαΐου 2026", "2026-05-07")]
    [InlineData("7 Μαιου 2026", "2026-05-07")]
    public void Find_reads_greek_month_names_without_their_accents(string text, string expected) => Assert.Equal(expected, DateText.Find(text));

    [Theory]
    [InlineData("08.01.2027 - 02.02.2027")]
    [InlineData("vom 08.01.2027 bis 02.02.2027")]
    [InlineData("January 8, 2027 to February 2, 2027")]
    [InlineData("du 8 janvier 2027 au 2 février 2027")]
    [InlineData("del 8 de enero de 2027 al 2 de febrero de 2027")]
    [InlineData("2027-01-08 – 2027-02-02")]
    [InlineData("2027-01-08 10:00 ~ 2027-01-08 12:00")]
    [InlineData("8.–10. Januar 2027")]
    [InlineData("8-10 January 2027")]
    [InlineData("8. bis 10. Januar 2027")]
    public void IsSpan_tells_a_span_of_days(string text) => Assert.True(DateText.IsSpan(text));

    [Theory]
    [InlineData("07.12.2026 - 10:30")]
    [InlineData("10:30-7 December 2026")]
    [InlineData("Folge 12 – 7. Dezember 2026")]
    [InlineData("Veröffentlicht: 07.12.2026 – Aktualisiert: 08.12.2026")]
    [InlineData("7 December 2026 - 8 min read")]
    [InlineData("7 December 2026")]
    [InlineData("Ausgabe 3/2026 – 7. Dezember 2026")]
    public void IsSpan_leaves_a_date_beside_a_time_a_number_or_a_label(string text) => Assert.False(DateText.IsSpan(text));
}
