namespace DocReport.Tests.Analysis;

/// <summary>
/// Round 43 (issue 8): a middle name no list knows as a given name ("Marta Quillen Ruiz") is no second bearer of the surname, so
/// "Ms. Ruiz" and "Mr. Ruiz" are told apart by the title's sex where the text names Marta and Tomas Ruiz, instead of both being
/// left unsure between three bearers ("Quillen Ruiz" read as a third).
/// </summary>
public class MiddleNameBearerTests
{
    private static readonly string[] Opening =
    [
        "Pension fund short of money",
        "Marta Quillen Ruiz has run the state treasury since 2019.",
        "Her husband, Tomas Ruiz, runs a bakery in the capital.",
    ];

    [Theory]
    [InlineData("Ms. Ruiz", "Marta Ruiz")]
    [InlineData("Mr. Ruiz", "Tomas Ruiz")]
    public void A_title_of_a_sex_is_the_one_bearer_of_that_sex(string titled, string bearer)
    {
        var dataset = Analyzed.Of([.. Opening, $"“We cannot wait another year,” {titled} said."]);
        Assert.Equal([bearer], dataset.SpeakersOf("“We cannot wait another year"));
    }

    [Fact]
    public void A_title_of_her_sex_is_the_source_cited_with_her_middle_name()
    {
        var dataset = Analyzed.Of(
            "Pension fund short of money",
            "Marta Quillen Ruiz said on Monday that the pension fund was short of money.",
            "Her husband, Tomas Ruiz, runs a bakery in the capital.",
            "“We cannot wait another year,” Ms. Ruiz said.");
        Assert.Equal(["Marta Quillen Ruiz"], dataset.SpeakersOf("“We cannot wait another year"));
    }
}
