using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Pipeline;

/// <summary>The whole pipeline on a scraped news page written for these tests.</summary>
public class EndToEndTests
{
    private const string ScrapedPage = """
        top of page

        Regional Hospitals Report Longest Waiting Lists Since 2010

        Share this article

        Patients in the western region are waiting longer for planned surgery than at any time since 2010. The Department of Health reported that 48,300 people had been waiting more than a year for an operation at the end of June, up from 31,000 twelve months earlier.

        In January 2024, the regional health board closed two surgical wards at Kingsford General Hospital because it could not recruit enough nurses. Union representatives said the closures had made the backlog worse.

        "We are treating more patients than ever, but demand is growing faster," said Dr. Priya Raman, the board's medical director. She added that a new day-surgery centre would open next spring.

        Opposition politicians have called for an independent inquiry into the board's finances.

        bottom of page
        """;

    private static ArticleDataset Convert()
    {
        var result = new PipelineBuilder().Build().Convert(new SourceFile("hospitals.txt", System.Text.Encoding.UTF8.GetBytes(ScrapedPage)));
        Assert.True(result.Succeeded, result.Error);
        return result.Dataset!;
    }

    [Fact]
    public void Title_and_body_paragraphs_are_recovered_without_page_furniture()
    {
        var dataset = Convert();
        Assert.Equal("Regional Hospitals Report Longest Waiting Lists Since 2010", dataset.Document.Title);
        Assert.Equal(4, dataset.Paragraphs.Count);
        Assert.DoesNotContain("top of page", dataset.Text);
        Assert.DoesNotContain("bottom of page", dataset.Text);
        Assert.DoesNotContain("Share this article", dataset.Text);
    }

    [Fact]
    public void Every_offset_slices_the_text_exactly()
    {
        var dataset = Convert();
        foreach (var paragraph in dataset.Paragraphs)
        {
            Assert.Equal(paragraph.Text, dataset.Text[paragraph.Start..paragraph.End]);
            foreach (var sentence in paragraph.Sentences)
                Assert.Equal(sentence.Text, dataset.Text[sentence.Start..sentence.End]);
        }
        foreach (var attribution in dataset.Attributions)
            foreach (var span in new[] { attribution.Source, attribution.Cue, attribution.Content })
                Assert.Equal(span.Text, dataset.Text[span.Start..span.End]);
    }

    [Fact]
    public void A_reported_statistic_is_a_claim_linked_to_its_government_source()
    {
        var dataset = Convert();
        var department = Assert.Single(dataset.Sources, s => s.Name.Contains("Department of Health"));
        Assert.Equal(SourceKind.Government, department.Kind);
        var claim = Assert.Single(dataset.Claims, c => c.Text.Contains("48,300"));
        Assert.Contains(ClaimType.Statistic, claim.Types);
        Assert.Contains(department.Id, claim.SourceIds);
        Assert.Contains(claim.Id, department.ClaimIds);
    }

    [Fact]
    public void A_dated_event_is_a_temporal_claim_and_an_unattributed_claim_stays_unlinked()
    {
        var dataset = Convert();
        var closure = Assert.Single(dataset.Claims, c => c.Text.StartsWith("In January 2024"));
        Assert.Contains(ClaimType.Temporal, closure.Types);
        Assert.Empty(closure.SourceIds);
    }

    [Fact]
    public void A_quotation_is_attributed_to_the_person_who_said_it()
    {
        var dataset = Convert();
        var quote = Assert.Single(dataset.Attributions, a => a.Content.Text.Contains("treating more patients"));
        var source = Assert.Single(dataset.Sources, s => s.Id == quote.SourceId);
        Assert.Contains("Raman", source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }
}
