using DocReport.Reading;

namespace DocReport.Tests.Reading;

public class BylineTextTests
{
    [Theory]
    [InlineData("Jeff Foust — November 18, 2019", new[] { "Jeff Foust" })]
    [InlineData("By Ana Ruiz and Ben Cole | Staff writers", new[] { "Ana Ruiz", "Ben Cole" })]
    [InlineData("Von Sina Giebel", new[] { "Sina Giebel" })]
    [InlineData("Par Claire Dupont, 8 mars 2021", new[] { "Claire Dupont" })]
    [InlineData("Mateusz Seroka, Piotr Żochowski", new[] { "Mateusz Seroka", "Piotr Żochowski" })]
    [InlineData("by: Nora Quill", new[] { "Nora Quill" })]
    [InlineData("Post author By Ivo Brandt", new[] { "Ivo Brandt" })]
    [InlineData("Veröffentlicht vonLena Hagedorn", new[] { "Lena Hagedorn" })]
    [InlineData("AuthorTilo Marx", new[] { "Tilo Marx" })]
    [InlineData("Auteur: Odile Varenne", new[] { "Odile Varenne" })]
    [InlineData("About the Author - Dana Pell", new[] { "Dana Pell" })]
    [InlineData("RUTH ALVERS am", new[] { "RUTH ALVERS" })]
    [InlineData("Jonas Weil am Dienstag", new[] { "Jonas Weil" })]
    [InlineData("Ines Falk (with Tom Brecht)", new[] { "Ines Falk (with Tom Brecht)" })]
    [InlineData("Harbour Wire Updated: March", new[] { "Harbour Wire" })]
    [InlineData("By Nora Quill March 25, 2015", new[] { "Nora Quill" })]
    [InlineData("ODA BRENNER Tuesday March 3, 2020 4:12 PM", new[] { "ODA BRENNER" })]
    [InlineData("Kira Lund, Tuesday, May 5, 2020", new[] { "Kira Lund" })]
    [InlineData("Byron Hale", new[] { "Byron Hale" })]
    [InlineData("Anh Le", new[] { "Anh Le" })]
    [InlineData("Theresa May", new[] { "Theresa May" })]
    [InlineData("DIHAB - Harbour Authority", new[] { "DIHAB" })]
    [InlineData("harbourwire - Teresa Olmos", new[] { "Teresa Olmos" })]
    [InlineData("Harbour Wire — Marco Bellini", new[] { "Marco Bellini" })]
    [InlineData("Por harbourwire | Teresa Olmos", new[] { "Teresa Olmos" })]
    [InlineData("Teresa Olmos - Harbour Wire", new[] { "Teresa Olmos" })]
    [InlineData("Ana Ruiz — June 3, 2021", new[] { "Ana Ruiz" })]
    [InlineData("HarbourWire - June 3, 2021", new[] { "HarbourWire" })]
    [InlineData("Jordan", new[] { "Jordan" })]
    [InlineData("HARBOUR24", new[] { "HARBOUR24" })]
    [InlineData("Wire/The Harbour", new[] { "Wire/The Harbour" })]
    [InlineData("Nils Roe Jr.", new[] { "Nils Roe Jr." })]
    [InlineData("Ben Q. Roe (https://harbour.example/~roe/)", new[] { "Ben Q. Roe" })]
    [InlineData("Harbour Wire vor 3 Tagen", new[] { "Harbour Wire" })]
    [InlineData("Hafen-Online-Experte Jonas Weil", new[] { "Jonas Weil" })]
    [InlineData("Gastautorin Maria Lenz", new[] { "Maria Lenz" })]
    [InlineData("Reporter Harbour Wire", new[] { "Reporter Harbour Wire" })]
    [InlineData("Erstellt von Ina Roe", new[] { "Ina Roe" })]
    [InlineData("Eingestellt von Tom Hale", new[] { "Tom Hale" })]
    [InlineData("Posted by Ina Roe at 10:15", new[] { "Ina Roe" })]
    [InlineData("Ina Roe at", new[] { "Ina Roe" })]
    // An editor, illustrator, photographer or translator named after the author is no author.
    [InlineData("Written by Ina Roe Edited by Paul Vance", new[] { "Ina Roe" })]
    [InlineData("By Ina Roe and Tom Hale, photographs by Lea Moss", new[] { "Ina Roe", "Tom Hale" })]
    [InlineData("Text von Ina Roe Fotos von Lea Moss", new[] { "Ina Roe" })]
    // An ampersand beside a single letter is part of one name, not two people.
    [InlineData("Dock & i", new[] { "Dock & i" })]
    [InlineData("Ina Roe & Tom Hale", new[] { "Ina Roe", "Tom Hale" })]
    public void Authors_are_names_only_never_dates_or_by(string byline, string[] expected) =>
        Assert.Equal(expected, BylineText.SplitNames(byline));

