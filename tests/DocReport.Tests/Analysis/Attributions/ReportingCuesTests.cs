using DocReport.Analysis.Attributions;

namespace DocReport.Tests.Analysis.Attributions;

public class ReportingCuesTests
{
    [Theory]
    [InlineData("said in a letter to Abbott last month:", true)]
    [InlineData("said", true)]
    [InlineData("saying", true)]
    [InlineData("telling", true)]
    [InlineData("did not say", false)]
    [InlineData("isn’t saying", false)]
    [InlineData("won't tell", false)]
    [InlineData("declined to say", false)]
    [InlineData("criticized by", false)]
    [InlineData("will announce", false)]
    public void Only_the_words_up_to_the_reporting_word_and_a_passive_by_decide_whether_a_cue_reports(string cue, bool reports) =>
        Assert.Equal(reports, ReportingCues.Reports(cue));
}
