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
}
