using System.Text;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis;

public class HeadlineSourceTests
{
    private static ArticleDataset Convert(params string[] lines) =>
        new PipelineBuilder().Build().Convert(new SourceFile("harbour.txt", Encoding.UTF8.GetBytes(string.Join("\n\n", lines) + "\n"))).Dataset!;

    // A headline's description of someone the body names is no source of its own; a name only the headline cites stays when the
    // body writes it.
    [Theory]
    [InlineData("Harbour Chief Says Mooring Fees Will Double.", "Maren Holt, who runs the Harwick harbour board, said on Monday that mooring fees would double in May.", "Maren Holt")]
    [InlineData("Ovid Grell Says Mooring Fees Will Double.", "Ovid Grell has run the Harwick harbour board since 2015.", "Ovid Grell")]
    public void A_headline_cites_only_what_the_body_names(string headline, string body, string source)
    {
        var dataset = Convert(headline, body, "The board last raised its fees in 2019.");
        Assert.Equal(source, Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_headline_s_capitalised_common_words_are_no_source()
    {
        var dataset = Convert(
            "New Figures Show Harbour Trade Fell Sharply.",
            "Trade through Harwick harbour fell by a third last year, the port authority said on Monday.",
            "The authority blamed the closure of the ferry line.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Figures", StringComparison.OrdinalIgnoreCase));
    }
}
