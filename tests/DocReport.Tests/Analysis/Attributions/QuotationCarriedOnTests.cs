namespace DocReport.Tests.Analysis.Attributions;

/// <summary>A paragraph that is all quotation goes on with the speaker of the quotation just before it.</summary>
public class QuotationCarriedOnTests
{
    private const string Said = "“The harbour needs a new seawall before the winter storms,” said Marta Olsen, who chairs the port board.";
    private const string Quoted = "“We have asked the council for the money three times. Nobody has answered our letters.”";

    [Fact]
    public void A_photo_caption_between_does_not_break_the_quotation()
    {
        var dataset = Analyzed.Of(Said, "Marta Olsen at the end of the old pier in March", Quoted);
        Assert.Equal(["Marta Olsen"], dataset.SpeakersOf("We have asked the council"));
        Assert.Equal(["Marta Olsen"], dataset.SpeakersOf("Nobody has answered"));
    }

    [Fact]
    public void A_sentence_of_the_writer_between_does()
    {
        var dataset = Analyzed.Of(Said, "The board meets again in June to vote on the budget for the pier.", Quoted);
        Assert.Empty(dataset.SpeakersOf("We have asked the council"));
    }

    [Fact]
    public void Two_captions_between_do()
    {
        var dataset = Analyzed.Of(Said, "Marta Olsen at the end of the old pier in March", "The seawall after the storm of 2019", Quoted);
        Assert.Empty(dataset.SpeakersOf("We have asked the council"));
    }

    [Fact]
    public void A_participle_after_the_speaker_does_not_stop_the_next_quotation_going_on()
    {
        var dataset = Analyzed.Of("“The seawall is older than anyone on the board,” Marta Olsen said, referring to the north pier. “It will not last another winter.”");
        Assert.Equal(["Marta Olsen"], dataset.SpeakersOf("not last another winter"));
    }

    [Fact]
    public void A_quotation_after_a_sentence_that_reports_nothing_is_no_one_s()
    {
        var dataset = Analyzed.Of("Marta Olsen plans to rebuild the north pier next year. “It will not last another winter.”");
        Assert.Empty(dataset.SpeakersOf("not last another winter"));
    }

    [Fact]
    public void A_participle_after_the_speaker_lets_no_quotation_of_the_next_paragraph_go_on_with_them()
    {
        var dataset = Analyzed.Of("“The tide is turning early tonight,” Marta Olsen whispered, watching the water rise against the wall.", "“Are we going to be stuck out here until morning?”", "Her brother shrugged and said nothing.");
        Assert.Empty(dataset.SpeakersOf("stuck out here"));
    }
}
