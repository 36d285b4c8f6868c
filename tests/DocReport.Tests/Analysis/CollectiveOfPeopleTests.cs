using DocReport.Analysis.Sources;
using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>"A group of researchers", "a team of scientists": a collective of people named by a plural the lists know is those people, not a body.</summary>
public class CollectiveOfPeopleTests
{
    [Theory]
    [InlineData("a group of researchers", "researchers")]
    [InlineData("A team of marine scientists", "scientists")]
    [InlineData("a group of local officials", "officials")]
    public void A_collective_of_people_is_the_people(string phrase, string head)
    {
        var parsed = SourcePhrase.Parse(phrase);
        Assert.NotNull(parsed);
        Assert.Equal(PhraseForm.Descriptor, parsed.Form);
        Assert.EndsWith(head, parsed.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a group of retailers")]
    [InlineData("a group of artists and writers")]
    [InlineData("A group of 40 Nordic painters")]
    [InlineData("a group of donors, officials")]
    public void A_group_of_bodies_a_list_or_a_name_stays_the_group(string phrase) =>
        Assert.EndsWith("group", SourcePhrase.Parse(phrase)?.Name, StringComparison.Ordinal);

    [Fact]
    public void A_group_of_researchers_and_the_researchers_after_it_are_one_source()
    {
        var dataset = Analyzed.Of(
            "A group of researchers said on Monday that the river's eels had returned after ten years.",
            "The researchers said the cleaner water was the likeliest cause.");
        var source = Assert.Single(dataset.Sources);
        Assert.Equal("unnamed researchers", source.Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("group", StringComparison.Ordinal));
    }
}
