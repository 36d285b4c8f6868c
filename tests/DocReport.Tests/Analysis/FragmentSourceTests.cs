using DocReport.Analysis.Sources;

namespace DocReport.Tests.Analysis;

/// <summary>Pieces of a sentence the tagger can read as a speaker that name no one: common words, cut names.</summary>
public class FragmentSourceTests
{
    [Theory]
    [InlineData("Horror stories about the landlord spread fast. Tenants told horror stories for years.", "Horror", true)]
    [InlineData("Shelter said rents rose. The shelter on Elm Street was full, a director at Shelter said.", "Shelter", false)]
    [InlineData("Kestrel said rents rose. Tenants agreed.", "Kestrel", false)]
    public void A_word_capitalised_only_where_a_sentence_opens_and_written_in_lower_case_elsewhere_is_no_name(string text, string word, bool common)
    {
        var source = new SourceRegistry(text).Resolve(SourcePhrase.Parse(word)!, 0, word.Length);
        Assert.Equal(common, source is null);
    }
}
