using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// "The authors" are the writers of the work the text named just before: their words are that work's, a document source, not an
/// unnamed group of people (FieldEval mixed, thelist: "a 2013 editorial in the Annals of Internal Medicine ... The authors argued").
/// </summary>
public class AuthorsOfWorkTests
{
    [Fact]
    public void The_authors_are_the_work_named_in_the_sentence_before()
    {
        var dataset = Analyzed.Of(
            "Many gardeners water their lawns at noon, though the practice was questioned by a 2019 review in the Quarterly Journal of Turf Science.",
            "The authors argued that most of the water evaporates before it reaches the roots.");
        var source = dataset.SourceOf(dataset.AttributionFrom("The authors"));
        Assert.Equal("2019 review in the Quarterly Journal of Turf Science", source.Name);
        Assert.Equal(SourceKind.Document, source.Kind);
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "unnamed authors");
    }

    [Fact]
    public void The_authors_of_a_cited_study_are_that_study()
    {
        var dataset = Analyzed.Of(
            "A new study of 900 beekeepers suggests that hives kept near orchards produce more honey.",
            "The authors stressed that the effect was small in cold years.");
        Assert.Equal(dataset.AttributionFrom("A new study of 900 beekeepers").SourceId, dataset.AttributionFrom("The authors").SourceId);
    }

    [Fact]
    public void The_authors_with_no_work_named_nearby_stay_an_unnamed_group()
    {
        var dataset = Analyzed.Of(
            "A new study of 900 beekeepers was published in the spring.",
            "Hives kept near orchards were busier in every month of the year.",
            "Cold weather slowed the bees in the north.",
            "The authors stressed that the effect was small in cold years.");
        Assert.Equal("unnamed authors", dataset.SourceOf(dataset.AttributionFrom("The authors")).Name);
    }
}
