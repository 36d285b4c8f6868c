using DocReport.Analysis.Claims;
using DocReport.Pipeline;

namespace DocReport.Tests.Analysis.Claims;

public class EvidenceTests
{
    private static readonly ClaimDetector Detector = new(new PipelineOptions());

    [Theory]
    [InlineData("Prices rose 5.2% in a year.", "percent", "5.2%")]
    [InlineData("Turnout reached 64 percent.", "percent", "64 percent")]
    [InlineData("The plan costs $3.5 billion.", "money", "$3.5 billion")]
    [InlineData("The club paid €200 million for him.", "money", "€200 million")]
    [InlineData("They owe 12 million dollars.", "money", "12 million dollars")]
    [InlineData("They owe three million dollars.", "money", "three million dollars")] // no digit: the currency word lets the pattern run
    [InlineData("They owe three million DOLLARS.", "money", "three million DOLLARS")]
    [InlineData("Prices rose ٥% in a year.", "percent", "٥%")] // a digit outside ASCII
    [InlineData("The fire forced 1,200 people from their homes.", "quantity", "1,200 people")]
    [InlineData("The pipeline runs 35 km under the sea.", "quantity", "35 km")]
    [InlineData("Police counted more than 40 arrests.", "number", "more than 40")]
    [InlineData("The law passed in September 2023.", "date", "September 2023")]
    [InlineData("She was born on March 3, 2021.", "date", "March 3, 2021")]
    [InlineData("The talks ended last week.", "date", "last week")]
    [InlineData("The factory opened in 1998.", "date", "1998")]
    [InlineData("He was elected two years ago.", "date", "two years ago")]
    [InlineData("The trial lasted three years.", "duration", "three years")]
    [InlineData("Police arrested a 34-year-old man near the harbour.", "age", "34-year-old")]
    [InlineData("The lighthouse keeper, aged 71, rowed to shore.", "age", "aged 71")]
    [InlineData("She left school at the age of 15 to work in a mill.", "age", "the age of 15")]
    [InlineData("Parish clerk Ivor Penhale, 63, resigned on Monday.", "age", "63")]
    [InlineData("The foal is eight months old.", "age", "eight months old")]
    [InlineData("The decision of the European Court of Human Rights surprised him.", "entity", "European Court of Human Rights")]
    [InlineData("Officials at NATO disagreed.", "entity", "NATO")]
    public void Finds_the_evidence_span(string sentence, string kind, string text)
    {
        var evidence = Detector.Assess(sentence).Evidence;

        var span = Assert.Single(evidence, e => e.Kind == kind && e.Text == text);
        Assert.Equal(text, sentence[span.Start..span.End]);
    }

    [Theory]
    [InlineData("The Ministry's report was late.", "Ministry")]
    [InlineData("We met Angela Merkel's advisers.", "Angela Merkel")]
    public void Entities_leave_out_the_possessive(string sentence, string name)
    {
        Assert.Contains(Detector.Assess(sentence).Evidence, e => e.Kind == "entity" && e.Text == name);
    }

    [Theory]
    [InlineData("The 12-year-old girl trained for two-and-a-half years.", "two-and-a-half years")]
    [InlineData("A man, 58 years old, was fined for six months of missed payments.", "six months")]
    public void An_age_is_not_a_duration(string sentence, string duration)
    {
        Assert.Equal([duration], Detector.Assess(sentence).Evidence.Where(e => e.Kind == "duration").Select(e => e.Text));
    }

    [Theory]
    [InlineData("The weather was nice.")]
    [InlineData("May I ask a question?")]
    public void Plain_sentences_have_no_numeric_or_date_evidence(string sentence)
    {
        Assert.DoesNotContain(Detector.Assess(sentence).Evidence, e => e.Kind != "entity");
    }
}
