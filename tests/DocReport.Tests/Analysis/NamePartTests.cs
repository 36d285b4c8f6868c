using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A surname alone is matched only to full names that really end in it: a hyphenated given name is read whole, a middle
/// name is no surname, and a year before a name says when. A name may open with digits.
/// </summary>
public class NamePartTests
{
    [Theory]
    // "Paul-Henri Brandt Okafor": Brandt is his middle name, Okafor his surname; "Henri Brandt" is nobody
    [InlineData("Celia Brandt opened the gallery.\nHer son, Paul-Henri Brandt Okafor, was born in Lyon.", "Celia Brandt")]
    [InlineData("The gallery's founder, Jean-Marc Brandt, wrote the catalogue.", "Jean-Marc Brandt")]
    // a double-barrelled surname is another surname
    [InlineData("Celia Brandt opened the gallery with the curator Ann Brandt-Ruiz.", "Celia Brandt")]
    // a suffix or a day after the surname does not make it a middle name, nor does a title-case headline
    [InlineData("Yesterday the gallery hired Tom Brandt Jr. as its curator.", "Tom Brandt")]
    [InlineData("Yesterday the gallery hired Tom Brandt Tuesday as its curator.", "Tom Brandt")]
    [InlineData("Curator Tom Brandt Vows To Reopen Gallery\nThe doors stayed shut.", "Tom Brandt")]
    [InlineData("Curator Tom Brandt Sides with Artists Over Rent.\nThe doors stayed shut.", "Tom Brandt")]
    // a given name written with its accents is the listed one
    [InlineData("Héloïse Brandt opened the gallery.", "Héloïse Brandt")]
    public void A_surname_alone_is_matched_to_the_full_names_ending_in_it(string text, string fullName)
    {
        var scanner = new FirstNameScanner(text);
        Assert.False(scanner.IsShared("Brandt"));
        Assert.Equal(fullName, scanner.FullNameOf("Brandt"));
    }

    [Fact]
    public void A_surname_is_not_linked_to_a_son_whose_middle_name_it_is()
    {
        var dataset = Analyzed.Of(
            "Even though Hélène Marchetti is a famous violinist, critics have mostly written about her stage clothes.",
            "Her first child, Jean-Marc Marchetti Okafor, was born in the spring of that year.",
            "Marchetti also made it clear that she had once hated performing in public.");
        Assert.Equal("Hélène Marchetti", dataset.SourceOf(dataset.AttributionFrom("Marchetti")).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Marc Marchetti"));
    }

    [Fact]
    public void A_year_after_a_preposition_is_no_part_of_the_speakers_name()
    {
        var dataset = Analyzed.Of(
            "Hélène Marchetti gave her last concert in Vienna.",
            "At the end of 2019 Marchetti revealed that she would teach instead.");
        var attribution = dataset.AttributionFrom("Marchetti");
        Assert.Equal("Hélène Marchetti", dataset.SourceOf(attribution).Name);
    }

    [Theory]
    [InlineData("according to the analytics firm 4321metrics", "4321metrics")]
    [InlineData("according to 23andYou, a genetics company", "23andYou")]
    public void A_name_may_open_with_digits(string citation, string name)
    {
        var dataset = Analyzed.Of($"Sales of frozen peas rose by a third last winter, {citation}.");
        var source = dataset.SourceNamed(name);
        Assert.Equal(SourceKind.Organization, source.Kind);
        Assert.Contains(name, dataset.SourceNamesOf(dataset.ClaimContaining("frozen peas")));
    }

    [Theory]
    [InlineData("4321metrics", true)]
    [InlineData("23andYou", true)]
    [InlineData("1990s", false)]
    [InlineData("4th", false)]
    [InlineData("30mph", false)]
    [InlineData("40something", false)]
    [InlineData("2019", false)]
    public void Digits_open_a_name_only_before_a_word_that_is_no_unit(string token, bool name) =>
        Assert.Equal(name, PhraseTokens.IsCapitalized(token));
}
