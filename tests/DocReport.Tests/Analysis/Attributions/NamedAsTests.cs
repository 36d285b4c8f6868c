namespace DocReport.Tests.Analysis.Attributions;

/// <summary>Something introduced by its name ("a group called 'X'") says nothing; someone who calls a thing something does.</summary>
public class NamedAsTests
{
    [Fact]
    public void A_group_introduced_by_its_quoted_name_is_no_source()
    {
        var dataset = Analyzed.Of(
            "A Facebook group called 'Friends of the Old Mill' has some 4,000 members, while another has 900.");
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void Someone_who_calls_a_plan_something_is_still_a_source()
    {
        var dataset = Analyzed.Of("Mayor Ilse Varno called the plan “reckless” on Monday.");
        Assert.Contains(dataset.Sources, s => s.Name == "Ilse Varno");
    }
}
