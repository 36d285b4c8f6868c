using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A person's role written with a capital before "of" and a body or an office ("The Governor of the Bank of England", "The
/// Chairwoman of Ukraine's Central Bank") is the person who holds it, named by the whole phrase; the body's words are no surname.
/// </summary>
public class RoleOfBodyTests
{
    [Fact]
    public void A_capitalised_role_of_a_body_is_a_person()
    {
        var dataset = Analyzed.Of("The Governor of the Bank of Harwick warned that prices were rising fast.");
        var source = dataset.SourceOf(dataset.AttributionFrom("The Governor of the Bank of Harwick"));
        Assert.Equal(("Governor of the Bank of Harwick", SourceKind.Person), (source.Name, source.Kind));
    }

    [Fact]
    public void The_role_keeps_the_country_whose_body_it_is()
    {
        var dataset = Analyzed.Of("The Chairwoman of Harwick’s Central Bank says two owners took $5 billion out of the bank.");
        var source = dataset.SourceOf(dataset.AttributionFrom("The Chairwoman of Harwick’s Central Bank"));
        Assert.Equal(("Chairwoman of Harwick’s Central Bank", SourceKind.Person), (source.Name, source.Kind));
    }

    [Fact]
    public void The_body_named_later_is_not_the_person_holding_its_role()
    {
        var dataset = Analyzed.Of(
            "The Chairwoman of the Harwick Central Bank says two owners took $5 billion out of the bank.",
            "A spokesman for the Harwick Central Bank said the figures were wrong.");
        Assert.NotEqual(dataset.AttributionFrom("The Chairwoman of the Harwick Central Bank").SourceId, dataset.AttributionFrom("A spokesman for the Harwick Central Bank").SourceId);
    }

    [Fact]
    public void A_body_whose_first_word_is_no_role_stays_a_body()
    {
        var dataset = Analyzed.Of("The Bank of Harwick warned that prices were rising fast.");
        Assert.NotEqual(SourceKind.Person, dataset.SourceOf(dataset.AttributionFrom("The Bank of Harwick")).Kind);
    }

    [Theory]
    [InlineData("The Speaker of the House said the bill would pass next week.", "The Speaker of the House")]
    [InlineData("The Chancellor of the Exchequer warned that borrowing would rise.", "The Chancellor of the Exchequer")]
    public void The_speaker_and_the_chancellor_of_an_office_are_people(string sentence, string phrase)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Equal(SourceKind.Person, dataset.SourceOf(dataset.AttributionFrom(phrase)).Kind);
    }

    [Fact]
    public void A_body_named_for_a_speaker_stays_a_body()
    {
        var dataset = Analyzed.Of("The Speakers Bureau of Harwick said the tour was cancelled.");
        Assert.NotEqual(SourceKind.Person, dataset.SourceOf(dataset.AttributionFrom("The Speakers Bureau of Harwick")).Kind);
    }
}
