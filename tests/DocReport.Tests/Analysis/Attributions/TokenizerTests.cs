using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Tests.Analysis.Attributions;

public class TokenizerTests
{
    [Fact]
    public void Words_split_from_punctuation_and_clitics_keeping_acronyms_and_numbers_whole()
    {
        const string text = "Trump’s aides didn't say, U.S. officials said 3,000 people left.";
        var tokens = Tokenizer.Tokens(text, 0, text.Length);
        Assert.Equal(["Trump", "’s", "aides", "did", "n't", "say", ",", "U.S.", "officials", "said", "3,000", "people", "left", "."], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
        Assert.Equal("trump", tokens[0].Lower);
    }

    [Fact]
    public void Only_the_given_range_is_read()
    {
        const string text = "Before. He said so. After.";
        Assert.Equal(["He", "said", "so", "."], Tokenizer.Tokens(text, 8, 19).Select(t => t.Text));
    }
}
