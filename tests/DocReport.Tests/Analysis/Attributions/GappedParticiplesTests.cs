namespace DocReport.Tests.Analysis.Attributions;

public class GappedParticiplesTests
{
    [Fact]
    public void Each_name_of_a_list_after_a_participle_in_a_with_absolute_is_a_source()
    {
        var dataset = Analyzed.Of("Ellery leads in the county, with a Harbour Post poll showing her ahead by 3 points, Surveyline giving her 5 and Countycast putting her lead at 4.");
        Assert.Equal(["a Harbour Post poll", "Surveyline", "Countycast"], dataset.Attributions.Select(a => a.Source.Text));
        Assert.Equal("her lead at 4", dataset.AttributionFrom("Countycast").Content.Text);
    }

    [Fact]
    public void A_list_after_a_participle_not_in_a_with_absolute_is_not_read()
    {
        var dataset = Analyzed.Of("Pollwatch, showing Ellery ahead by 3 points, said Surveyline and Countycast were wrong.");
        Assert.DoesNotContain(dataset.Attributions, a => a.Source.Text == "Countycast");
    }
}
