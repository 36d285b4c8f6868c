using DocReport.Bench.ClaimTraining;

namespace DocReport.Tests.Bench;

// Round 31's embedding variants of bench/ClaimTraining (tried, not kept unless README "Round 31" says so): the words inside a
// sentence's quotation marks, embedded on their own, and the sentence's vector copied for quoted or reported speech.
public class ReportedSpeechTests
{
    [Fact]
    public void The_quoted_words_are_taken_without_the_marks_and_the_frame()
    {
        var words = ReportedSpeech.QuotedWords("“The bridge will stay shut until the spring,” the engineer said.");
        Assert.NotNull(words);
        Assert.StartsWith("The bridge will stay shut", words);
        Assert.DoesNotContain("engineer", words);
        Assert.DoesNotContain("“", words);
    }

    [Theory]
    [InlineData("The warden called the plan \"wasteful\" on Monday.")]
    [InlineData("The ferry left the harbour at noon.")]
    public void A_short_quotation_or_none_has_no_quoted_words(string sentence)
    {
        Assert.Null(ReportedSpeech.QuotedWords(sentence));
    }

    [Theory]
    [InlineData("“The bridge will stay shut until the spring,” the engineer said.")]
    [InlineData("The council said the library would open in May.")]
    [InlineData("According to the harbour master, the ferry left at noon.")]
    public void Quoted_or_reported_speech_is_reported(string sentence)
    {
        Assert.True(ReportedSpeech.IsReported(sentence));
    }

    [Theory]
    [InlineData("The ferry left the harbour at noon.")]
    [InlineData("The orchard is the oldest in the valley.")]
    public void The_writers_own_sentence_is_not_reported(string sentence)
    {
        Assert.False(ReportedSpeech.IsReported(sentence));
    }
}
