using static DocReport.Tests.Reading.Html.DateWaysTests;

namespace DocReport.Tests.Reading.Html;

/// <summary>
/// Round 43's battery of the forms a publication date is given in, each a made-up page: meta tags, JSON-LD, marked elements,
/// the byline's text in the languages of trafilatura's evaluation set, numeric orders, the address, and what is no date.
/// </summary>
public class DateFormsTests
{
    [Theory]
    [InlineData("<meta name=\"pdate\" content=\"20261207\">")]
    [InlineData("<meta name=\"ptime\" content=\"20261207103000\">")]
    [InlineData("<meta name=\"DC.date\" content=\"2026-12-07\">")]
    [InlineData("<meta name=\"dcterms.date\" content=\"2026-12-07T10:30:00+01:00\">")]
    [InlineData("<meta name=\"pubdate\" content=\"2026-12-07T10:30:00Z\">")]
    [InlineData("<meta name=\"article:published_time\" content=\"2026-12-07T10:30:00+01:00\">")]
    [InlineData("<meta name=\"sailthru.date\" content=\"Mon, 07 Dec 2026 10:30:00 -0000\">")]
    [InlineData("<meta name=\"parsely-pub-date\" content=\"2026-12-07T10:30:00.000Z\">")]
    [InlineData("<meta name=\"DC.date.issued\" scheme=\"W3CDTF\" content=\"2026-12-07\">")]
    [InlineData("<meta name=\"DC.Date.Issued\" content=\"2026-12-07T10:30:00+01:00\">")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2026-12-07\">")]
    [InlineData("<meta property=\"og:published_time\" content=\"2026-12-07T10:30:00.000000+00:00\">")]
    [InlineData("<meta name=\"publish-date\" content=\"07.12.2026\">")]
    [InlineData("<meta name=\"date\" content=\"2026-12-07\">")]
    [InlineData("<meta name=\"Date\" content=\"Mon, 07 Dec 2026 10:30:00 GMT\">")]
    [InlineData("<meta name=\"pubdate\" content=\"2026-12-07T10:30:00+0100\">")]
    [InlineData("<meta property=\"article:published_time\" content=\"2026-12-07T10:30:00.000+01:00\"><meta property=\"article:modified_time\" content=\"2026-12-08T10:30:00.000+01:00\">")]
    [InlineData("<meta property=\"og:updated_time\" content=\"2026-12-08T10:30:00+01:00\"><meta name=\"pubdate\" content=\"2026-12-07\">")]
    public void Meta_tags(string head) => Assert.Equal("2026-12-07", Day(Published(head, Article(""), "de")));

    [Theory]
    [InlineData("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2026-11-30T08:00:00+01:00\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-12-07T10:30:00+01:00\"}]}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2026-12-07 10:30:00\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2026-12-07T10:30:00\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"datePublished\":\"2026-12-07\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"Report\",\"datePublished\":\"2026-12-07\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"datePublished\":\"2026-12-07T10:30:00+01:00\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"datePublished\":\"December 7, 2026\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"datePublished\":\"2026-12-07T10:30:00+0100\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"dateModified\":\"2026-12-08T10:30:00+01:00\",\"datePublished\":\"2026-12-07T10:30:00+01:00\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"datePublished\":\"\",\"dateCreated\":\"2026-12-07\"}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Harbour inquiry\",\"datePublished\":\"2026-12-07T10:30:00+01:00\",}")]
    [InlineData("[{\"@context\":\"https://schema.org\",\"@type\":\"Organization\",\"name\":\"Harbour News\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-12-07T10:30:00Z\"}]")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"datePublished\":\"2026-11-30\",\"mainEntity\":{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-12-07T10:30:00+01:00\"}}")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"datePublished\":\"2026-12-07T10:30:00.000000+00:00\"}")]
    public void Json_ld(string json) =>
        Assert.Equal("2026-12-07", Day(Published($"<script type=\"application/ld+json\">{json}</script>", Article(""), "de")));

    [Theory]
    // English
    [InlineData("Dec. 7, 2026", "en")]
    [InlineData("December 7th, 2026", "en")]
    [InlineData("7th December 2026", "en")]
    [InlineData("7th of December, 2026", "en")]
    [InlineData("Monday 7 December 2026 10.30 GMT", "en")]
    [InlineData("December 07, 2026 at 10:30 am", "en")]
    [InlineData("Posted on December 7, 2026 by Ann Lee", "en")]
    [InlineData("Dec 7th 2026", "en")]
    [InlineData("7-Dec-2026", "en")]
    [InlineData("December 7 2026", "en")]
    [InlineData("12/07/2026", "en-US")]
    [InlineData("07/12/2026", "en-GB")]
    [InlineData("By Ann Lee | December 7, 2026", "en")]
    [InlineData("Mon 7 Dec 2026 10.30 GMT", "en")]
    [InlineData("DEC 7, 2026", "en")]
    [InlineData("Published: 7 December 2026", "en")]
    // German
    [InlineData("7. Dezember 2026", "de")]
    [InlineData("07.12.2026 | 10:30 Uhr", "de")]
    [InlineData("Montag, 7. Dezember 2026", "de")]
    [InlineData("7. Dez. 2026", "de")]
    [InlineData("am 7.12.2026", "de")]
    [InlineData("07.12.26", "de")]
    [InlineData("Von Anna Lehmann | 07.12.2026, 10:30 Uhr", "de")]
    [InlineData("Erstellt: 07.12.2026", "de")]
    [InlineData("7. Dezember 2026 um 10:30", "de")]
    [InlineData("Mo, 07.12.2026 - 10:30", "de")]
    // French
    [InlineData("7 décembre 2026", "fr")]
    [InlineData("lundi 7 décembre 2026 à 10h30", "fr")]
    [InlineData("07 déc. 2026", "fr")]
    [InlineData("Le 07/12/2026", "fr")]
    [InlineData("Publié le 7 déc. 2026 à 10:30", "fr")]
    // Spanish
    [InlineData("7 de diciembre de 2026", "es")]
    [InlineData("07 dic 2026", "es")]
    [InlineData("Lunes, 07 de diciembre de 2026 - 10:30", "es")]
    [InlineData("07/12/2026 10:30 h", "es")]
    [InlineData("diciembre 7, 2026", "es")]
    [InlineData("diciembre 07 de 2026", "es")]
    // Italian
    [InlineData("7 dicembre 2026", "it")]
    [InlineData("lunedì 7 dicembre 2026", "it")]
    [InlineData("07 dic 2026", "it")]
    [InlineData("07/12/2026 ore 10:30", "it")]
    // Portuguese
    [InlineData("7 de dezembro de 2026", "pt")]
    [InlineData("07/12/2026 às 10h30", "pt-BR")]
    [InlineData("7 dez 2026", "pt")]
    [InlineData("07/12/2026 - 10h30", "pt")]
    // Dutch
    [InlineData("7 december 2026", "nl")]
    [InlineData("maandag 7 december 2026", "nl")]
    [InlineData("7 dec. 2026", "nl")]
    [InlineData("07-12-2026 10:30", "nl")]
    // Polish, Czech
    [InlineData("7 grudnia 2026", "pl")]
    [InlineData("07.12.2026, 10:30", "pl")]
    [InlineData("7. prosince 2026", "cs")]
    [InlineData("7. 12. 2026", "cs")]
    // Russian, Ukrainian
    [InlineData("7 декабря 2026", "ru")]
    [InlineData("07.12.2026 10:30", "ru")]
    [InlineData("7 дек 2026", "ru")]
    [InlineData("7 декабря 2026 года", "ru")]
    [InlineData("7 грудня 2026", "uk")]
    [InlineData("07 грудня 2026 р.", "uk")]
    // Greek, Turkish
    [InlineData("7 Δεκεμβρίου 2026", "el")]
    [InlineData("Δευτέρα, 7 Δεκεμβρίου 2026", "el")]
    [InlineData("07/12/2026", "el")]
    [InlineData("7 Δεκ 2026", "el")]
    [InlineData("7 Aralık 2026", "tr")]
    [InlineData("07.12.2026", "tr")]
    [InlineData("7 Aralık 2026 Pazartesi", "tr")]
    [InlineData("7 Ara 2026", "tr")]
    [InlineData("7 груд. 2026", "uk")]
    [InlineData("Sen, 7 Des 2026", "id")]
    // Chinese, Japanese, Korean
    [InlineData("2026年12月7日", "zh")]
    [InlineData("2026-12-07 10:30", "zh-CN")]
    [InlineData("2026/12/07", "zh-TW")]
    [InlineData("2026年12月7日(月) 10時30分", "ja")]
    [InlineData("2026.12.07", "ja")]
    [InlineData("2026.12.07 10:30", "ko")]
    [InlineData("2026년 12월 7일", "ko")]
    // Nordic, Finnish, Hungarian, Romanian, Croatian, Indonesian, Arabic, Hebrew
    [InlineData("7 december 2026", "sv")]
    [InlineData("7. december 2026", "da")]
    [InlineData("7. desember 2026", "no")]
    [InlineData("7.12.2026", "fi")]
    [InlineData("7. joulukuuta 2026", "fi")]
    [InlineData("2026. december 7.", "hu")]
    [InlineData("2026.12.07.", "hu")]
    [InlineData("7 decembrie 2026", "ro")]
    [InlineData("7. prosinca 2026.", "hr")]
    [InlineData("Senin, 07 Des 2026 10:30 WIB", "id")]
    [InlineData("7 Desember 2026", "id")]
    [InlineData("7 ديسمبر 2026", "ar")]
    [InlineData("7 בדצמבר 2026", "he")]
    public void Date_lines(string line, string lang) =>
        Assert.Equal("2026-12-07", Day(Published("", Article($"<p class=\"date\">{line}</p>"), lang)));

    [Theory]
    // The same lines with no class to mark them: a short line under the title.
    [InlineData("7. Dezember 2026", "de")]
    [InlineData("Dec. 7, 2026", "en")]
    [InlineData("7 de diciembre de 2026", "es")]
    [InlineData("7 декабря 2026", "ru")]
    [InlineData("7 Aralık 2026", "tr")]
    [InlineData("7 Δεκεμβρίου 2026", "el")]
    [InlineData("2026年12月7日", "zh")]
    public void Unmarked_date_lines(string line, string lang) =>
        Assert.Equal("2026-12-07", Day(Published("", Article($"<div>{line}</div>"), lang)));

    [Theory]
    // The order of a numeric date: a day over 12 decides it.
    [InlineData("13/12/2026", "en", "2026-12-13")]
    [InlineData("12/13/2026", "en", "2026-12-13")]
    [InlineData("12/07/2026", "en", null)]
    [InlineData("12/07/2026", "en-PH", "2026-12-07")]
    [InlineData("12/07/2026", "en-CA", null)]
    [InlineData("12/07/2026", "en-AU", "2026-07-12")]
    public void Numeric_orders(string line, string lang, string? day) =>
        Assert.Equal(day, Day(Published("", Article($"<p class=\"date\">{line}</p>"), lang)));

    [Theory]
    [InlineData("<link rel=\"canonical\" href=\"https://harbour.example/2026/12/07/inquiry/\">", "2026-12-07")]
    [InlineData("<meta property=\"og:url\" content=\"https://harbour.example/2026/12/07/inquiry/\">", "2026-12-07")]
    [InlineData("<link rel=\"canonical\" href=\"https://harbour.example/news/2026-12-07-inquiry\">", "2026-12-07")]
    [InlineData("<link rel=\"canonical\" href=\"https://harbour.example/news/2026/12/inquiry\">", null)]
    public void Addresses(string head, string? day) => Assert.Equal(day, Day(Published(head, Article(""), "en")));

    [Theory]
    // Updates: the publication wins.
    [InlineData("Оновлено: 08.12.2026 Опубліковано: 07.12.2026", "uk")]
    [InlineData("Обновлено: 08.12.2026 Опубликовано: 07.12.2026", "ru")]
    [InlineData("Ενημερώθηκε: 08/12/2026 Δημοσιεύθηκε: 07/12/2026", "el")]
    [InlineData("更新: 2026年12月8日 公開: 2026年12月7日", "ja")]
    [InlineData("更新时间：2026-12-08 发布时间：2026-12-07", "zh")]
    [InlineData("Zuletzt aktualisiert: 08.12.2026 | Erstellt: 07.12.2026", "de")]
    [InlineData("Updated Dec. 8, 2026 Originally published Dec. 7, 2026", "en")]
    [InlineData("Actualizado el 08/12/2026 Publicado el 07/12/2026", "es")]
    [InlineData("Aggiornato l'8 dicembre 2026 Pubblicato il 7 dicembre 2026", "it")]
    [InlineData("Atualizado em 08/12/2026 Publicado em 07/12/2026", "pt")]
    [InlineData("Güncelleme: 08.12.2026 Yayınlanma: 07.12.2026", "tr")]
    [InlineData("Zaktualizowano: 08.12.2026 Opublikowano: 07.12.2026", "pl")]
    [InlineData("수정 2026.12.08 10:30 입력 2026.12.07 10:30", "ko")]
    public void Updates_then_publication(string line, string lang) =>
        Assert.Equal("2026-12-07", Day(Published("", Article($"<p class=\"date\">{line}</p>"), lang)));

    [Theory]
    // Updates in their own element before the publication's.
    [InlineData("<p class=\"updated\">Оновлено 08.12.2026</p><p class=\"date\">07.12.2026</p>", "uk")]
    [InlineData("<div><span>Aktualisiert:</span> <time datetime=\"2026-12-08T10:00:00+01:00\">08.12.2026</time></div><div><time datetime=\"2026-12-07T10:00:00+01:00\">07.12.2026</time></div>", "de")]
    public void Updates_in_elements(string lines, string lang) =>
        Assert.Equal("2026-12-07", Day(Published("", Article(lines), lang)));

    [Theory]
    // No date: relative dates, copyright years.
    [InlineData("Today, 10:30", "en")]
    [InlineData("heute, 10:30 Uhr", "de")]
    [InlineData("gestern, 10:30 Uhr", "de")]
    [InlineData("vor 3 Stunden", "de")]
    [InlineData("hace 3 horas", "es")]
    [InlineData("3 ore fa", "it")]
    [InlineData("há 3 horas", "pt")]
    [InlineData("3 uur geleden", "nl")]
    [InlineData("3 saat önce", "tr")]
    [InlineData("3 時間前", "ja")]
    [InlineData("3 시간 전", "ko")]
    [InlineData("3 години тому", "uk")]
    [InlineData("πριν από 3 ώρες", "el")]
    [InlineData("© 2026 Harbour News. All rights reserved.", "en")]
    [InlineData("Copyright 2024-2026 Harbour News", "en")]
    [InlineData("Dezember 2026", "de")]
    public void No_date(string line, string lang) => Assert.Null(Published("", Article($"<p class=\"date\">{line}</p>"), lang));

    [Fact]
    public void A_comments_date_is_not_the_articles() =>
        Assert.Null(Published("", Article("") + "<section id=\"comments\"><div class=\"comment\"><span class=\"comment-date\">8 December 2026</span><p>Good read.</p></div></section>", "en"));

    [Fact]
    public void A_time_element_in_the_articles_header_wins_over_a_sidebar_s() =>
        Assert.Equal("2026-12-07", Day(Published("", "<div class=\"widget\"><ul><li><a href=\"/x\">Ferry fares rise again this spring</a> <time datetime=\"2026-12-01\">1 Dec</time></li></ul></div>"
            + "<article><header><h1>Harbour inquiry</h1><time datetime=\"2026-12-07T10:30:00+01:00\">7 Dec</time></header>" + Story + "</article>", "en")));

    [Fact]
    public void The_site_headers_date_of_today_is_not_the_articles() =>
        Assert.Equal("2026-12-07", Day(Published("", "<header class=\"site-header\"><span>Tuesday, 15 December 2026</span></header>"
            + Article("<p class=\"byline\">By Ann Lee, 7 December 2026</p>"), "en")));

    [Theory]
    // Press releases and wire copy open their first paragraph with the place, the date and a dash.
    [InlineData("<p>BERLIN, 07.12.2026 – Die Stadt hat den Hafen neu vermessen und legt dem Rat am Montag einen Plan vor.</p>", "de")]
    [InlineData("<p>Hamburg, 7. Dezember 2026 – Die Stadt hat den Hafen neu vermessen und legt dem Rat am Montag einen Plan vor.</p>", "de")]
    [InlineData("<p>WASHINGTON, Dec. 7, 2026 /PRNewswire/ -- The harbour authority today announced a plan for the northern quay.</p>", "en")]
    [InlineData("<p>LONDON, 7 December 2026 — The harbour authority today announced a plan for the northern quay.</p>", "en")]
    [InlineData("<p>PARIS, le 7 décembre 2026 – Le port a présenté un plan pour le quai nord.</p>", "fr")]
    [InlineData("<p>MADRID, 7 de diciembre de 2026 - El puerto presentó un plan para el muelle norte.</p>", "es")]
    public void Datelines_of_press_releases(string paragraph, string lang) =>
        Assert.Equal("2026-12-07", Day(Published("", $"<article><h1>Harbour inquiry</h1>{paragraph}{Story}</article>", lang)));

    [Theory]
    // Marked elements whose text alone holds the date, and a date split into boxes of its own.
    [InlineData("<p>Veröffentlicht am <span itemprop=\"datePublished\">07.12.2026</span></p>", "de")]
    [InlineData("<div class=\"post-date\"><span class=\"day\">07</span><span class=\"month\">Dez</span><span class=\"year\">2026</span></div>", "de")]
    [InlineData("<span class=\"published\" title=\"2026-12-07T10:30:00+01:00\">vor 3 Tagen</span>", "de")]
    [InlineData("<time itemprop=\"datePublished\" datetime=\"2026-12-07\">7. Dezember</time>", "de")]
    [InlineData("<div class=\"entry-meta\">Gepostet am 7. Dezember 2026 von Anna</div>", "de")]
    [InlineData("<h4>7. Dezember 2026</h4>", "de")]
    public void Marked_and_split_dates(string line, string lang) =>
        Assert.Equal("2026-12-07", Day(Published("", Article(line), lang)));

    [Fact]
    public void A_footers_copyright_is_no_date() =>
        Assert.Null(Published("", Article("") + "<footer><p>Copyright © 2026 Harbour News</p></footer>", "en"));
}
