using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;

namespace DocReport.Tests.Analysis;

/// <summary>Look-ups built once per text give what a regex over the whole text gave for each name: the same words, the same matches.</summary>
public class WholeTextLookupTests
{
    private const string Text =
        "An economist at Harlow Bank said rates would rise.\n" +
        "Traders at  Harlow Bank's desk disagreed, and people at at Harlow Bank left.\n" +
        "A clerk at Harlow Banking Group, analysts at Harlow Bank-owned funds and strategists at\tHarlow Bank\n" +
        "spoke; nobody at Harlow Bank";

    [Theory]
    [InlineData("Harlow Bank")]
    [InlineData("Harlow Banking Group")]
    [InlineData("Harlow")]
    [InlineData("Bank")]
    [InlineData("Quarry Trust")]
    public void Words_written_before_at_a_name_are_those_the_regex_finds(string name)
    {
        var expected = Regex.Matches(Text, $@"\b(\p{{Ll}}+)\s+at\s+{Regex.Escape(name)}\b(?!['’]s\b)").Select(m => m.Groups[1].Value);
        Assert.Equal(expected, new AtPhrases(Text).WordsBefore(name));
    }

    [Fact]
    public void The_index_finds_each_word_at_the_name_once_and_leaves_out_a_possessive()
    {
        Assert.Equal(["economist", "at", "analysts", "strategists", "nobody"], new AtPhrases(Text).WordsBefore("Harlow Bank"));
    }

    [Theory]
    [InlineData("Bank")]
    [InlineData("Harlow")]
    [InlineData("Trust")]
    public void Lines_holding_the_word_give_the_matches_of_the_whole_text(string word)
    {
        var pattern = new Regex($@"\b(\p{{Lu}}[\p{{L}}-]*)(?:['’]s)?[ \t]+{Regex.Escape(word)}\b");
        Assert.Equal(pattern.Matches(Text).Select(m => (m.Index, m.Value)), NameOccurrences.InLinesHolding(Text, pattern, word).Select(m => (m.Index, m.Value)));
    }
}
