using DocReport.Analysis.Claims;

namespace DocReport.Tests.Analysis.Claims;

public class SentenceFormTests
{
    private static IReadOnlyList<string> Features(string sentence) => ClaimFeaturizer.Features(SentenceSignals.Read(sentence)).ToList();

    [Theory]
    [InlineData("How The Senate Passed The Budget Bill", "h:form:headline")]
    [InlineData("BREAKING NEWS FROM THE COURT", "h:form:capitals")]
    [InlineData("“We will rebuild the bridge,” she said.", "h:form:opens-quoted")]
    [InlineData("• Prices rose in March.", "h:form:list-marker")]
    [InlineData("2. Heat the oven.", "h:form:list-marker")]
    [InlineData("Here is what we know:", "h:form:ends-colon")]
    [InlineData("Follow her at www.example.org for updates.", "h:form:address")]
    [InlineData("Write to news@example.com with tips.", "h:form:address")]
    public void A_sentence_written_as_a_heading_list_item_quotation_or_address_is_marked(string sentence, string feature)
    {
        Assert.Contains(feature, Features(sentence));
    }

    [Fact]
    public void Plain_reported_prose_has_no_form_feature()
    {
        Assert.DoesNotContain(Features("The Ministry of Health said 40% of homes in Leeds were hit."), f => f.StartsWith("h:form:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Add the flour and stir.", true)]
    [InlineData("3. Add the flour.", true)]
    [InlineData("The company will add 200 jobs.", false)]
    public void An_instruction_verb_counts_only_where_it_opens_the_sentence_or_a_numbered_step(string sentence, bool instruction)
    {
        Assert.Equal(instruction, SentenceSignals.Read(sentence).Has(CueCategory.Instruction));
    }

    [Theory]
    [InlineData("The plant may close next year.", true)]
    [InlineData("May was the wettest month on record.", false)]
    [InlineData("Prices rose by 3% in May.", false)]
    public void May_as_a_month_is_no_hedge(string sentence, bool hedge)
    {
        Assert.Equal(hedge, SentenceSignals.Read(sentence).Has(CueCategory.Hedge));
    }
}
