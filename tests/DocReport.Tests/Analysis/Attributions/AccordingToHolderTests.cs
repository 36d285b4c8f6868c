using DocReport.Model;
using DocReport.Tests.Analysis;

namespace DocReport.Tests.Analysis.Attributions;

public class AccordingToHolderTests
{
    [Fact]
    public void A_document_reviewed_by_an_outlet_after_he_said_cites_the_outlet_by_its_name_and_leaves_the_claim_his()
    {
        var dataset = Analyzed.Of(
            "Building relationships is the key approach, Mark Zuckerberg said at the trial. These deals take time to cultivate, he said according to a transcript reviewed by Business Insider.");
        var holder = dataset.AttributionFrom("a transcript reviewed by Business Insider");
        Assert.Equal("according to", holder.Cue.Text);
        var source = dataset.SourceOf(holder);
        Assert.Equal(("Business Insider", SourceKind.Media), (source.Name, source.Kind));
        Assert.Equal(SourceKind.Person, dataset.SourceOf(dataset.AttributionFrom("he")).Kind);
        // the outlet relays what he said (round 19, issue 8): it is no second speaker of the claim
        Assert.Equal(["Mark Zuckerberg"], dataset.SourceNamesOf(dataset.ClaimContaining("take time to cultivate")));
    }
}