    [Theory]
    [InlineData("Posted on")]
    [InlineData("Published by")]
    [InlineData("Datum:")]
    [InlineData("Donnerstag")]
    [InlineData("Name *")]
    [InlineData("www.harbour-news.example")]
    [InlineData("pen[at]harbour.example")]
    [InlineData("Foto: Harbour Agency")]
    [InlineData("June 12, 2021")]
    [InlineData("May 5")]
    [InlineData("harbour.example/pen")]
    [InlineData("Staff Writer")]
    [InlineData("Redaktion")]
    [InlineData("Editorial Team")]
    [InlineData("Beitrag von r")]
    public void A_label_a_date_or_an_address_is_no_author(string value) =>
        Assert.Empty(BylineText.SplitNames(value));

    [Theory]
    [InlineData("May")]
    [InlineData("June")]
    [InlineData("By June")]
    public void A_month_name_alone_is_a_name(string value) =>
        Assert.Equal([value.Replace("By ", "")], BylineText.SplitNames(value));

    [Fact]
    public void A_town_and_country_after_an_outlet_are_no_authors() =>
        Assert.Equal(["Harbour Wire"], BylineText.SplitNames("Harbour Wire, Kleinstadt, Germany"));

    [Fact]
    public void A_count_behind_its_label_is_no_author() =>
        Assert.Equal(["Ana Ruiz"], BylineText.SplitNames("Autor: Ana Ruiz, Datum: 03.Mär.19, Anzahl der Kommentare: 4"));

    [Theory]
    [InlineData("harbourwire.de")]
    [InlineData("Harbour-News.com")]
    public void A_host_name_is_no_author(string value) =>
        Assert.Empty(BylineText.SplitNames(value));

    [Fact]
    public void The_site_name_is_no_author_but_an_owner_named_site_keeps_its_owner()
    {
        Assert.Equal(["Ana Ruiz"], BylineText.WithoutSiteName(["Ana Ruiz", "HARBOUR WIRE"], [], "Harbour Wire"));
        Assert.Equal(["Ana Ruiz"], BylineText.WithoutSiteName(["Ana Ruiz"], [], "Ana Ruiz"));
        Assert.Equal(["Xhaq Benn"], BylineText.WithoutSiteName(["Xhaq Benn"], ["Xhaq Benn"], "Xhaq Benn"));
        // A site that types its one-word name a Person is still the site.
        Assert.Empty(BylineText.WithoutSiteName(["Hafenfunk"], ["Hafenfunk"], "hafenfunk"));
    }

    [Theory]
    [InlineData("ana.la.rosa")]
    [InlineData("jdoe")]
    [InlineData("red.")]
    [InlineData("kj")]
    [InlineData("pen-roe")]
    [InlineData("Ana.Roe")]
    [InlineData("Ana_Roe")]
    public void An_account_name_is_no_author(string value) => Assert.Empty(BylineText.SplitNames(value));

    [Theory]
    [InlineData("Posted by kj", "kj")]
    [InlineData("Team harbourwire.de", "Team harbourwire.de")]
    [InlineData("Posted by quaymaster1987", "quaymaster1987")]
    [InlineData("von k42", "k42")]
    public void An_account_name_or_a_desk_named_by_its_site_stays_as_the_byline_shows_it(string byline, string name)
    {
        Assert.Equal([name], BylineText.SplitNames(byline, asShown: true));
        Assert.Empty(BylineText.SplitNames(byline));
    }

    [Theory]
    // Digits after a name in a longer byline are a date's or a count's, and a month glued to its year is no handle.
    [InlineData("Ana Roe22 Dec 2016", "Ana Roe")]
    [InlineData("Ana Roe 3", "Ana Roe")]
    public void Digits_after_a_name_are_cut_unless_the_name_is_a_handle(string byline, string name) =>
        Assert.Equal([name], BylineText.SplitNames(byline, asShown: true));

    [Fact]
    public void A_month_glued_to_its_year_is_no_handle() => Assert.Empty(BylineText.SplitNames("Dezember2026", asShown: true));

