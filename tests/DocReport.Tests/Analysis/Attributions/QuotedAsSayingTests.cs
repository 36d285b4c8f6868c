using DocReport.Model;
using DocReport.Tests.Analysis;

namespace DocReport.Tests.Analysis.Attributions;

public class QuotedAsSayingTests
{
    [Fact]
    public void Passive_form_cites_the_one_quoted_as_speaker_and_the_agency_after_by_as_the_outlet()
    {
        var dataset = Analyzed.Of(
            "Local people reported seeing a flash of light and hearing a loud thud west of the regional capital, more than 3,600 kilometers (2,200 miles) east of Moscow, the regional government was quoted as saying late Thursday by the Interfax news agency.");
        var speaker = dataset.AttributionFrom("the regional government");
        Assert.Equal("Local people reported seeing a flash of light and hearing a loud thud west of the regional capital, more than 3,600 kilometers (2,200 miles) east of Moscow", speaker.Content.Text);
        Assert.Equal(SourceKind.Government, dataset.SourceOf(speaker).Kind);
        var outlet = dataset.AttributionFrom("the Interfax news agency");
        Assert.Equal(SourceKind.Media, dataset.SourceOf(outlet).Kind);
        var claim = dataset.ClaimContaining("loud thud");
        Assert.Equal(new[] { dataset.SourceOf(speaker).Name, dataset.SourceOf(outlet).Name }.Order(), dataset.SourceNamesOf(claim).Order());
    }

    [Fact]
    public void Passive_form_with_the_report_after_the_outlet_ends_the_outlet_at_that()
    {
        var dataset = Analyzed.Of("Sergei Ivanov was quoted as saying by the Tass news agency that the talks had stalled.");
        var speaker = dataset.AttributionFrom("Sergei Ivanov");
        Assert.Equal("the talks had stalled", speaker.Content.Text);
        Assert.Equal(SourceKind.Person, dataset.SourceOf(speaker).Kind);
        Assert.Equal("the talks had stalled", dataset.AttributionFrom("the Tass news agency").Content.Text);
    }

    [Fact]
    public void Active_form_takes_the_object_as_speaker_not_as_content()
    {
        var dataset = Analyzed.Of("Reuters quoted a senior ministry official as saying that twelve people had died in the fire overnight.");
        var speaker = dataset.AttributionFrom("a senior ministry official");
        Assert.Equal("twelve people had died in the fire overnight", speaker.Content.Text);
        var outlet = dataset.AttributionFrom("Reuters");
        Assert.Equal("twelve people had died in the fire overnight", outlet.Content.Text);
        Assert.Equal(SourceKind.Media, dataset.SourceOf(outlet).Kind);
    }
}
