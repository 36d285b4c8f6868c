using DocReport.Reading.Html;

namespace DocReport.Tests.Reading.Html;

public class CitedTitleTests
{
    [Theory]
    // The site's name, from its og:site_name or its host, after or before the title.
    [InlineData("Night trains return to the valley | Ridge Courier", "Ridge Courier", null, "Night trains return to the valley")]
    [InlineData("Night trains return to the valley - ridgecourier.net", null, "https://www.ridgecourier.net/a/1", "Night trains return to the valley")]
    [InlineData("Ridge Courier - Night trains return to the valley", "Ridge Courier", null, "Night trains return to the valley")]
    [InlineData("Night trains return » Rail » Ridge Courier", "Ridge Courier", null, "Night trains return » Rail")]
    // A short slogan holding the site's name goes with it; a short site name counts only whole.
    [InlineData("Plum cake with almonds - Recipes from Bakewell.de", null, "https://bakewell.de/plum", "Plum cake with almonds")]
    [InlineData("Tuning the parser · K9", "K9", null, "Tuning the parser")]
    // A title naming the site among its own words stays whole, and so does a title that is only the site's name.
    [InlineData("How Ridge Courier built its archive - a history", "Ridge Courier", null, "How Ridge Courier built its archive - a history")]
    [InlineData("Ridge Courier", "Ridge Courier", null, "Ridge Courier")]
    [InlineData("Night trains - the valley's comeback", "Ridge Courier", null, "Night trains - the valley's comeback")]
    public void Drops_the_sites_name_beside_the_title(string title, string? site, string? url, string expected) =>
        Assert.Equal(expected, CitedTitle.Of(title, [], site, url, []));

    [Fact]
    public void Drops_the_authors_name_and_handle_after_the_title() =>
        Assert.Equal("Why the pier closed", CitedTitle.Of("Why the pier closed | Mira Holt (mholt)", [], null, null, ["Mira Holt"]));

    [Fact]
    public void A_heading_that_opens_the_title_is_the_title()
    {
        Assert.Equal("Night trains return", CitedTitle.Of("Night trains return - a guide to the new timetable | RC", ["Night trains return"], null, null, []));
        // A heading closing the title may be the site's own name: the title stays.
        Assert.Equal("Sleeper fares halved - Valley rail news", CitedTitle.Of("Sleeper fares halved - Valley rail news", ["Valley rail news"], null, null, []));
    }
}
