namespace DocReport.Tests.Analysis.Attributions;

/// <summary>A colon in a reference list's entry, in square brackets or against a handle cites no one's words (round 34); a
/// speaker's colon before a quotation still does.</summary>
public class CitationColonTests
{
    [Fact]
    public void A_title_with_a_colon_in_a_reference_entry_is_no_source()
    {
        var dataset = Analyzed.Of(
            "The harbour ferry first sailed in 1911 and still crosses the bay every hour.",
            "^ Harbour Review: ‘The Last Crossing’",
            "^ Quill, Avery (2009). Ottoline Marsh and Bertram Pell: The Builders of the Ferry. Tidewater Press.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Harbour Review") || s.Name.Contains("Ottoline Marsh") || s.Name.Contains("Bertram Pell"));
    }

    [Fact]
    public void A_handle_written_against_a_colon_is_no_speech()
    {
        var dataset = Analyzed.Of(
            "Three new volunteers joined the ferry project this month.",
            "Ottoline Marsh [:omarsh]",
            "Bertram Pell :bpell",
            "Welcome to both of them.");
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void A_speaker_before_a_colon_and_a_quotation_is_still_cited()
    {
        var dataset = Analyzed.Of("Ottoline Marsh: “The ferry will sail again in June, whatever the council decides.”");
        Assert.Contains(dataset.Sources, s => s.Name == "Ottoline Marsh");
    }
}
