namespace DocReport.Tests.Reading.Html;

// Lists of the site's further stories that the older rules let through: items without a heading element, and headlines
// that close on a quoted title. Class names no word list knows.
public class RelatedListsTests
{
    private const string Head = """<!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title><link rel="canonical" href="https://www.harbour-news.example/inquiry"></head>""";

    [Fact]
    public void Items_that_open_with_a_headline_link_over_an_excerpt_go_but_a_list_of_outside_reading_stays()
    {
        string Item(string href, string title, string excerpt) => $"<li><a href=\"{href}\">{title}</a><br><small>{excerpt}</small></li>";
        var text = ContentExtractorTests.Read($"""
            {Head}<body><article class="qz0">
            <p>{ContentExtractorTests.Sentences("harbour", 6)}</p>
            <ul class="qz3">{Item("https://ports.example.org/winter", "Port authority report on the winter storms", "The authority counted every damaged mooring along the coast.")}
            {Item("https://tides.example.net/gauges", "Coastguard tables of the February tides", "Each gauge of the coast, read every morning at six.")}
            {Item("https://fish.example.com/quotas", "Quota tables of the regional fish market", "Landings by species and by boat, for the whole season.")}</ul>
            <p>{ContentExtractorTests.Sentences("ferry", 4)}</p>
            <h2 class="qz1">More from the harbour</h2><ul class="qz2">
            {Item("/2024/quay-works", "Quay works run late into the summer", "The repairs to the north quay will not end before the summer, the port said on...")}
            {Item("/2024/nets", "Nets left on the slipway again", "Fishermen asked the council for a store after a winter of torn nets and...")}
            {Item("https://www.harbour-news.example/2024/lights", "The lighthouse goes dark for a week", "For the first time in ninety years the lamp was switched off for...")}</ul>
            </article></body></html>
            """);
        Assert.Contains("The ferry inquiry, part 4", text);
        foreach (var teaser in new[] { "Quay works run late", "will not end before the summer", "torn nets", "The lighthouse goes dark" })
            Assert.DoesNotContain(teaser, text);
        foreach (var reading in new[] { "Port authority report", "damaged mooring", "Landings by species" })
            Assert.Contains(reading, text);
    }

    [Fact]
    public void A_list_of_the_sites_headlines_goes_though_some_close_on_a_quoted_title_but_linked_sentences_stay()
    {
        var text = ContentExtractorTests.Read($"""
            {Head}<body><article class="qz0">
            <p>{ContentExtractorTests.Sentences("harbour", 6)}</p>
            <ul class="qz2"><li><a href="/v/1">Mayor: "We stay calm"</a></li><li><a href="/v/2">Crews meet council</a></li>
            <li><a href="/v/3">Skipper: “Nets matter”</a></li><li><a href="/v/4">Market in pictures</a></li></ul>
            <p>{ContentExtractorTests.Sentences("ferry", 4)}</p>
            <ul class="qz4"><li><a href="/steps/1">Moor the boat at the north quay.</a></li><li><a href="/steps/2">Report to the harbour office.</a></li></ul>
            </article></body></html>
            """);
        Assert.Contains("The ferry inquiry, part 4", text);
        foreach (var headline in new[] { "We stay calm", "Crews meet council", "Nets matter" })
            Assert.DoesNotContain(headline, text);
        Assert.Contains("Moor the boat at the north quay.", text);
        Assert.Contains("Report to the harbour office.", text);
    }

    [Fact]
    public void A_list_of_the_sites_headlines_goes_though_one_is_cut_off_with_an_ellipsis()
    {
        var text = ContentExtractorTests.Read($"""
            {Head}<body><article class="qz0">
            <p>{ContentExtractorTests.Sentences("harbour", 6)}</p>
            <ul class="qz2"><li><a href="/v/1">Crews meet the council over the winter timetable</a></li><li><a href="/v/2">The harbour dilemma...</a></li>
            <li><a href="/v/3">Why the ferries ran late…</a></li></ul>
            <p>{ContentExtractorTests.Sentences("ferry", 4)}</p>
            <ul class="qz4"><li><a href="/steps/1">Moor the boat at the north quay.</a></li><li><a href="/steps/2">Report to the harbour office.</a></li></ul>
            </article></body></html>
            """);
        Assert.Contains("The ferry inquiry, part 4", text);
        foreach (var headline in new[] { "Crews meet the council", "The harbour dilemma", "Why the ferries ran late" })
            Assert.DoesNotContain(headline, text);
        Assert.Contains("Moor the boat at the north quay.", text);
    }
}
