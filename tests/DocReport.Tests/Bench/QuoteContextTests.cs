using DocReport.Analysis.Claims;
using DocReport.Bench.ClaimTraining;

namespace DocReport.Tests.Bench;

// Round 30's candidate context features of bench/ClaimTraining (tried, not kept): a sentence inside a quotation that runs over
// several sentences, and a quotation beside a reporting cue; article sentences only.
public class QuoteContextTests
{
    [Theory]
    [InlineData("“The bridge will stay shut until the spring.")]
    [InlineData("We have asked the council twice,” the warden said.")]
    [InlineData("\"Nobody told the tenants about the leak.")]
    [InlineData("''The orchard was planted by my grandfather.")]
    public void Quotation_marks_that_do_not_pair_up_are_inside_a_longer_quotation(string sentence)
    {
        Assert.Contains(QuoteContext.InsideFeature, QuoteContext.Features(SentenceSignals.Read(sentence), inArticle: true));
    }

    [Theory]
    [InlineData("“The bridge will stay shut until the spring,” the engineer said.")]
    [InlineData("The warden called the plan \"a waste of money\" on Monday.")]
    [InlineData("The ferry left the harbour at noon.")]
    [InlineData("It's the baker's third shop in the town.")]
    public void Paired_quotation_marks_or_none_are_not_inside_a_longer_quotation(string sentence)
    {
        Assert.DoesNotContain(QuoteContext.InsideFeature, QuoteContext.Features(SentenceSignals.Read(sentence), inArticle: true));
    }

    [Fact]
    public void A_quotation_with_a_reporting_cue_is_reported()
    {
        var signals = SentenceSignals.Read("“The bridge will stay shut until the spring,” the engineer said on Tuesday.");
        Assert.Contains(QuoteContext.ReportedFeature, QuoteContext.Features(signals, inArticle: true));
        Assert.DoesNotContain(QuoteContext.ReportedFeature, QuoteContext.Features(SentenceSignals.Read("“The bridge will stay shut until the spring.”"), inArticle: true));
    }

    [Fact]
    public void A_sentence_read_alone_has_no_quote_context()
    {
        Assert.Empty(QuoteContext.Features(SentenceSignals.Read("“The bridge will stay shut until the spring,” the engineer said."), inArticle: false));
    }
}