    [Theory]
    [InlineData("Posted by siteadmin")]
    [InlineData("Von HarbourAdmin")]
    [InlineData("red.")]
    [InlineData("Posted by S.")]
    public void An_administrator_account_a_desk_s_abbreviation_or_an_initial_alone_is_no_author_even_as_shown(string byline) =>
        Assert.Empty(BylineText.SplitNames(byline, asShown: true));

    [Theory]
    [InlineData("Ina Roe und Tom Hale designed")]
    [InlineData("Powered by Quillbrook")]
    [InlineData("Hecho en Chile con Drupal por Quillbrook")]
    [InlineData("harbour.de / Harbour Online")]
    [InlineData("Ina Roe harbourwire.de")]
    public void A_template_s_credit_or_a_value_holding_a_host_name_is_no_author(string value)
    {
        Assert.Empty(BylineText.SplitNames(value));
        Assert.Empty(BylineText.NamesOfField(value));
    }

    [Theory]
    [InlineData("Von Ina Roe", "Ina Roe")]
    [InlineData("Text von Ina Roe", "Ina Roe")]
    [InlineData("Par Claire Dupont", "Claire Dupont")]
    [InlineData("Por Teresa Olmos", "Teresa Olmos")]
    [InlineData("Von Hamburg nach Kiel", null)]
    public void A_byline_line_opens_with_by_in_several_languages(string line, string? name) =>
        Assert.Equal(name is null ? [] : [name], BylineText.AuthorsOfBylineLine(line));

    [Theory]
    [InlineData("Quillbrook")]
    [InlineData("T. V. Roe")]
    [InlineData("NRQ")]
    [InlineData("肖春芳")]
    [InlineData("Ana Roe")]
    public void A_name_with_a_capital_stays_an_author(string value) => Assert.Equal([value], BylineText.SplitNames(value));

    [Theory]
    [InlineData("Harbourline Media GmbH")]
    [InlineData("Quillbrook AG")]
    [InlineData("Roe Holdings Ltd.")]
    [InlineData("Ediciones Quillbrook S.A.")]
    public void A_company_by_its_legal_form_is_no_author(string value) => Assert.Empty(BylineText.SplitNames(value));

    [Theory]
    [InlineData("Lena Hagedorn und Jonas Weil", "Lena Hagedorn", "Jonas Weil")]
    [InlineData("Claire Dupont et Marie Varenne", "Claire Dupont", "Marie Varenne")]
    [InlineData("Teresa Olmos y Marco Bellini", "Teresa Olmos", "Marco Bellini")]
    public void Two_people_joined_by_and_in_another_language_are_two_authors(string value, string first, string second)
    {
        Assert.Equal([first, second], BylineText.SplitNames(value));
        Assert.Equal([first, second], BylineText.NamesOfField(value));
    }

    [Theory]
    [InlineData("Amt für Häfen und Wasserwege")]
    [InlineData("Kirche und Hafen")]
    [InlineData("Amt Nord und Hafen Süd")]
    public void An_organisation_named_with_and_stays_whole(string value) => Assert.Equal([value], BylineText.NamesOfField(value));

    [Fact]
    public void A_country_after_the_names_is_no_author()
    {
        var names = BylineText.SplitNames("Ana Ruiz, Harbour Wire, Germany");
        Assert.Contains("Ana Ruiz", names);
        Assert.DoesNotContain("Germany", names);
    }

    [Theory]
    [InlineData("unseren Hafenreportern")]
    [InlineData("alles rund um den Hafen")]
    [InlineData("your harbour team")]
    public void Several_words_opening_with_a_small_word_are_a_phrase_not_a_name(string value)
    {
        Assert.Empty(BylineText.SplitNames(value));
        Assert.Empty(BylineText.SplitNames(value, asShown: true));
    }

    [Theory]
    [InlineData("van Loon")]
    [InlineData("de la Vega")]
    public void A_family_name_opening_with_its_particle_stays_a_name(string value) => Assert.Equal([value], BylineText.SplitNames(value));

    [Theory]
    [InlineData("Posted on", true)]
    [InlineData(" By ", true)]
    [InlineData("Autor:", true)]
    [InlineData("Posted by Ina Roe", false)]
    [InlineData("July 3, 2024", false)]
    public void A_label_alone_is_told_from_a_byline(string text, bool alone) => Assert.Equal(alone, BylineText.IsLabelAlone(text));
}
