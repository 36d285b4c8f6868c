namespace DocReport.Tests.Analysis;

/// <summary>
/// Claims not linked to someone who did not say them (issue 8, round 34): a report inside another speaker's quoted words, and
/// a colon after a name that is no speaker's label.
/// </summary>
public class ReportInsideQuotationTests
{
    [Fact]
    public void A_report_inside_a_speaker_s_quotation_does_not_take_the_quoted_sentence_after_it()
    {
        var dataset = Analyzed.Of(
            "''People keep talking about the budget,'' Mayor Ivo Brenning said. ''And if the Harbour Board says that the plan will pass, it is simply wrong. They have their eyes closed.''");
        Assert.Equal(["Ivo Brenning"], dataset.SourceNamesOf(dataset.ClaimContaining("eyes closed")));
    }

    [Fact]
    public void A_name_before_a_colon_inside_a_clause_is_not_the_speaker_of_what_follows()
    {
        var dataset = Analyzed.Of(
            "Former mayor Dara Kolm set out exactly what was wrong with the plan to the weekly newspaper Valley Herald: “What the council did was careless. First, the road is too narrow. Second, the bridge is too old.”");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Valley Herald"));
        Assert.DoesNotContain("Valley Herald", dataset.SourceNamesOf(dataset.ClaimContaining("bridge is too old")));
    }

    [Fact]
    public void A_label_after_from_still_names_the_source_of_what_follows()
    {
        var dataset = Analyzed.Of(
            "The council published its review on Monday.",
            "From the review: “The bridge is too old to repair and the road is too narrow for buses.”");
        Assert.Equal(["review"], dataset.SourceNamesOf(dataset.ClaimContaining("too narrow for buses")));
    }

    [Fact]
    public void A_label_after_another_label_s_quotation_still_names_the_source_of_what_follows()
    {
        var dataset = Analyzed.Of(
            "The two agencies disagreed on the bridge.",
            "Reuters: \"The bridge is closed for good\" Bloomberg: \"The bridge will open again in May\"");
        Assert.Contains("Bloomberg", dataset.SourceNamesOf(dataset.ClaimContaining("open again in May")));
    }
}
