namespace DocReport.Tests.Analysis;

/// <summary>A common noun before "officials" is no pointer to a named country; two documents joined by "and" are two sources.</summary>
public class CommonOwnerSourceTests
{
    private const string Aid = "The United States has sent aid to the flooded towns of the valley.";

    [Fact]
    public void Federal_and_state_officials_are_not_the_united_states()
    {
        var dataset = Analyzed.Of(Aid, "Federal and state officials said the levees would hold through the weekend.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "United States");
        Assert.Contains(dataset.Sources, s => s.Name.EndsWith("officials", StringComparison.Ordinal));
    }

    [Fact]
    public void A_singular_description_does_not_point_back_to_a_plural_name()
    {
        var dataset = Analyzed.Of(Aid, "The levees would hold through the weekend, state officials said.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "United States");
    }

    [Fact]
    public void Officials_after_joined_groups_are_not_joined_with_them()
    {
        var dataset = Analyzed.Of("The families, supporters and council officials said that a swap of land can be worthwhile.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("supporters", StringComparison.Ordinal));
    }

    [Fact]
    public void US_officials_stay_the_unnamed_US_officials()
    {
        var dataset = Analyzed.Of(Aid, "U.S. officials said the levees would hold through the weekend.");
        Assert.Equal(["unnamed U.S. officials"], dataset.Sources.Select(s => s.Name));
    }

    [Fact]
    public void Two_joined_complaints_each_with_its_filer_are_two_sources()
    {
        var dataset = Analyzed.Of("According to a 40-count complaint filed by the Harbour Commission and a 12-count complaint by Gullwing County, the two owners took $9 million from their tenants.");
        Assert.Equal(2, dataset.Sources.Count(s => s.Name.Contains("complaint", StringComparison.Ordinal)));
        Assert.Contains(dataset.Sources, s => s.Name.Contains("Harbour Commission", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_document_filed_by_a_named_person_stays_that_persons()
    {
        var dataset = Analyzed.Of("The pair lied to the bank, according to a court document filed by state attorney Nora Fenwick.");
        Assert.Equal(["Nora Fenwick"], dataset.Sources.Select(s => s.Name));
    }
}
