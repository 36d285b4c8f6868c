using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A study, an analysis or a memo whose author the text names after it as a person, or only describes, is a document of its own
/// (FieldEval dev2 "2014 study by Justin Levitt", dev4 "memo released by the State Department's inspector general", round 47);
/// a named body's study stays the body's words.
/// </summary>
public class AuthoredPaperTests
{
    [Fact]
    public void A_study_by_a_person_is_the_study_named_with_its_author()
    {
        var dataset = Analyzed.Of("A 2014 study by Harbour Law School professor Ana Ruiz found 31 cases of ferry fraud out of a million crossings.");
        var source = dataset.SourceOf(dataset.AttributionFrom("A 2014 study by Harbour Law School professor Ana Ruiz"));
        Assert.Equal(("2014 study by Ana Ruiz", SourceKind.Document), (source.Name, source.Kind));
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Ana Ruiz");
    }

    [Fact]
    public void A_memo_released_by_a_described_author_is_the_memo()
    {
        var dataset = Analyzed.Of("The harbour office removed a dozen emails from its archives, according to a memo released Friday by the agency's watchdog.");
        var source = Assert.Single(dataset.Sources);
        Assert.Equal(("memo", SourceKind.Document), (source.Name, source.Kind));
    }

    [Fact]
    public void The_study_later_points_back_to_the_authored_study()
    {
        var dataset = Analyzed.Of(
            "A 2014 study by Harbour Law School professor Ana Ruiz found 31 cases of ferry fraud out of a million crossings.",
            "The study found that most of the cases were clerical errors.");
        Assert.Equal(dataset.AttributionFrom("A 2014 study by Harbour Law School professor Ana Ruiz").SourceId, dataset.AttributionFrom("The study").SourceId);
    }

    [Theory]
    [InlineData("A report by professor Ana Ruiz found 31 cases of ferry fraud out of a million crossings.", "Ana Ruiz")]
    [InlineData("Ana Ruiz, who led a 2014 study of ferry crossings, said most of the cases were clerical errors.", "Ana Ruiz")]
    public void A_report_by_a_person_and_a_person_who_led_a_study_stay_the_person(string sentence, string name)
    {
        Assert.Equal(SourceKind.Person, Analyzed.Of(sentence).SourceNamed(name).Kind);
    }
}
