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
}
