using System.Text.RegularExpressions;
using DocReport.Analysis;

namespace DocReport.Tests.Analysis;

/// <summary>A whole text's matches read one at a time are the matches <see cref="Regex.Matches(string)"/> gives, in its order.</summary>
public class SuccessiveMatchesTests
{
    private const string Text = "Sen. Ada Voss met Mr. Ola Brandt-Ruiz in Kiel.\nThe\tMayor of Harlow, Dr. Ines Ek, said: “ok”. Ada's aide left; ÉMILE Ørsted stayed.";

    [Theory]
    // empty matches (a lookahead, as the person-name scanner's): each place is tried once, none skipped
    [InlineData(@"\b(?=(\p{Lu}[\p{L}'’-]*)\.?[ \t]+(\p{Lu}[\p{L}'’-]+)\b)")]
    [InlineData(@"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?![\p{L}'’-])")]
    [InlineData(@"\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*\p{Lu}[\p{L}'’-]*)+")]
    // a pattern that matches the empty string everywhere, and one that matches nothing
    [InlineData(@"x*")]
    [InlineData(@"\d{3}")]
    public void Gives_the_matches_of_the_whole_text_in_order(string pattern)
    {
        var regex = new Regex(pattern);
        Assert.Equal(regex.Matches(Text).Select(m => (m.Index, m.Length, m.Groups.Count > 1 ? m.Groups[1].Value : "")),
            SuccessiveMatches.Of(regex, Text).Select(m => (m.Index, m.Length, m.Groups.Count > 1 ? m.Groups[1].Value : "")));
    }

    [Fact]
    public void Reads_an_empty_text()
    {
        Assert.Equal([(0, 0)], SuccessiveMatches.Of(new Regex("a*"), "").Select(m => (m.Index, m.Length)));
        Assert.Empty(SuccessiveMatches.Of(new Regex("a"), ""));
    }
}
