namespace DocReport.Tests.Analysis;

/// <summary>
/// Two duplicates of the Sources sheet (issue 8, round 41): "a further concerned reader" listed beside "unnamed reader" though the
/// words say it is one more of them, and "the statement" listed as a document of its own though the text says who provided it.
/// </summary>
public class OneMoreAndGivenPaperTests
{
    [Theory]
    [InlineData("And a further concerned reader wrote, “The town deserves better than this.”")]
    [InlineData("An additional concerned reader wrote, “The town deserves better than this.”")]
    [InlineData("“The town deserves better than this,” another concerned reader wrote.")]
    public void One_more_reader_is_listed_with_the_reader_cited_before(string sentence)
    {
        var dataset = Analyzed.Of(
            "The ferry timetable drew hundreds of replies on the council's page.",
            "One reader wrote that the morning crossing was always late.",
            sentence);
        Assert.Equal(["unnamed reader"], dataset.Sources.Select(s => s.Name));
        Assert.Equal(2, dataset.Sources[0].Mentions);
    }

    [Fact]
    public void A_reader_told_apart_by_words_of_its_own_without_one_more_stays_apart()
    {
        var dataset = Analyzed.Of(
            "One reader wrote that the morning crossing was always late.",
            "A concerned reader wrote that the evening crossing was worse.");
        Assert.Equal(2, dataset.Sources.Count);
    }

    [Fact]
    public void The_statement_a_cited_person_provided_is_that_person_s()
    {
        var dataset = Analyzed.Of(
            "The Harwick Post reported that the port had lost two cranes in the storm.",
            "The harbour master, Edda Lund, told the Post that repairs would take a month.",
            "The Post said Lund provided a written statement in reply to its questions.",
            "“The cranes will be back in service before the autumn season,” the statement said.");
        Assert.Equal("Edda Lund", dataset.SourceOf(dataset.AttributionFrom("the statement")).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("statement"));
    }

    [Fact]
    public void A_statement_provided_by_someone_never_cited_is_not_the_reporter_s()
    {
        var dataset = Analyzed.Of(
            "The Harwick Post reported that the port had lost two cranes in the storm.",
            "The Post said Lund provided a written statement in reply to its questions.",
            "“The cranes will be back in service before the autumn season,” the statement said.");
        Assert.NotEqual("Harwick Post", dataset.SourceOf(dataset.AttributionFrom("the statement")).Name);
    }
}
