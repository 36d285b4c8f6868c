using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// Sources listed wrong (issue 8, round 43): a tally line's name before a figure ("Ann Lee: 1,769.") is no one speaking, and a
/// name the given-name list does not hold is a person when the text describes it as one ("X, an activist, said") or writes a
/// middle initial in it ("X E. Y said"), not an organisation; a federation's state ("Texas said", "Ohio officials said") is a
/// government, as a country is.
/// </summary>
public class TallyAndDescribedPersonTests
{
    [Fact]
    public void Names_before_figures_in_a_tally_are_no_sources()
    {
        var dataset = Analyzed.Of(
            "The count of pledged delegates stood as follows on Sunday night.",
            "Ada Brannock: 1,769.",
            "Tomas Verrill: 46.",
            "Verrill: 45%.");
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void A_name_before_a_quotation_after_a_colon_still_speaks()
    {
        var dataset = Analyzed.Of("The depot closed on Monday.", "Ada Brannock: “The depot will not open again this year.”");
        Assert.Equal(["Ada Brannock"], dataset.SourceNamesOf(dataset.ClaimContaining("will not open again")));
    }

    [Theory]
    [InlineData("Thura Maung Zeyar, an activist, said the march would go ahead on Friday.", "Thura Maung Zeyar")]
    [InlineData("Kwabena Oyelaran Tunde, a longtime strategist, said the race was over.", "Kwabena Oyelaran Tunde")]
    [InlineData("Vesko T. Marandov said the count was late in three districts.", "Vesko T. Marandov")]
    public void A_name_described_as_one_person_or_with_a_middle_initial_is_a_person(string sentence, string name)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(name, source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Fact]
    public void A_surname_described_as_one_of_a_kind_of_people_is_the_person_named_in_full()
    {
        var dataset = Analyzed.Of("Jamal Pryce, a former aide, spoke first at the hall.", "Pryce, an Obama supporter, said he saw the shift in his own family.");
        Assert.Equal(["Jamal Pryce"], dataset.SourceNamesOf(dataset.ClaimContaining("he saw the shift")));
    }

    [Theory]
    [InlineData("North Carolina election officials said turnout was high in every county.", "North Carolina")]
    [InlineData("Texas said it would appeal the ruling to the full court.", "Texas")]
    [InlineData("Ontario announced that the clinics would stay open through the winter.", "Ontario")]
    public void A_state_speaks_through_its_government(string sentence, string name)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(name, source.Name);
        Assert.Equal(SourceKind.Government, source.Kind);
    }

    [Fact]
    public void A_name_from_a_state_is_the_person_without_the_state()
    {
        var source = Assert.Single(Analyzed.Of("Corvin Ashgrove of Ohio said the bill would fail in the Senate.").Sources);
        Assert.Equal("Corvin Ashgrove", source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Theory]
    [InlineData("The mayor of Oakvale, Ohio, said the plan would pass.", "unnamed mayor")]
    [InlineData("A professor in Lyon, France, said the vote was close.", "unnamed professor")]
    public void A_state_or_country_after_a_place_is_where_it_lies_not_who_speaks(string sentence, string name)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(name, source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Fact]
    public void A_body_described_as_a_group_of_people_stays_a_body()
    {
        var source = Assert.Single(Analyzed.Of("Pax Nova Lumen, a group of activists, said the march would go ahead on Friday.").Sources);
        Assert.NotEqual(SourceKind.Person, source.Kind);
    }
}
