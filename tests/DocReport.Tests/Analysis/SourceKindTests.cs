using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Kinds and names of sources whose titles, given names or body words were misread on real news pages.</summary>
public class SourceKindTests
{
    [Theory]
    [InlineData("Opposition Leader Bill Shorten said the budget was unfair to families.", "Bill Shorten")]
    [InlineData("Secretary of State Mike Pompeo said the sanctions would remain in place.", "Mike Pompeo")]
    [InlineData("House Speaker Paul Ryan said the vote would be held on Thursday.", "Paul Ryan")]
    [InlineData("Republican Maud Ellery, a former mayor of the town, told the Harbour Courier last week she would vote for the levy.", "Maud Ellery")]
    [InlineData("Parish Clerk Ivor Penhale said the hall would stay shut until the roof was mended.", "Ivor Penhale")]
    [InlineData("Democrat Rose Keel told a meeting in the chapel that the county could not afford the new road.", "Rose Keel")]
    public void A_title_before_a_given_name_and_surname_makes_a_person_named_without_it(string sentence, string person)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(person, source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Fact]
    public void Initials_before_a_given_name_and_surname_stay_in_the_name()
    {
        var source = Assert.Single(Analyzed.Of("JP Morgan Chase said its profits rose 12 percent in the third quarter.").Sources);
        Assert.Equal("JP Morgan Chase", source.Name);
    }

    [Theory]
    [InlineData("The House Intelligence Committee said the report was incomplete.", "House Intelligence Committee", SourceKind.Government)]
    [InlineData("The Joint Committee on Intelligence and Security said the bill needed changes.", "Joint Committee on Intelligence and Security", SourceKind.Government)]
    [InlineData("The Democratic National Committee said it had raised $20 million.", "Democratic National Committee", SourceKind.Organization)]
    [InlineData("Yahoo Finance reported that the shares fell 5 percent.", "Yahoo Finance", SourceKind.Media)]
    [InlineData("A spokesperson for Sheffield University said students could ask for help.", "Sheffield University", SourceKind.Organization)]
    [InlineData("Throgs Neck resident Dennise Laboy, 55, said the push to approve the rezoning incensed her.", "Dennise Laboy", SourceKind.Person)]
    [InlineData("Relatives said that he knew the two men well.", "unnamed relatives", SourceKind.Other)]
    [InlineData("Asked about the primary, Walter said, \"We all have different viewpoints.\"", "Walter", SourceKind.Person)]
    [InlineData("Speaking in the Commons, the Conservative MP said the industry was barely able to operate.", "unnamed Conservative MP", SourceKind.Person)]
    [InlineData("Like most voters in the county, many Democrats say the new bridge tax is unfair.", "Democrats", SourceKind.Other)]
    [InlineData("Pundits said the race for the county seat was over.", "unnamed pundits", SourceKind.Other)]
    [InlineData("After the debate, many commentators said the mayor had been the calmest on the stage.", "unnamed commentators", SourceKind.Other)]
    [InlineData("Senate Republicans argued that the bill would raise prices.", "Senate Republicans", SourceKind.Other)]
    public void Kinds_come_from_body_words_outlet_lists_and_people_groups_not_from_a_given_name_or_a_capital(string sentence, string name, SourceKind kind)
    {
        Assert.Equal(kind, Analyzed.Of(sentence).SourceNamed(name).Kind);
    }

    [Fact]
    public void A_party_word_before_a_noun_names_no_source()
    {
        var dataset = Analyzed.Of("The Republican nominee and his aides have said that the debate will be hard.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Republican");
    }
}
