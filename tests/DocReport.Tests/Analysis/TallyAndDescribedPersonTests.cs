using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// Sources listed wrong (issue 8, round 43): a tally line's name before a figure ("Ann Lee: 1,769.") is no one speaking; a name
/// the given-name list does not hold is a person when the text describes it as one ("X, an activist, said"), writes a middle
/// initial in it ("X E. Y said") or says which state it is from ("X Y of Ohio"), not an organisation; a federation's state
/// ("Texas said", "Ohio officials said") is a government, as a country is, and one written after a place ("the mayor of Oakvale,
/// Ohio") is where the place lies, not who speaks.
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
    [InlineData("Thura Maung Zeyar, an activist, said the march would go ahead on Friday.", "Thura Maung Zeyar", SourceKind.Person)]
    [InlineData("Kwabena Oyelaran Tunde, a longtime strategist, said the race was over.", "Kwabena Oyelaran Tunde", SourceKind.Person)]
    [InlineData("Vesko T. Marandov said the count was late in three districts.", "Vesko T. Marandov", SourceKind.Person)]
    [InlineData("Corvin Ashgrove of Ohio said the bill would fail in the Senate.", "Corvin Ashgrove", SourceKind.Person)]
    [InlineData("North Carolina election officials said turnout was high in every county.", "North Carolina", SourceKind.Government)]
    [InlineData("Texas said it would appeal the ruling to the full court.", "Texas", SourceKind.Government)]
    [InlineData("Ontario announced that the clinics would stay open through the winter.", "Ontario", SourceKind.Government)]
    [InlineData("The mayor of Oakvale, Ohio, said the plan would pass.", "unnamed mayor", SourceKind.Person)]
    [InlineData("A professor in Lyon, France, said the vote was close.", "unnamed professor", SourceKind.Person)]
    public void A_person_described_or_from_a_place_and_a_state_have_their_kinds(string sentence, string name, SourceKind kind)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal((name, kind), (source.Name, source.Kind));
    }

    [Fact]
    public void A_surname_described_as_one_of_a_kind_of_people_is_the_person_named_in_full()
    {
        var dataset = Analyzed.Of("Jamal Pryce, a former aide, spoke first at the hall.", "Pryce, an Obama supporter, said he saw the shift in his own family.");
        Assert.Equal(["Jamal Pryce"], dataset.SourceNamesOf(dataset.ClaimContaining("he saw the shift")));
    }

    [Fact]
    public void A_body_described_as_a_group_of_people_stays_a_body() =>
        Assert.NotEqual(SourceKind.Person, Assert.Single(Analyzed.Of("Pax Nova Lumen, a group of activists, said the march would go ahead on Friday.").Sources).Kind);
}
