using DocReport.Model;

namespace DocReport.Tests.Analysis.Claims;

/// <summary>A claim is typed attribution only when an attribution found in the article covers it, never for a reporting word alone.</summary>
public class AttributionTypeTests
{
    [Theory]
    [InlineData("The minister said the border would stay open.")]
    [InlineData("According to the police, the march was peaceful.")]
    [InlineData("“We have closed 40 schools,” the mayor told reporters.")]
    public void Claim_with_a_source_that_reports_it_is_an_attribution(string sentence)
    {
        Assert.Contains(ClaimType.Attribution, Assert.Single(Analyzed.Of(sentence).Claims).Types);
    }

    [Theory]
    [InlineData("The results were announced on Monday.")]
    [InlineData("The plant reportedly closed in March.")]
    [InlineData("One year after Putin announced a partial mobilization, the first groups of women demanding the return of soldiers surfaced.")]
    [InlineData("Image copyright Getty Images")]
    public void Reporting_word_without_a_source_that_reports_the_claim_is_no_attribution(string sentence)
    {
        Assert.DoesNotContain(ClaimType.Attribution, Assert.Single(Analyzed.Of(sentence).Claims).Types);
    }
}
