using static DocReport.Tests.Reading.Html.DateWaysTests;

namespace DocReport.Tests.Reading.Html;

/// <summary>
/// Round 45's forms, each a made-up page: month names in capitals (Greek capitals drop their accents), and a span of days (a
/// season's prices, an event's run), which says when something runs, not when the page was published; with the near forms each
/// must leave alone.
/// </summary>
public class DateRangeAndCapitalsTests
{
    [Theory]
    [InlineData("7 ΔΕΚΕΜΒΡΙΟΥ 2026", "el")]
    [InlineData("ΔΕΥΤΕΡΑ, 7 ΔΕΚΕΜΒΡΙΟΥ 2026", "el")]
    [InlineData("7 ΔΕΚ 2026", "el")]
    [InlineData("7 Δεκεμβριου 2026", "el")]
    [InlineData("7. DEZEMBER 2026", "de")]
    [InlineData("DECEMBER 7, 2026", "en")]
    [InlineData("7 DÉCEMBRE 2026", "fr")]
    [InlineData("7 ДЕКАБРЯ 2026", "ru")]
    public void Month_names_in_capitals(string line, string lang) =>
        Assert.Equal("2026-12-07", Day(Published("", Article($"<p class=\"date\">{line}</p>"), lang)));

    [Theory]
    [InlineData("7 ΤΕΥΧΟΣ 2026")]
    [InlineData("7 ΔΕΚΑΔΕΣ 2026")]
    public void Greek_capitals_that_name_no_month_are_no_date(string line) =>
        Assert.Null(Published("", Article($"<p class=\"date\">{line}</p>"), "el"));

    [Theory]
    [InlineData("<div>08.01.2027 - 02.02.2027</div>")]
    [InlineData("<div>08.01.2027 – 02.02.2027</div>")]
    [InlineData("<span>vom 08.01.2027 bis 02.02.2027</span>")]
    [InlineData("<p class=\"event-date\">January 8, 2027 to February 2, 2027</p>")]
    [InlineData("<p class=\"event-date\">8 janvier 2027 au 2 février 2027</p>")]
    [InlineData("<p class=\"event-date\">2027-01-08 – 2027-02-02</p>")]
    [InlineData("<p class=\"event-date\">8.–10. Januar 2027</p>")]
    [InlineData("<p class=\"event-date\">8-10 January 2027</p>")]
    public void A_span_of_days_is_no_publication_date(string line) =>
        Assert.Null(Published("", Article(line), "de"));

    [Theory]
    [InlineData("<div>08.01.2027 - 02.02.2027</div><div>Posted 5 December 2026</div>")]
    [InlineData("<p class=\"event-date\">8.–10. Januar 2027</p><p class=\"date\">5. Dezember 2026</p>")]
    public void A_span_of_days_gives_way_to_the_pages_own_date(string lines) =>
        Assert.Equal("2026-12-05", Day(Published("", Article(lines), "de")));

    [Theory]
    [InlineData("<div>07.12.2026 - 10:30</div>")]
    [InlineData("<div>07.12.2026 – 10:30 Uhr</div>")]
    [InlineData("<p class=\"date\">07.12.2026 – Harbour inquiry opens</p>")]
    [InlineData("<p class=\"date\">Folge 12 – 7. Dezember 2026</p>")]
    [InlineData("<p class=\"date\">Nr. 10 - 7. Dezember 2026</p>")]
    [InlineData("<p class=\"date\">Veröffentlicht: 07.12.2026 – Aktualisiert: 08.12.2026</p>")]
    [InlineData("<p class=\"date\">7 December 2026 - 8 min read</p>")]
    public void A_date_beside_a_time_a_title_a_number_or_an_update_is_no_span(string line) =>
        Assert.Equal("2026-12-07", Day(Published("", Article(line), "de")));
}
