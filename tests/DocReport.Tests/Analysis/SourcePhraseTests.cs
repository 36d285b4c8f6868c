using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Source phrases real news writes around the source's name: counts, passives, time clauses, capitals that open a sentence.</summary>
public class SourcePhraseTests
{
    [Fact]
    public void Speakers_counted_by_a_string_of_are_the_speakers_not_the_place_before_by()
    {
        var dataset = Analyzed.Of("Health secretary Matt Hancock was forced onto the defensive in the House of Commons by a string of Tory MPs who said the offences were proof that ministers should hold a vote first.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Commons", StringComparison.Ordinal));
        Assert.Contains(dataset.Sources, s => s.Name == "unnamed Tory MPs");
    }

    [Fact]
    public void A_report_in_a_time_clause_cites_its_source_but_links_no_claim()
    {
        var dataset = Analyzed.Of("The measure comes after health officials this week said black residents account for half of all the city's cases.");
        var officials = Assert.Single(dataset.Sources);
        Assert.EndsWith("officials", officials.Name, StringComparison.Ordinal);
        Assert.Equal(SourceKind.Government, officials.Kind);
        Assert.Empty(dataset.ClaimContaining("half of all").SourceIds);
    }

    [Fact]
    public void An_event_in_a_time_clause_cites_no_source()
    {
        var dataset = Analyzed.Of("One year after Putin announced a mobilization, stocks fell by 4 per cent.");
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void A_capitalised_first_word_the_text_also_writes_in_lower_case_is_not_a_body()
    {
        var dataset = Analyzed.Of("Health officials said the outbreak had peaked.", "The state health department runs the testing sites.");
        Assert.Equal(SourceKind.Government, dataset.SourceNamed("unnamed health officials").Kind);
        Assert.Equal("Pentagon", Assert.Single(Analyzed.Of("Pentagon officials said the drills would go ahead.").Sources).Name);
    }

    [Fact]
    public void A_maker_named_inside_the_phrase_stays_its_maker_though_the_text_writes_its_word_in_lower_case()
    {
        var dataset = Analyzed.Of(
            "Looking back, the economist Jon Ware said the crash had been foreseeable.",
            "A study by The Economist found that two-thirds of industries became more concentrated.");
        Assert.Contains(dataset.Sources, s => s.Name == "Economist");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "study");
    }

    [Fact]
    public void Instructed_reports_what_was_said()
    {
        var dataset = Analyzed.Of("“Don’t get nervous,” instructed Milton Velez, the agency’s district supervisor for Queens.");
        Assert.Equal(SourceKind.Person, dataset.SourceNamed("Milton Velez").Kind);
    }

    [Fact]
    public void A_group_named_by_its_stance_is_a_source()
    {
        var dataset = Analyzed.Of("Deficit hawks have warned for years that a day of reckoning is coming.");
        Assert.Single(dataset.Sources, s => s.Name == "unnamed hawks" && s.Kind == SourceKind.Person);
    }

    [Fact]
    public void A_described_body_named_before_its_head_is_that_body_not_the_last_body()
    {
        var dataset = Analyzed.Of(
            "Many institutions are relying on public testing centres and say students are struggling to get slots for a test.",
            "The independent Sage group of science advisers said that modelling showed the virus spread within residential halls.");
        Assert.Equal(["Sage group"], dataset.SourceNamesOf(dataset.ClaimContaining("modelling showed")));
    }

    [Fact]
    public void They_after_a_group_the_lists_do_not_know_is_not_the_body_named_before_it()
    {
        var dataset = Analyzed.Of(
            "Kaieteur News understands that the men hiked a fair distance into the jungle. The loggers told investigators that tragedy struck while they were hunting.",
            "They claimed that the hunter had told them to stay behind.");
        Assert.Empty(dataset.ClaimContaining("stay behind").SourceIds);
    }

    [Theory]
    [InlineData("Neuroscience tells us that sleep matters.")]
    [InlineData("There are 31 outbreaks in nursing homes. Seven of those were reported in the last week.")]
    [InlineData("By Aaron Humes: warns that prices will rise.")]
    public void Fields_numbers_and_bylines_are_no_sources(string text) => Assert.Empty(Analyzed.Of(text).Sources);

    [Theory]
    [InlineData("A spokesman for the Universities and Colleges Employers' Association said the offer was fair.", "Universities and Colleges Employers' Association")]
    [InlineData("International Trade Secretary Liz Truss said the deal was close.", "Liz Truss")]
    [InlineData("Taoiseach Micheal Martin confirmed that the nation would move to Level 3.", "Micheal Martin")]
    [InlineData("“It is entirely appropriate,” Gov. Inslee said.", "Inslee")]
    public void Whole_names_are_read_without_their_titles(string text, string name) => Assert.Equal(name, Assert.Single(Analyzed.Of(text).Sources).Name);

    [Fact]
    public void A_reporting_verb_before_the_name_is_not_part_of_it()
    {
        var dataset = Analyzed.Of("That said the government have argued that the numbers could drop.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("said", StringComparison.Ordinal));
    }

    [Fact]
    public void A_description_is_named_from_the_article_that_opens_its_noun_phrase()
    {
        var dataset = Analyzed.Of(
            "On Thursday, the Court of Appeal found that Amazon can be held liable.",
            "Thursday’s decision also overturned the previous state Superior Court ruling in San Diego, which had found Amazon to be a service provider.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("overturned", StringComparison.Ordinal) || s.Name == "Thursday");
    }

    [Fact]
    public void A_month_after_a_word_of_time_names_when_not_who()
    {
        var dataset = Analyzed.Of("One supplier, Keltron, announced last April that it will open a plant in Ostrava.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("April"));
    }

    [Fact]
    public void A_professor_of_a_field_set_before_the_name_is_that_named_person()
    {
        var dataset = Analyzed.Of("Professor of health policy Rhea Dunn said the grant was too small.",
            "Professor of sports medicine Ivo Brandt said the study was flawed.");
        Assert.Equal(["Rhea Dunn", "Ivo Brandt"], dataset.Sources.Select(s => s.Name));
        Assert.All(dataset.Sources, s => Assert.Equal(SourceKind.Person, s.Kind));
    }
}
