using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Kinds and names of sources whose titles, given names or body words were misread on real news pages.</summary>
public class SourceKindTests
{
    [Theory]
    [InlineData("Opposition Leader Bill Shorten said the budget was unfair to families.", "Bill Shorten")]
    [InlineData("Secretary of State Mike Pompeo said the sanctions would remain in place.", "Mike Pompeo")]
    [InlineData("House Speaker Paul Ryan said the vote would be held on Thursday.", "Paul Ryan")]
    public void A_title_before_a_given_name_and_surname_makes_a_person_named_without_it(string sentence, string person)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(person, source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Fact]
    public void A_person_called_by_a_common_given_name_alone_is_a_person()
    {
        var dataset = Analyzed.Of("Asked about the primary, Walter said, \"We all have different viewpoints.\"");
        Assert.Equal(SourceKind.Person, dataset.SourceNamed("Walter").Kind);
    }

    [Theory]
    [InlineData("The House Intelligence Committee said the report was incomplete.", "House Intelligence Committee", SourceKind.Government)]
    [InlineData("The Joint Committee on Intelligence and Security said the bill needed changes.", "Joint Committee on Intelligence and Security", SourceKind.Government)]
    [InlineData("The Democratic National Committee said it had raised $20 million.", "Democratic National Committee", SourceKind.Organization)]
    [InlineData("Yahoo Finance reported that the shares fell 5 percent.", "Yahoo Finance", SourceKind.Media)]
    public void Committees_are_government_unless_a_party_s_and_known_outlets_are_media(string sentence, string name, SourceKind kind)
    {
        var source = Analyzed.Of(sentence).SourceNamed(name);
        Assert.Equal(kind, source.Kind);
    }

    [Theory]
    [InlineData("A spokesperson for Sheffield University said students could ask for help.", "Sheffield University", SourceKind.Organization)]
    [InlineData("Throgs Neck resident Dennise Laboy, 55, said the push to approve the rezoning incensed her.", "Dennise Laboy", SourceKind.Person)]
    [InlineData("Relatives said that he knew the two men well.", "unnamed relatives", SourceKind.Other)]
    [InlineData("Speaking in the Commons, the Conservative MP said the industry was barely able to operate.", "unnamed Conservative MP", SourceKind.Person)]
    public void People_and_bodies_are_told_apart_by_their_words_not_by_a_given_name_or_a_capital(string sentence, string name, SourceKind kind)
    {
        Assert.Equal(kind, Analyzed.Of(sentence).SourceNamed(name).Kind);
    }
}
