namespace DocReport.Tests.Analysis;

/// <summary>
/// "he" and "she" need the sex of a given name: names only one of the public-domain lists gives take the other sex when the US
/// birth counts say so (Aidan, Hailey), but not names the news also writes as surnames (Madison).
/// </summary>
public class GivenNameSexTests
{
    [Fact]
    public void He_is_a_man_whose_given_name_the_list_had_as_a_woman_s()
    {
        var dataset = Analyzed.Of(
            "Dr. Aidan Corlett says the trial shows that short walks lower blood sugar.",
            "“Nobody needs a gym for this,” he said. “A walk round the block is enough.”");
        Assert.Equal(["Aidan Corlett"], dataset.SourceNamesOf(dataset.ClaimContaining("Nobody needs a gym")));
    }

    [Fact]
    public void She_is_a_woman_whose_given_name_the_list_had_as_a_man_s()
    {
        var dataset = Analyzed.Of(
            "Hailey Varga, a nurse at the county clinic, said the waiting list had doubled since March.",
            "“We turn families away every week,” she said.");
        Assert.Equal(["Hailey Varga"], dataset.SourceNamesOf(dataset.ClaimContaining("turn families away")));
    }

    [Fact]
    public void A_given_name_also_written_as_a_place_does_not_block_she()
    {
        var dataset = Analyzed.Of(
            "Coach Lina Dorsey remembered the final as the loudest night of her career.",
            "She watched it at Madison Square Garden in 1994 with her brother.",
            "“The whole arena shook when the last point went in,” she said.");
        Assert.Equal(["Lina Dorsey"], dataset.SourceNamesOf(dataset.ClaimContaining("whole arena shook")));
    }
}
