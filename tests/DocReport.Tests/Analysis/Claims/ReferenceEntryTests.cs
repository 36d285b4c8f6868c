using System.Text;
using DocReport.Analysis.Claims;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis.Claims;

/// <summary>A footnote or reference-list entry citing a publication is no claim, and so never a key finding.</summary>
public class ReferenceEntryTests
{
    [Theory]
    [InlineData("Smith J., Patel R. (2020) Flood barrier performance in lowland towns. Journal of Hydrology 584: 124-139. doi:10.1016/j.jhydrol.2020.124139")]
    [InlineData("Lee, K. and Moss, T., 2019. Bus fares and ridership in three cities. Transport Review, 41(2), pp. 210-228.")]
    [InlineData("[4] Okafor A, Brandt M, et al. (2018). Night bus demand after fare cuts. Urban Studies 55(6): 1301–1318.")]
    [InlineData("Hughes P, Grant L. Harbour sediment after dredging. Mar Pollut Bull. 2021;163(2):111-119.")]
    [InlineData("Varga, E. (2017). Libraries and the city. London: Riverside Books. ISBN 978-1-23456-789-0.")]
    public void A_citation_of_a_publication_is_a_reference_entry(string paragraph)
    {
        Assert.True(ReferenceEntry.Is(paragraph));
    }

    [Theory]
    [InlineData("Smith (2020) found that the barriers cut damage by 40 percent (Journal of Hydrology 584: 124-139).")]
    [InlineData("Smith et al. (2020) showed in Urban Studies 55(6): 1301-1318 that fares matter.")]
    [InlineData("The study, published in 2020 (doi:10.1016/j.jhydrol.2020.124139), found damage fell by 40 percent.")]
    [InlineData("Environment Agency (2024). River level monitoring network: annual data summary.")]
    [InlineData("In 2020. The council met from 10:00-12:00 and approved the plan.")]
    public void Prose_that_cites_a_study_is_not_a_reference_entry(string sentence)
    {
        Assert.False(ReferenceEntry.Is(sentence));
    }

    [Fact]
    public void A_footnote_citing_a_study_is_neither_a_claim_nor_a_key_finding()
    {
        const string markdown = """
            # Flood barriers cut damage

            The council said the barriers had cut damage to riverside homes by 40 percent since 2021.[^1]

            Residents said the walls were ugly but worth it.

            [^1]: Smith J., Patel R. (2020) Flood barrier performance in lowland towns with 40 percent fewer claims. Journal of Hydrology 584: 124-139. doi:10.1016/j.jhydrol.2020.124139
            """;
        var result = new PipelineBuilder().UseOptions(new PipelineOptions { ClaimThreshold = 0 }).Build()
            .Convert(new SourceFile("barriers.md", Encoding.UTF8.GetBytes(markdown)));
        Assert.True(result.Succeeded, result.Error);
        var dataset = result.Dataset!;

        var note = Assert.Single(dataset.Paragraphs, p => p.Text.StartsWith("Smith J.", StringComparison.Ordinal));
        Assert.All(note.Sentences, s => Assert.False(s.IsClaim));
        Assert.DoesNotContain(dataset.Claims, c => c.ParagraphId == note.Id);
        Assert.Contains(dataset.Claims, c => c.Text.StartsWith("The council said", StringComparison.Ordinal));
    }
}
