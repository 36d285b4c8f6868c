using System.Text;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis;

public class HeadlineSourceTests
{
    private static ArticleDataset Convert(params string[] lines) =>
        new PipelineBuilder().Build().Convert(new SourceFile("harbour.txt", Encoding.UTF8.GetBytes(string.Join("\n\n", lines) + "\n"))).Dataset!;

    [Fact]
    public void A_headline_s_description_of_someone_the_body_names_is_no_source_of_its_own()
    {
        var dataset = Convert(
            "Harbour Chief Says Mooring Fees Will Double.",
            "Maren Holt, who runs the Harwick harbour board, said on Monday that mooring fees would double in May.",
            "The board last raised them in 2019.");
        Assert.Equal("Maren Holt", Assert.Single(dataset.Sources).Name);
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

    [Fact]
    public void A_name_only_the_headline_cites_stays_when_the_body_writes_it()
    {
        var dataset = Convert(
            "Ovid Grell Says Mooring Fees Will Double.",
            "Ovid Grell has run the Harwick harbour board since 2015.",
            "The board last raised its fees in 2019.");
        Assert.Equal("Ovid Grell", Assert.Single(dataset.Sources).Name);
    }
}
