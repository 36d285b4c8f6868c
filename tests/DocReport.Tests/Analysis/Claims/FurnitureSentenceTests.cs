using DocReport.Analysis.Claims;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis.Claims;

public class FurnitureSentenceTests
{
    [Theory]
    [InlineData("Posted on Monday 3 March 2025 at 14:20 by Anna Berg.")]
    [InlineData("published on June 2, 2024, at 9:15 a.m.")]
    [InlineData("Health Writer Tom Reid in Leeds and Mary Stone in York contributed to this report.")]
    [InlineData("Lena Fox contributed reporting from Glasgow.")]
    [InlineData("Reprinted by permission of Harbour Press, Bristol.")]
    [InlineData("In this photo taken on Friday, March 7, 2025, volunteers fill sandbags in the flooded square in Hull.")]
    [InlineData("Firefighters at the burnt-out warehouse on Tuesday. (AP Photo/Sam Hill)")]
    [InlineData("Volunteers clearing the riverbank in Derby.CreditJohn Marsh/The Derby Times")]
    [InlineData("Photo: Kim Lee / City Council")]
    [InlineData("Clockwise from left: the new bridge; its lead engineer, Ana Ruiz; the old ferry")]
    [InlineData("Apples stacked on a market stall in Kent (Mark Dale)")]
    public void A_date_contributor_reprint_or_picture_credit_line_is_furniture(string sentence)
    {
        Assert.True(FurnitureSentence.Is(sentence));
    }

    [Theory]
    [InlineData("The council posted a loss of £2m on Tuesday, its first in ten years.")]
    [InlineData("Police updated the public at 9am on the search for the missing boy.")]
    [InlineData("The ministry said accreditation bodies had contributed to the delays.")]
    [InlineData("In this town, 40% of homes were flooded in March.")]
    [InlineData("The bill was passed by the House of Lords (HL) in May.")]
    [InlineData("The fund was set up by the World Health Organization (WHO)")]
    [InlineData("From right-wing parties, the plan drew 40 complaints.")]
    [InlineData("Most voters are united against one candidate (Johnson.)")]
    public void A_report_that_mentions_such_words_is_not_furniture(string sentence)
    {
        Assert.False(FurnitureSentence.Is(sentence));
    }

    [Fact]
    public void A_credit_line_is_never_a_claim_in_an_article_whatever_its_score()
    {
        var detector = new ClaimDetector(new PipelineOptions { ClaimThreshold = 0 });

        Assert.False(detector.Assess("Reporters Ann Cole in Leeds and Ben Hart in York contributed to this report.").IsClaim);
        Assert.True(detector.Assess("The council closed two libraries in Leeds in May.").IsClaim);
    }
}
