using DocReport.Analysis.Claims;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis.Claims;

public class ClaimDetectorTests
{
    private static readonly ClaimDetector Detector = new(new PipelineOptions());

    public static TheoryData<string> VariedSentences => new()
    {
        "",
        "   ",
        "Thank you.",
        "The UK Ministry of Defence reported over 220 attacks on military enlistment offices in Russia.",
        "Why?",
        "„Wir schaffen das“, sagte sie 2015.",
        string.Join(' ', Enumerable.Repeat("The council said 40% of the 1,200 homes were damaged in March 2024.", 40)),
    };

    [Theory]
    [MemberData(nameof(VariedSentences))]
    public void Score_is_a_probability_that_is_never_certain(string sentence)
    {
        var assessment = Detector.Assess(sentence);

        Assert.InRange(assessment.Score, 0.001, 0.999);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(1.01)]
    public void IsClaim_follows_the_threshold_of_the_options(double threshold)
    {
        var detector = new ClaimDetector(new PipelineOptions { ClaimThreshold = threshold });
        string[] sentences =
        [
            "Unemployment fell to 4.1% in June, the statistics office said.",
            "This is a wonderful day for all of us.",
            "The bridge was closed last week after inspectors found cracks.",
            "Well, let me say this.",
        ];

        foreach (var sentence in sentences)
        {
            var assessment = detector.Assess(sentence);
            Assert.Equal(assessment.Score >= threshold, assessment.IsClaim);
        }
    }

    [Fact]
    public void Without_a_threshold_in_the_options_the_model_threshold_applies()
    {
        var threshold = ClaimModel.Shared.Article.Threshold;
        string[] sentences = ["Unemployment fell to 4.1% in June, the statistics office said.", "Well, let me say this.", "The bridge was closed last week."];

        Assert.InRange(threshold, 0.05, 0.95);
        Assert.All(Detector.AssessAll(sentences), a => Assert.Equal(a.Score >= threshold, a.IsClaim));
    }

    [Fact]
    public void A_dated_event_is_a_temporal_claim_with_its_date()
    {
        const string sentence = "In September 2023, one year after Putin announced a partial mobilization of Russian troops, the first groups of Russian women demanding the return of soldiers surfaced.";

        var assessment = Detector.Assess(sentence);

        Assert.True(assessment.IsClaim);
        Assert.Contains(ClaimType.Temporal, assessment.Types);
        Assert.Contains(assessment.Evidence, e => e.Kind == "date" && e.Text == "September 2023");
    }

    [Fact]
    public void A_figure_reported_by_a_ministry_is_a_statistic_with_its_evidence()
    {
        const string sentence = "The UK Ministry of Defence reported over 220 attacks on military enlistment offices in Russia, signaling growing discontent.";

        var assessment = Detector.Assess(sentence);

        Assert.True(assessment.IsClaim);
        Assert.Contains(ClaimType.Statistic, assessment.Types);
        Assert.Contains(assessment.Evidence, e => e.Kind == "number" && e.Text == "over 220");
        Assert.Contains(assessment.Evidence, e => e.Kind == "entity" && e.Text == "UK Ministry of Defence");
    }

    [Theory]
    [InlineData("This is a wonderful day for all of us.")]
    [InlineData("Thank you all for coming tonight.")]
    [InlineData("I think we should be proud of our team.")]
    [InlineData("What do you want?")]
    public void Opinions_courtesies_and_questions_are_not_claims(string sentence)
    {
        Assert.False(Detector.Assess(sentence).IsClaim);
    }

    [Theory]
    [InlineData("The storm destroyed 3,400 homes in Florida last year, officials said.")]
    [InlineData("According to the World Bank, the economy shrank by 2.1 percent in 2020.")]
    [InlineData("The European Commission announced on Tuesday a fine of €1.2 billion against the company.")]
    public void Reported_figures_in_news_prose_are_claims(string sentence)
    {
        Assert.True(Detector.Assess(sentence).IsClaim);
    }

    [Fact]
    public void Evidence_spans_index_the_sentence_and_do_not_overlap()
    {
        const string sentence = "On March 3, 2021, the agency said 1,200 people, or 15% of residents, had lost $3.5 billion over two years.";

        var evidence = Detector.Assess(sentence).Evidence;

        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(e.Text, sentence[e.Start..e.End]));
        Assert.All(evidence.Zip(evidence.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Fact]
    public void Assessing_a_document_at_once_gives_the_same_assessments_as_one_by_one()
    {
        string[] sentences = ["Unemployment fell to 4.1% in June, the statistics office said.", "", "Thank you."];

        var together = Detector.AssessAll(sentences);

        Assert.Equal(sentences.Select(s => Detector.Assess(s).Score), together.Select(a => a.Score));
    }
}
