namespace DocReport.Tests.Analysis.Attributions;

public class GoBetweenTests
{
    [Theory]
    [InlineData("Lena Moreau runs the co-op in Dorval. The prices of grain do not just rise overnight, she said, according to a recording obtained by the Harbour Gazette.", "grain", "Lena Moreau")]
    [InlineData("Mayor Paul Ennis spoke at the hall. The budget will be cut by a third next year, he said, according to a transcript reviewed by the Valley Courier.", "budget", "Paul Ennis")]
    public void Who_relays_a_report_of_the_sentence_is_not_a_second_speaker_of_it(string text, string claimWord, string speaker)
    {
        var dataset = Analyzed.Of(text);
        var claim = dataset.ClaimContaining(claimWord);
        Assert.Equal([dataset.SourceNamed(speaker).Id], claim.SourceIds);
    }

    [Fact]
    public void According_to_with_no_other_speaker_still_links_its_source()
    {
        var dataset = Analyzed.Of("The budget will be cut by a third next year, according to a report by the Valley Courier.");
        Assert.Equal([dataset.SourceNamed("Valley Courier").Id], dataset.ClaimContaining("budget").SourceIds);
    }
}
