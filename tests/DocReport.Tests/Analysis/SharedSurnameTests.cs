namespace DocReport.Tests.Analysis;

public class SharedSurnameTests
{
    [Fact]
    public void A_surname_alone_is_the_bearer_the_text_stops_naming_in_full()
    {
        var dataset = Analyzed.Of(
            "Rep. Alan Whitcombe will leave Congress in January to run a charity.",
            "Colleagues were surprised by Whitcombe's exit, which came two weeks before the filing deadline.",
            "Nora Whitcombe, the congressman's wife, runs the charity's board.",
            "Whitcombe said he never planned to stay in Congress for long.");
        Assert.Equal(dataset.SourceNamed("Alan Whitcombe").Id, dataset.AttributionFrom("Whitcombe").SourceId);
    }

    [Fact]
    public void A_surname_alone_stays_unlinked_when_no_bearer_is_named_in_full_after_it()
    {
        var dataset = Analyzed.Of(
            "Rep. Alan Whitcombe and his wife Nora Whitcombe will leave Washington in January.",
            "Colleagues were surprised by Whitcombe's exit, which came two weeks before the filing deadline.",
            "Whitcombe said there had been no pressure to leave.");
        Assert.Null(dataset.AttributionFrom("Whitcombe").SourceId);
    }

    [Fact]
    public void A_headline_s_surname_met_before_any_full_name_does_not_keep_the_bearer_named_later_unsure()
    {
        var dataset = Analyzed.Of(
            "Whitcombe hopes to win back the harbor seat.",
            "The race between Janet Whitcombe and Peter Marsh was close on Tuesday night.",
            "Whitcombe claimed victory on Tuesday, saying the count had been fair.",
            "Her brother, Carl Whitcombe, held the seat until 1998.",
            "Whitcombe said she would cut the harbor fees in her first month.");
        Assert.Equal(["Janet Whitcombe"], dataset.SpeakersOf("the count had been fair"));
        Assert.Equal(["Janet Whitcombe"], dataset.SpeakersOf("cut the harbor fees"));
    }

    [Fact]
    public void A_title_that_tells_a_sex_picks_the_one_bearer_of_that_sex()
    {
        var dataset = Analyzed.Of(
            "Helen Whitcombe and her husband, George Whitcombe, toured the harbor on Monday.",
            "Mrs. Whitcombe said the new pier would open in May.",
            "Mr. Whitcombe said the fees were too high for small boats.");
        Assert.Equal(["Helen Whitcombe"], dataset.SpeakersOf("the new pier would open"));
        Assert.Equal(["George Whitcombe"], dataset.SpeakersOf("the fees were too high"));
    }

    [Fact]
    public void A_title_that_tells_a_sex_stays_unsure_when_two_bearers_are_of_that_sex()
    {
        var dataset = Analyzed.Of(
            "Helen Whitcombe and her sister, Laura Whitcombe, toured the harbor on Monday.",
            "Ms. Whitcombe said the new pier would open in May.");
        Assert.Null(dataset.AttributionFrom("Ms. Whitcombe").SourceId);
    }
}
