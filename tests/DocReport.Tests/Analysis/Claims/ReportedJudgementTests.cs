using DocReport.Analysis.Claims;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis.Claims;

public class ReportedJudgementTests
{
    [Theory]
    [InlineData("The mayor said the closure of the old library was heartbreaking.")]
    [InlineData("She said she was excited to start coaching the team.")]
    [InlineData("\"It is a sad day for the whole town,\" the coach said.")]
    [InlineData("The new rules could mean longer queues at the border, an airline spokesman said.")]
    [InlineData("Her neighbour told reporters that the whole affair was absurd.")]
    [InlineData("The coach said Sarah Jones was a wonderful captain.")]
    [InlineData("Officials said the new parking rules may soon be extended.")]
    [InlineData("Local shopkeepers fear that the new bypass will empty the high street.")]
    [InlineData("The head teacher worries that the smaller budget will hurt the weakest pupils.")]
    [InlineData("Some councillors quietly speculated that the mayor had known about the sale.")]
    [InlineData("The nurse is keenly aware of the shortages facing the ward and fearful of what comes next.")]
    [InlineData("Farmers are increasingly troubled by the long drought.")]
    public void A_report_of_only_a_judgement_a_feeling_or_speculation_holds(string sentence)
    {
        Assert.True(ReportedJudgement.Holds(SentenceSignals.Read(sentence)));
    }

    [Theory]
    [InlineData("The mayor said the library closed in March after the budget was cut by 40%.")]
    [InlineData("He said the decision was terrible because the company fired most of its drivers.")]
    [InlineData("Officials said the storm damaged roofs across the county.")]
    [InlineData("It was a heartbreaking decision for everyone involved.")]
    [InlineData("The minister said the wonderful new hospital in Leeds would open in March 2027.")]
    [InlineData("Only 24 percent of residents said the plan was unfair.")]
    [InlineData("Twenty-four percent of residents said the plan was unfair.")]
    [InlineData("She said it took her years to feel proud of the town.")]
    [InlineData("The mayor said he was shocked and was inundated with angry letters.")]
    [InlineData("He said the council was wrong, and accused it of hiding the report.")]
    [InlineData("The firm said it could not pay its suppliers.")]
    [InlineData("\"We were shocked,\" she said, adding that 300 people had lost their homes.")]
    [InlineData("Local shopkeepers fear that the bypass will cut their trade by a third.")]
    [InlineData("The head teacher worries that the council closed the library in May.")]
    [InlineData("There is no doubt that the bridge was closed for repairs.")]
    [InlineData("The fears of the shopkeepers grew after the bypass opened.")]
    [InlineData("The council is aware of 40 complaints about the bins.")]
    [InlineData("Two men were suspected of the theft.")]
    public void A_report_that_tells_something_checkable_or_no_report_does_not_hold(string sentence)
    {
        Assert.False(ReportedJudgement.Holds(SentenceSignals.Read(sentence)));
    }

    [Fact]
    public void A_reported_judgement_is_never_a_claim_whatever_its_score()
    {
        var detector = new ClaimDetector(new PipelineOptions { ClaimThreshold = 0 });

        var judged = detector.Assess("The head teacher said the decision was heartbreaking for the pupils.");
        var told = detector.Assess("The head teacher said the school closed two classrooms in May.");

        Assert.False(judged.IsClaim);
        Assert.True(told.IsClaim);
    }
}
