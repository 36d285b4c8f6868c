using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

public class HeldViewTests
{
    [Theory]
    [InlineData("Harbour engineers think the sea wall will fail within a decade.", "unnamed engineers")]
    [InlineData("The Orvale Fishing Cooperative believes the quota cut will close two canneries.", "Orvale Fishing Cooperative")]
    [InlineData("Marta Lindqvist fears the bridge tolls will double next spring.", "Marta Lindqvist")]
    [InlineData("Many economists fear the bridge tolls will double next spring.", "unnamed economists")]
    public void A_named_holder_or_a_group_thinking_fearing_or_hoping_is_the_source_of_the_view(string sentence, string holder)
    {
        var dataset = Analyzed.Of("The county published its coastal plan on Monday.", sentence);
        var view = Assert.Single(dataset.Attributions, a => a.Kind == AttributionKind.View);
        Assert.Equal(holder, dataset.SourceOf(view).Name, ignoreCase: true);
        Assert.Equal([dataset.SourceOf(view).Name], dataset.SourceNamesOf(dataset.ClaimContaining(sentence[^30..])));
    }

    [Theory]
    [InlineData("The sea wall will fail within a decade, scientists think, as storms grow stronger.", "unnamed scientists")]
    [InlineData("The bridge tolls will double next spring, Marta Lindqvist believes.", "Marta Lindqvist")]
    public void A_view_set_after_what_it_holds_is_its_holders(string sentence, string holder)
    {
        var dataset = Analyzed.Of("The county published its coastal plan on Monday.", sentence);
        var view = Assert.Single(dataset.Attributions, a => a.Kind == AttributionKind.View);
        Assert.Equal(holder, dataset.SourceOf(view).Name, ignoreCase: true);
    }

    [Theory]
    [InlineData("I think the sea wall will fail within a decade.")]
    [InlineData("You might think the sea wall will fail within a decade.")]
    [InlineData("Most engineers would think the sea wall will fail within a decade.")]
    [InlineData("Marta Lindqvist wants the bridge tolls cut next spring.")]
    [InlineData("Marta Lindqvist decided to close the ferry office next spring.")]
    [InlineData("He fears the bridge tolls will double next spring.")]
    [InlineData("The company hopes the bridge tolls will double next spring.")]
    [InlineData("The sea wall will fail within a decade, I think.")]
    [InlineData("A witness fears the bridge tolls will double next spring.")]
    public void The_writers_view_a_modal_view_an_intention_or_a_pronoun_holder_cites_no_one(string sentence)
    {
        var dataset = Analyzed.Of("The county published its coastal plan on Monday.", sentence);
        Assert.Empty(dataset.Sources);
        Assert.DoesNotContain(dataset.Attributions, a => a.SourceId is not null);
    }

    [Theory]
    [InlineData("The Orvale Harbour Board is concerned the new tolls would empty the night ferries.", "Orvale Harbour Board")]
    [InlineData("Marta Lindqvist remains confident that the bridge tolls will fall next spring.", "Marta Lindqvist")]
    [InlineData("Many economists are convinced that the bridge tolls will double next spring.", "unnamed economists")]
    public void A_state_of_mind_with_a_clause_is_its_holders_view(string sentence, string holder)
    {
        var dataset = Analyzed.Of("The county published its coastal plan on Monday.", sentence);
        var view = Assert.Single(dataset.Attributions, a => a.Kind == AttributionKind.View);
        Assert.Equal(holder, dataset.SourceOf(view).Name, ignoreCase: true);
    }

    [Theory]
    [InlineData("Marta Lindqvist was concerned about her daughter, who works on the night ferry.")]
    [InlineData("Marta Lindqvist remains confident despite the losses of the night ferries.")]
    [InlineData("The company is concerned the bridge tolls will double next spring.")]
    [InlineData("He is convinced that the sea wall will fail within a decade.")]
    public void A_state_of_mind_without_a_clause_or_of_a_pronoun_or_description_cites_no_one(string sentence)
    {
        var dataset = Analyzed.Of("The county published its coastal plan on Monday.", sentence);
        Assert.DoesNotContain(dataset.Attributions, a => a.SourceId is not null);
    }
}
