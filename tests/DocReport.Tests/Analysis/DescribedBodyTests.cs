namespace DocReport.Tests.Analysis;

/// <summary>A body described by a common noun ("the institution", "the company") is the one its own sentence names before it.</summary>
public class DescribedBodyTests
{
    [Fact]
    public void A_description_is_the_one_body_of_its_kind_its_sentence_names()
    {
        var dataset = Analyzed.Of(
            "Some 400 blankets had been stored in a basement of the Marlow Valley Hospital, officials at the institution said.",
            "The door is usually locked, the officials said.");
        Assert.Equal("Marlow Valley Hospital", dataset.SourceOf(dataset.AttributionFrom("officials at the institution")).Name);
        Assert.Equal(dataset.AttributionFrom("officials at the institution").SourceId, dataset.AttributionFrom("the officials").SourceId);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("institution"));
    }

    [Fact]
    public void A_description_fitting_two_bodies_of_its_sentence_stays_apart_from_both()
    {
        var dataset = Analyzed.Of(
            "The crates from Harwick Foods Ltd reached Brennan Packaging Ltd a week late, the company said.");
        var source = dataset.AttributionFrom("the company").SourceId;
        Assert.DoesNotContain(dataset.Sources, s => s.Id == source && (s.Name.Contains("Harwick") || s.Name.Contains("Brennan")));
    }
}
