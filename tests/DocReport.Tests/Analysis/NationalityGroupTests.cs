using DocReport.Model;

namespace DocReport.Tests.Analysis;

public class NationalityGroupTests
{
    [Theory]
    [InlineData("Peruvian officials said the border crossing would reopen in May.", "Peruvian ", "officials")]
    [InlineData("Norwegian diplomats told reporters that the talks had stalled.", "Norwegian ", "diplomats")]
    [InlineData("Western analysts said the harvest figures looked inflated.", "Western ", "analysts")]
    public void A_nationality_before_a_group_noun_stays_with_the_group_of_the_kind_the_noun_gives(string sentence, string nationality, string group)
    {
        var dataset = Analyzed.Of("The river flooded twice this spring.", sentence);
        var source = dataset.SourceNamed($"unnamed {nationality}{group}");
        var without = Analyzed.Of("The river flooded twice this spring.", sentence.Replace(nationality, "").Replace(group, char.ToUpperInvariant(group[0]) + group[1..]));
        Assert.Equal(without.SourceNamed($"unnamed {group}").Kind, source.Kind);
        Assert.Equal(source.Id, Assert.Single(dataset.Attributions).SourceId);
        Assert.DoesNotContain(dataset.Sources, s => s.Name is "Peruvian" or "Norwegian" or "Western");
    }

    [Theory]
    [InlineData("U.S. officials said the convoy had crossed the river at dawn.", "unnamed U.S. officials")]
    [InlineData("Chilean army officials said the convoy had crossed the river at dawn.", "unnamed Chilean army officials")]
    public void A_country_or_its_military_before_officials_names_the_officials_not_a_body(string sentence, string name)
    {
        var dataset = Analyzed.Of("The river flooded twice this spring.", sentence);
        Assert.Equal(SourceKind.Government, dataset.SourceNamed(name).Kind);
        Assert.Single(dataset.Sources);
    }

    [Fact]
    public void Experts_and_a_country_s_officials_are_two_sources()
    {
        var dataset = Analyzed.Of("Flood experts and U.S. officials said the levee failed at night.");
        Assert.Equal(["unnamed U.S. officials", "unnamed experts"], dataset.Sources.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Officials_of_two_nationalities_are_two_sources()
    {
        var dataset = Analyzed.Of(
            "Chilean officials said the copper mine would close for a week.",
            "Bolivian officials said the road to the mine stayed open.");
        Assert.NotEqual(dataset.SourceNamed("unnamed Chilean officials").Id, dataset.SourceNamed("unnamed Bolivian officials").Id);
    }

    [Theory]
    [InlineData("Many Estonians say the ferry fares will rise again.", "unnamed Estonians")]
    [InlineData("Estonians worry that the ferry fares will rise again.", "unnamed Estonians")]
    [InlineData("Kenyans said the new toll was unfair.", "unnamed Kenyans")]
    [InlineData("Many Hispanics say the ferry fares will rise again.", "unnamed Hispanics")]
    [InlineData("Millennials said the new toll was unfair.", "unnamed Millennials")]
    public void A_nationality_in_the_plural_is_an_unnamed_group_of_people(string sentence, string name)
    {
        var dataset = Analyzed.Of("The ferry timetable changed in June.", sentence);
        Assert.Equal(SourceKind.Person, dataset.SourceNamed(name).Kind);
        Assert.DoesNotContain(dataset.Sources, s => s.Kind == SourceKind.Organization);
    }

    [Fact]
    public void A_nationality_before_a_body_noun_names_the_body()
    {
        var dataset = Analyzed.Of("The launch was delayed, the Peruvian space agency said.");
        Assert.Equal("Peruvian space agency", dataset.SourceOf(Assert.Single(dataset.Attributions)).Name);
    }

    [Fact]
    public void A_nationality_s_officials_in_between_leave_the_body_named_before_sure()
    {
        var dataset = Analyzed.Of(
            "The Kellan administration said on Monday it would lift the tariffs.",
            "Peruvian officials said the talks had gone well.",
            "The administration said the decision was final.");
        Assert.Equal("Kellan administration", dataset.SourceOf(dataset.AttributionFrom("The administration")).Name);
    }
}
