using DocReport.Analysis.Sources;

namespace DocReport.Tests.Analysis;

/// <summary>
/// A participle, adverb or determiner that opens a sentence ("Having said that", "Just over a third say", "Whichever plan wins")
/// is capitalised only because the sentence starts there: it names no source.
/// </summary>
public class SentenceOpenerTests
{
    [Theory]
    [InlineData("Having")]
    [InlineData("Just")]
    [InlineData("Whichever")]
    [InlineData("Whatever")]
    [InlineData("Subsequent")]
    public void A_sentence_opening_word_alone_names_no_one(string word) => Assert.Null(SourcePhrase.Parse(word));

    [Theory]
    [InlineData("Amelia Just", "Amelia Just")]
    [InlineData("Just Eat", "Just Eat")]
    public void The_same_word_inside_a_capitalised_name_is_part_of_the_name(string phrase, string name) =>
        Assert.Equal(name, SourcePhrase.Parse(phrase)?.Name);

    [Fact]
    public void Having_said_that_opening_a_sentence_lists_no_source_named_having()
    {
        var dataset = Analyzed.Of(
            "The bakery on Mill Lane lost most of its trade when the bridge closed.",
            "Having said that, there are some shopkeepers who argue that the new car park will bring people back.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Having", StringComparison.Ordinal));
    }
}
