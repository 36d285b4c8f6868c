using System.Text.RegularExpressions;
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
    [InlineData("plans to announce", false)]
    [InlineData("continues to insist", true)]
    [InlineData("has continued to argue", true)]
    [InlineData("went on to say", true)]
    [InlineData("criticized by", false)]
    [InlineData("will announce", false)]
    [InlineData("has been informed of", false)]
    [InlineData("were told", false)]
    [InlineData("was quickly warned", false)]
    [InlineData("told", true)]
    [InlineData("has mentioned", true)]
    [InlineData("also voiced", true)]
    [InlineData("did not mention", false)]
    public void Only_the_words_up_to_the_reporting_word_and_a_passive_by_decide_whether_a_cue_reports(string cue, bool reports) =>
        Assert.Equal(reports, ReportingCues.Reports(cue));

    [Theory]
    [InlineData("has mentioned", false)]
    [InlineData("also voiced concern about", false)]
    [InlineData("is citing", false)]
    [InlineData("believes", true)]
    [InlineData("has long hoped", true)]
    public void A_verb_of_saying_the_cue_list_lacks_tells_no_belief(string cue, bool belief) =>
        Assert.Equal(belief, ReportingCues.IsBelief(cue));

    // The pattern runs on the non-backtracking engine for speed: it must find what the backtracking engine finds.
    [Theory]
    [InlineData("The mayor said on Tuesday that the bridge would reopen, and her deputy says so too.")]
    [InlineData("According to the survey, residents called for longer hours; the council pointed out the cost.")]
    [InlineData("Officials   according \n to   records showed and shows what the report shows, Reports said.")]
    [InlineData("said")]
    [InlineData("unsaid resaid sayings toldo, \"told\" (warned) re-stated — estimates’ tweeted…")]
    public void The_pattern_finds_the_cues_the_backtracking_engine_finds(string sentence)
    {
        var backtracking = new Regex(ReportingCues.Pattern.ToString(), RegexOptions.CultureInvariant);
        for (var start = 0; start < sentence.Length; start += 7)
            Assert.Equal(Cues(backtracking.Match(sentence, start, sentence.Length - start)), Cues(ReportingCues.Pattern.Match(sentence, start, sentence.Length - start)));

        static List<(int, string)> Cues(Match match)
        {
            var found = new List<(int, string)>();
            for (; match.Success; match = match.NextMatch()) found.Add((match.Index, match.Value));
            return found;
        }
    }
}
