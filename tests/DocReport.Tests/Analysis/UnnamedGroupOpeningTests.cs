using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>
/// "Unnamed Iraqi officials said": a word that only says the text gives no name, or a common adjective the text capitalises
/// only because it opens the sentence before a nationality, describes an unnamed group; it names no body called "Unnamed" or
/// "Local" (issue 8).
/// </summary>
public class UnnamedGroupOpeningTests
{
    private const string Next = "The ministry has not published the terms of the deal.";

    [Theory]
    [InlineData("Unnamed Iraqi officials said the contract was signed in March.", "Unnamed Iraqi officials", "unnamed Iraqi officials", SourceKind.Government)]
    [InlineData("Anonymous Iraqi military officials said the contract was signed in March.", "Anonymous Iraqi military officials", "unnamed Iraqi military officials", SourceKind.Government)]
    [InlineData("Unnamed officials said the contract was signed in March.", "Unnamed officials", "unnamed officials", SourceKind.Government)]
    [InlineData("Anonymous sources said the contract was signed in March.", "Anonymous sources", "unnamed sources", SourceKind.Person)]
    // in the middle of a sentence the word was kept too: "unnamed unnamed officials"
    [InlineData("Two unnamed officials said the contract was signed in March.", "Two unnamed officials", "unnamed officials", SourceKind.Government)]
    public void A_word_saying_the_source_is_unnamed_is_no_name(string sentence, string source, string name, SourceKind kind)
    {
        var dataset = Analyzed.Of(sentence, Next);
        var found = dataset.SourceOf(dataset.AttributionFrom(source));
        Assert.Equal((name, kind), (found.Name, found.Kind));
    }

    [Theory]
    // a common adjective opening the sentence before a nationality describes the group
    [InlineData("Local Iraqi officials said the contract was signed in March.", "Local Iraqi officials", "unnamed local Iraqi officials")]
    // (a group of people is named by its nationality and head noun alone, as "senior French diplomats" is: a guard)
    [InlineData("Former French diplomats said the talks had stalled in March.", "Former French diplomats", "unnamed French diplomats")]
    // a body after the unnaming word is still whose officials they are
    [InlineData("Unnamed Pentagon officials said the contract was signed in March.", "Unnamed Pentagon officials", "Pentagon")]
    // a group so called, alone before its verb
    [InlineData("Anonymous said it had attacked the ministry's website.", "Anonymous", "Anonymous")]
    // a name before the people it has, with no nationality after it, stays the body
    [InlineData("Acme officials said the plant would close in March.", "Acme officials", "Acme")]
    public void A_sentence_opening_word_is_a_name_only_where_it_can_be_one(string sentence, string source, string name)
    {
        var dataset = Analyzed.Of(sentence, Next);
        Assert.Equal(name, dataset.SourceOf(dataset.AttributionFrom(source)).Name);
    }
}
