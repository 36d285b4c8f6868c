using DocReport.Analysis.Sources;

namespace DocReport.Tests.Analysis;

/// <summary>The full names a text gives a surname are found on every line that holds it, at the text's ends as in its middle.</summary>
public class FirstNameScannerTests
{
    private const string Text =
        "John Harrow opened the inquiry.\n" +
        "The panel then heard from Harrow, and from the clerk.\n" +
        "Maria Vell and the clerk, Tom\nVell, signed it.\n" +
        "Later Maria Harrow disagreed with John Harrow.\n" +
        "Nobody else spoke to John\tQ. Pell";

    [Theory]
    [InlineData("Harrow", "John Harrow|Maria Harrow")]
    [InlineData("Vell", "Maria Vell")]
    [InlineData("Pell", "John\tQ. Pell")]
    [InlineData("Quill", "")]
    public void Every_line_holding_the_surname_gives_its_full_names(string surname, string names)
    {
        var scanner = new FirstNameScanner(Text);
        var expected = names.Split('|', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Length > 1, scanner.IsShared(surname));
        Assert.Equal(expected is [var only] ? only : null, scanner.FullNameOf(surname));
    }

    [Theory]
    [InlineData("Mother Corners Vance On Refusal\nPresident Paul Vance replied.", "Paul Vance")]
    [InlineData("The skipper Wade Vance and President Paul Vance replied.", "Wade Vance|Paul Vance")]
    [InlineData("The agency's Wade Vance and President Paul Vance replied.", "Wade Vance|Paul Vance")]
    [InlineData("Mother Corners Vance\nPresident Wade Vance replied.", "Wade Vance")]
    public void An_unknown_capitalised_word_is_a_given_name_only_after_a_lower_case_word(string text, string names)
    {
        var scanner = new FirstNameScanner(text);
        var expected = names.Split('|');
        Assert.Equal(expected.Length > 1, scanner.IsShared("Vance"));
        Assert.Equal(expected is [var only] ? only : null, scanner.FullNameOf("Vance"));
    }

    [Fact]
    public void A_word_before_an_acronym_is_no_given_name()
    {
        var scanner = new FirstNameScanner("In 2005, the Eurosceptic HVP campaigned hard against the treaty. The HVP counterproposal argued otherwise.");
        Assert.Null(scanner.FullNameOf("HVP"));
    }
}
