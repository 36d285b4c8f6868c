using DocReport.Reading;

namespace DocReport.Tests.Reading;

public class BylineTextTests
{
    [Theory]
    [InlineData("Jeff Foust — November 18, 2019", new[] { "Jeff Foust" })]
    [InlineData("By Ana Ruiz and Ben Cole | Staff writers", new[] { "Ana Ruiz", "Ben Cole" })]
    [InlineData("Von Sina Giebel", new[] { "Sina Giebel" })]
    [InlineData("Par Claire Dupont, 8 mars 2021", new[] { "Claire Dupont" })]
    [InlineData("Mateusz Seroka, Piotr Żochowski", new[] { "Mateusz Seroka", "Piotr Żochowski" })]
    public void Authors_are_names_only_never_dates_or_by(string byline, string[] expected) =>
        Assert.Equal(expected, BylineText.SplitNames(byline));
}
