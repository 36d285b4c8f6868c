using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>A title or role used alone is the one person the article names as holding it, before or after.</summary>
public class TitleHolderTests
{
    [Theory]
    [InlineData("International Trade Secretary Liz Truss said the deal was close.", "The International Trade Secretary said talks would resume.", "Liz Truss")]
    [InlineData("The PAHO Director warned that the region faced a long fight.", "Dr Carissa Etienne, PAHO Director, said cases were rising.", "Carissa Etienne")]
    [InlineData("Charles, Prince of Wales, said he was proud of the troops.", "The Prince of Wales added that the service was moving.", "Charles")]
    [InlineData("A former mayor said the city was broke.", "Michael Bloomberg, the former mayor, has spent heavily on the race.", "Michael Bloomberg")]
    public void Title_alone_is_its_one_named_holder(string first, string second, string person)
    {
        var dataset = Analyzed.Of(first, second);
        var source = Assert.Single(dataset.Sources);
        Assert.Equal(person, source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Theory]
    [InlineData("Vermont Gov. Dana Whitcombe toured the flooded mill towns on Friday.", "Asked about the repairs, the governor said the state would pay for half of them.", "Dana Whitcombe")]
    public void Title_alone_is_the_one_holder_named_with_its_abbreviation(string first, string second, string person)
    {
        var dataset = Analyzed.Of(first, second);
        Assert.Equal([person], dataset.SourceNamesOf(dataset.ClaimContaining("said")));
    }

    [Fact]
    public void A_holder_described_before_the_title_is_its_holder_and_a_former_one_is_not()
    {
        var dataset = Analyzed.Of(
            "Was that really Tom Harlan, the gruff, plain-spoken governor of Vermont?",
            "Harlan endorsed the senator last week. Ruth Keel, the former Vermont governor, told the Burlington Star she was ashamed.",
            "Harlan defended his endorsement on his radio show. \"I have known him for 14 years and I believe he is the best person for the job,\" the governor said.");
        Assert.Equal(["Tom Harlan"], dataset.SourceNamesOf(dataset.ClaimContaining("best person for the job")));
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("governor"));
    }

    [Fact]
    public void A_month_before_the_title_holds_nothing()
    {
        var dataset = Analyzed.Of("The mill closed its gates in the spring. In June, the Vermont governor said the state would sue its owners.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "June");
    }

    [Fact]
    public void Title_held_by_two_named_people_stays_a_title()
    {
        var dataset = Analyzed.Of(
            "Former mayor Ann Lee and former mayor Tom Reyes backed the plan.",
            "A former mayor said the city was broke.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name is "Ann Lee" or "Tom Reyes");
    }

    [Fact]
    public void A_title_case_headline_names_no_holder_after_a_verb()
    {
        var dataset = Analyzed.Of(
            "Harbour Union Chief Praises Dana Whitlock Plan For The Docks.",
            "The plan was drawn up by Dana Whitlock, an engineer, over the winter.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Dana Whitlock");
    }
}
