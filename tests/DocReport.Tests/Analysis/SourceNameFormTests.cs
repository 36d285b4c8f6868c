using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Names written with a reflexive, a number, a possessive or a second article, and kinds told by a name's form: misread on real pages.</summary>
public class SourceNameFormTests
{
    [Fact]
    public void A_body_described_by_whose_it_is_keeps_the_words_between()
    {
        var dataset = Analyzed.Of("An unmanned cargo spaceship broke up over Siberia on Thursday, the Russian space agency said.");
        Assert.Equal("Russian space agency", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void Officials_of_a_body_named_by_whose_it_is_speak_for_that_body_from_its_first_mention()
    {
        var dataset = Analyzed.Of(
            "The town will lift the ferry ban on Monday, Harwick administration officials said.",
            "Harwick administration officials said the ban had cost the harbour $2 million.");
        var source = Assert.Single(dataset.Sources);
        Assert.Equal(("Harwick administration", 2), (source.Name, source.Mentions));
    }

    [Fact]
    public void Letters_joined_by_periods_keep_every_period()
    {
        var dataset = Analyzed.Of("The U.N. Refugee Agency said the camp would close in March.");
        Assert.Equal("U.N. Refugee Agency", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_long_title_with_the_place_it_is_held_before_a_name_is_a_persons_and_merges_with_the_surname()
    {
        var dataset = Analyzed.Of("Acting U.S. Attorney for the Northern District of Vermont Maria Chen said the case was still open.", "Chen said more arrests were likely.");
        var source = Assert.Single(dataset.Sources);
        Assert.Equal(("Maria Chen", SourceKind.Person), (source.Name, source.Kind));
    }

    [Fact]
    public void A_plural_possessive_opening_a_bodys_name_stays_in_it_when_other_words_come_between()
    {
        var dataset = Analyzed.Of("The Farmers’ Regional Water Trust, which manages the reservoir, complained that the county had ignored its letters.");
        Assert.Equal("Farmers’ Regional Water Trust", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_reflexive_after_a_name_is_not_part_of_it()
    {
        var dataset = Analyzed.Of("Nvidia itself has stated that it expects shortages throughout the year.");
        Assert.Equal("Nvidia", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_number_opening_a_name_is_kept_and_a_second_name_with_its_own_article_is_a_second_source()
    {
        var dataset = Analyzed.Of("The health sector has collapsed, according to an investigation by +972 Magazine and The Intercept.");
        Assert.Equal(["+972 Magazine", "Intercept"], dataset.Sources.Select(s => s.Name));
        Assert.Equal(SourceKind.Media, dataset.Sources[0].Kind);
    }

    [Fact]
    public void A_number_word_in_a_places_name_is_kept_and_a_count_is_not()
    {
        Assert.Equal("Three Rivers Police", Assert.Single(Analyzed.Of("The Three Rivers Police say the two vans collided near the mill.").Sources).Name);
        Assert.Equal("Harbour Council", Assert.Single(Analyzed.Of("Four Harbour Council officials said the ferry would run again in June.").Sources).Name);
    }

    [Fact]
    public void A_slash_between_two_makers_names_is_kept()
    {
        var dataset = Analyzed.Of("Most tenants in the valley want the dam removed, a Marbury/Tollet survey found.");
        Assert.Equal("Marbury/Tollet survey", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_common_noun_after_an_owners_possessive_is_the_business_so_named()
    {
        var dataset = Analyzed.Of(
            "In the same suburb O'Sullivans bar are going to close after today.",
            "In Clon Casey's Bar have said they'll be closing in-house service after tonight.");
        Assert.Equal("Casey's Bar", Assert.Single(dataset.Sources).Name);
    }

    [Theory]
    [InlineData("The Spokesman-Review reported that the council voted on Tuesday.", "Spokesman-Review", SourceKind.Media)]
    [InlineData("The Pittsburgh Post-Gazette reported that the plant would close.", "Pittsburgh Post-Gazette", SourceKind.Media)]
    [InlineData("The National Public Health Emergency Team said it met on Monday.", "National Public Health Emergency Team", SourceKind.Government)]
    [InlineData("The Harvard School of Public Health said the study was flawed.", "Harvard School of Public Health", SourceKind.Organization)]
    [InlineData("The CMO told Stephen Donnelly that Level 3 restrictions would not be enough.", "unnamed CMO", SourceKind.Person)]
    public void Kinds_from_a_masthead_a_public_health_body_or_an_officers_title(string sentence, string name, SourceKind kind)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(name, source.Name);
        Assert.Equal(kind, source.Kind);
    }

    [Fact]
    public void An_acronym_met_first_takes_the_kind_of_the_government_team_it_stands_for()
    {
        var dataset = Analyzed.Of("NPHET have warned of rising cases.", "The National Public Health Emergency Team said it met on Monday.");
        var team = Assert.Single(dataset.Sources);
        Assert.Equal(SourceKind.Government, team.Kind);
        Assert.Equal(2, team.Mentions);
    }

    [Fact]
    public void A_weekday_written_after_a_name_is_no_part_of_it()
    {
        var dataset = Analyzed.Of(
            "Harbour Governor Linda Castell Thursday called for calm after the arrests.",
            "Linda Castell said the courts would decide.");
        Assert.Equal("Linda Castell", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_county_supervisor_is_a_person_named_without_the_title_and_the_county()
    {
        var dataset = Analyzed.Of("“We are not locked in to a number,” said Supervisor Rosa Delgado of Marin County.");
        var supervisor = Assert.Single(dataset.Sources);
        Assert.Equal("Rosa Delgado", supervisor.Name);
        Assert.Equal(SourceKind.Person, supervisor.Kind);
    }

    [Fact]
    public void A_kind_word_joined_by_and_to_a_bodys_name_opens_that_name()
    {
        var dataset = Analyzed.Of("The dam was safe, according to a report filed by the Research and Standards Agency.");
        Assert.Equal("Research and Standards Agency", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_bodys_word_then_to_and_a_capitalised_verb_is_one_name_that_its_acronym_then_names()
    {
        var dataset = Analyzed.Of(
            "About 4,000 parents marched on Saturday, according to the march organizer Coalition to Save Rural Libraries (CSRL).",
            "CSRL said it would march again in May.");
        var source = Assert.Single(dataset.Sources);
        Assert.Equal(("Coalition to Save Rural Libraries", 2), (source.Name, source.Mentions));
    }
}
