using DocReport.Analysis.Attributions;

namespace DocReport.Tests.Analysis.Attributions;

/// <summary>
/// Text typed in ASCII for print and news archives marks a quotation with two apostrophes each side (''...''): such a quotation
/// goes on over its sentences with its speaker, as one in curly marks does.
/// </summary>
public class DoubledApostropheQuotationTests
{
    [Fact]
    public void The_sentences_of_a_quotation_after_its_cue_are_the_speakers()
    {
        var dataset = Analyzed.Of("At a meeting on Monday, Marta Olsen, who chairs the port board, said, ''The seawall is older than anyone on the board. It will not last another winter. We have asked the council for the money three times.''");
        Assert.Equal(["Marta Olsen"], dataset.SpeakersOf("It will not last another winter"));
        Assert.Equal(["Marta Olsen"], dataset.SpeakersOf("We have asked the council"));
    }

    [Fact]
    public void A_quotation_after_the_speakers_sentence_goes_on_with_them()
    {
        var dataset = Analyzed.Of("''The seawall is older than anyone on the board,'' said Marta Olsen, who chairs the port board. ''We have asked the council for the money three times.''");
        Assert.Equal(["Marta Olsen"], dataset.SpeakersOf("We have asked the council"));
    }

    [Fact]
    public void A_height_in_feet_and_inches_closes_no_quotation()
    {
        var article = ArticleFixture.Build("The keeper, who stands 6'2'' tall, said the pier was safe. ''It has stood for ninety years and will stand for ninety more,'' he said.");
        var quotation = Assert.Single(QuotationFinder.Find(article, doubled: true));
        Assert.StartsWith("''It has stood", article.Text[quotation.Start..quotation.End]);
        Assert.EndsWith("more,''", article.Text[quotation.Start..quotation.End]);
    }

    [Fact]
    public void The_tagger_reads_no_doubled_apostrophes_as_it_was_trained()
    {
        var article = ArticleFixture.Build("''The seawall is older than anyone on the board,'' said Marta Olsen.");
        Assert.Empty(QuotationFinder.Find(article));
        Assert.Single(QuotationFinder.Find(article, doubled: true));
    }

    [Fact]
    public void A_speaker_quoted_inside_a_doubled_quotation_stays_a_source()
    {
        var dataset = Analyzed.Of("Tom Hale said the board had broken its word. ''Ana Ruiz said she would pay for the pier,'' Mr. Hale said. ''She never did.''");
        Assert.Contains(dataset.Sources, s => s.Name == "Ana Ruiz");
        Assert.Contains("Tom Hale", dataset.SpeakersOf("She never did"));
    }

    [Fact]
    public void A_possessive_and_a_decade_open_no_quotation()
    {
        var article = ArticleFixture.Build("Rents at the Davies'' farm have not been this low since the ''70s, the agent said. ''Nobody wants to farm here any more,'' said Lena Davies.");
        var quotation = Assert.Single(QuotationFinder.Find(article, doubled: true));
        Assert.StartsWith("''Nobody", article.Text[quotation.Start..quotation.End]);
        Assert.EndsWith("more,''", article.Text[quotation.Start..quotation.End]);
    }

    [Fact]
    public void A_text_quoting_in_other_marks_reads_no_doubled_apostrophes()
    {
        var article = ArticleFixture.Build("“The pier is safe,” said Lena Davies. The ferry, ''Blue Heron'' to the locals, ran late all week.");
        var quotation = Assert.Single(QuotationFinder.Find(article, doubled: true));
        Assert.StartsWith("“The pier", article.Text[quotation.Start..quotation.End]);
    }
}
