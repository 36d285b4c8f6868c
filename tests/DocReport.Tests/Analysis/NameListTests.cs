using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A list of names as a sentence's source (issue 8, round 42): the whole list is the source span and each name on it a source of
/// the sentence, not the list's last names only or its first name only.
/// </summary>
public class NameListTests
{
    private const string Introduced = "Councillors Ada Brannock, Tomas Verrill and Ines Okafor toured the tram depot on Monday.";

    [Fact]
    public void Each_name_of_a_list_of_surnames_speaks_in_its_sentence()
    {
        var dataset = Analyzed.Of(Introduced, "Brannock, Verrill and Okafor said the depot would close in June.");
        var attribution = Assert.Single(dataset.Attributions);
        Assert.Equal("Brannock, Verrill and Okafor", attribution.Source.Text);
        Assert.Equal(["Ada Brannock", "Ines Okafor", "Tomas Verrill"], dataset.SourceNamesOf(dataset.ClaimContaining("the depot would close")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_person_of_a_list_opened_by_a_plural_title_is_a_source()
    {
        var dataset = Analyzed.Of(
            "The transit bill passed the committee on Tuesday.",
            "Sens. Mara Quillon (D-Vt.), Corvin Ashgrove (R-Ind.) and Petra Lindqvist (D-Minn.) all argued that the bill was too weak.");
        Assert.Equal(["Corvin Ashgrove", "Mara Quillon", "Petra Lindqvist"], dataset.SourceNamesOf(dataset.ClaimContaining("the bill was too weak")).Order(StringComparer.Ordinal));
        Assert.All(dataset.Sources, s => Assert.Equal(SourceKind.Person, s.Kind));
    }

    [Fact]
    public void An_opening_word_that_is_no_name_stays_out_of_the_list()
    {
        var dataset = Analyzed.Of(Introduced, "However, Verrill and Okafor said the depot would close in June.");
        Assert.Equal("Verrill and Okafor", Assert.Single(dataset.Attributions).Source.Text);
        Assert.Equal(["Ines Okafor", "Tomas Verrill"], dataset.SourceNamesOf(dataset.ClaimContaining("the depot would close")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_with_a_description_in_commas_is_one_source()
    {
        var dataset = Analyzed.Of("Ada Brannock, the depot manager and union delegate, said the depot would close in June.");
        Assert.Equal(["Ada Brannock"], dataset.SourceNamesOf(dataset.ClaimContaining("the depot would close")));
    }
}
