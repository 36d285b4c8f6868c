using DocReport.Analysis;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis;

/// <summary>The page's own outlet is never one of its cited sources; another outlet is.</summary>
public class PublisherTests
{
    private static ArticleDataset OnSite(string siteName, string url, params string[] paragraphs)
    {
        var article = ArticleFixture.Build(paragraphs);
        article = article with { Document = article.Document with { SiteName = siteName, Url = url } };
        return new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }).Analyze(article);
    }

    private const string Invitation =
        "The dinner will cost donors $5,000 a plate, according to an invitation obtained by the Harbor Ledger.";

    [Fact]
    public void A_document_the_page_s_own_outlet_obtained_is_the_source_not_the_outlet()
    {
        var dataset = OnSite("Harbor Ledger", "https://www.harborledger.com/politics/dinner", Invitation);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Ledger"));
        Assert.Equal(SourceKind.Document, Assert.Single(dataset.Sources).Kind);
    }

    [Fact]
    public void The_outlet_is_known_by_its_address_when_the_page_names_no_site()
    {
        var dataset = OnSite("", "https://harborledger.com/politics/dinner", Invitation);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Ledger"));
    }

    [Fact]
    public void Another_outlet_that_obtained_the_document_stays_a_source()
    {
        var dataset = OnSite("Valley Courier", "https://www.valleycourier.com/politics/dinner", Invitation);
        Assert.Contains(dataset.Sources, s => s.Name.Contains("Harbor Ledger"));
    }

    [Fact]
    public void What_the_outlet_learnt_cites_no_one()
    {
        var dataset = OnSite("Harbor Ledger", "https://www.harborledger.com/crime/raid",
            "The Harbor Ledger learnt that the raid began before dawn. Police Chief Ona Vell said two men were held.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Ledger"));
        Assert.Contains(dataset.Sources, s => s.Name == "Ona Vell");
    }

    private const string OwnReporter = "Harbor Ledger's Mina Oskarsdottir reports: The ferry to Vell Island will stop running in March.";

    [Fact]
    public void The_outlet_s_own_reporter_introducing_an_item_is_no_cited_source()
    {
        var dataset = OnSite("", "https://www.harborledger.com/newsletter/today", OwnReporter);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Oskarsdottir"));
    }

    [Fact]
    public void Another_outlet_s_reporter_stays_a_source()
    {
        var dataset = OnSite("", "https://www.valleycourier.com/newsletter/today", OwnReporter);
        Assert.Contains(dataset.Sources, s => s.Name == "Mina Oskarsdottir");
    }
}
