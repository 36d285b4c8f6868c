using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A capitalised plural of an agent noun alone before its cue at a sentence's start (issue 8, round 42): "Onlookers said" cites an
/// unnamed group of people, not a body called "Onlookers"; the same shape stays a person's surname when the text gives the name a
/// given name or a title.
/// </summary>
public class OpeningPluralTests
{
    [Theory]
    [InlineData("Onlookers said the tram had stopped without warning.", "unnamed onlookers")]
    [InlineData("Boaters told the harbour police that the buoy had drifted.", "unnamed boaters")]
    public void A_plural_agent_noun_opening_the_sentence_is_a_group_of_people(string sentence, string name)
    {
        var dataset = Analyzed.Of("The tram line reopened on Friday.", sentence);
        var source = Assert.Single(dataset.Sources);
        Assert.Equal((name, SourceKind.Person), (source.Name, source.Kind));
    }

    [Theory]
    [InlineData("Mayor Travers opened the session.", "Travers said the fares would rise in June.", "Travers")]
    [InlineData("Ada Sellers opened the session.", "Sellers said the fares would rise in June.", "Ada Sellers")]
    public void The_same_shape_with_a_title_or_a_given_name_elsewhere_is_a_person(string before, string sentence, string name)
    {
        var source = Assert.Single(Analyzed.Of(before, sentence).Sources);
        Assert.Equal((name, SourceKind.Person), (source.Name, source.Kind));
    }
}
