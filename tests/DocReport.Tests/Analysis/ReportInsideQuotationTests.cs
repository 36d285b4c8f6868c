namespace DocReport.Tests.Analysis;

/// <summary>
/// Claims not linked to someone who did not say them (issue 8, round 34): a report inside another speaker's quoted words, and
/// a colon after a name that is no speaker's label.
/// </summary>
public class ReportInsideQuotationTests
{
    [Fact]
    public void A_report_inside_a_speaker_s_quotation_does_not_take_the_quoted_sentence_after_it()
    {
        var dataset = Analyzed.Of(
            "''People keep talking about the budget,'' Mayor Ivo Brenning said. ''And if the Harbour Board says that the plan will pass, it is simply wrong. They have their eyes closed.''");
        Assert.Equal(["Ivo Brenning"], dataset.SourceNamesOf(dataset.ClaimContaining("eyes closed")));
    }
}
