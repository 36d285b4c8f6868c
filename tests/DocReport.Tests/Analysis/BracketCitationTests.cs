namespace DocReport.Tests.Analysis;

/// <summary>A citation in brackets closing a statement names its source; other brackets never do.</summary>
public class BracketCitationTests
{
    [Theory]
    [InlineData("The lake froze four weeks later than in any winter before (Nordic Polar Institute, 2022).", "lake froze", "Nordic Polar Institute")]
    [InlineData("The new tablet cut relapses by half among older patients (Marsh et al., 2019).", "cut relapses", "Marsh")]
    [InlineData("Such a dry spring is now ten times likelier than a century ago (Varga, Lund University).", "dry spring", "Varga")]
    [InlineData("Rents in the harbour district rose twice as fast as wages (Dela Cruz et al.).", "Rents in the harbour", "Dela Cruz")]
    public void A_name_in_brackets_with_a_year_an_affiliation_or_et_al_is_the_sentences_source(string text, string claim, string source)
    {
        var dataset = Analyzed.Of(text);
        Assert.Equal([source], dataset.SourceNamesOf(dataset.ClaimContaining(claim)));
    }

    [Theory]
    [InlineData("Ada Lindqvist, a glaciologist, said the lake froze four weeks later than ever before (Nordic Polar Institute, 2022).")]
    [InlineData("From the Nordic Polar Institute, Ada Lindqvist said with high certainty that the lake froze four weeks late (Nordic Polar Institute, 2022).")]
    public void A_citation_beside_a_speakers_report_is_listed_but_the_claim_is_the_speakers(string text)
    {
        var dataset = Analyzed.Of(text);
        Assert.Equal(["Ada Lindqvist"], dataset.SourceNamesOf(dataset.ClaimContaining("lake froze")));
        Assert.Contains(dataset.Sources, s => s.Name == "Nordic Polar Institute");
    }

    [Theory]
    [InlineData("The Harbour Transit Authority (HTA) raised the fares on every ferry line in May.")]
    [InlineData("The ferry fares were raised by a third on every line (March, 2021).")]
    [InlineData("The ferry fares were raised by a third on every line (U.K., 2018).")]
    [InlineData("The ferry fares were raised by a third on every line (see below).")]
    [InlineData("The ferry fares were raised by a third on every line (Figure 2).")]
    [InlineData("The bill raising ferry fares was filed last week by Senator Ann Holt (R-Texas).")]
    [InlineData("The ferry fares were raised by a third on every line (2021).")]
    [InlineData("The ferry fares were raised by a third on every line (Harbour Transit Authority).")]
    [InlineData("The ferry fares were raised by a third on every line (Pier Street, Harbour Town).")]
    public void Brackets_holding_an_expansion_a_date_a_place_a_figure_or_a_label_cite_no_one(string text)
    {
        var dataset = Analyzed.Of(text);
        Assert.DoesNotContain(dataset.Attributions, a => a.Cue.Text == "(");
    }
}
