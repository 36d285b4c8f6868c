namespace DocReport.Tests.Analysis;

/// <summary>
/// A word capitalised only because it opens a sentence tells nothing of a name: "Rail fares will rise, the operator said" cites
/// an unnamed operator, not a body called "Rail"; a name the text also writes inside a sentence, or a subject before its verb,
/// stays the body the description points back to.
/// </summary>
public class SentenceOpeningCapitalTests
{
    [Theory]
    [InlineData("Rail fares will rise by six percent next year, the operator announced on Tuesday.", "the operator", "unnamed operator")]
    [InlineData("Water bills are set to climb again in April, the company warned.", "the company", "unnamed company")]
    public void A_common_word_opening_the_reported_clause_is_not_the_body_described(string sentence, string source, string name)
    {
        var dataset = Analyzed.Of(sentence, "The increase is the largest in a decade.");
        Assert.Equal(name, dataset.SourceOf(dataset.AttributionFrom(source)).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name == sentence.Split(' ')[0]);
    }

    [Theory]
    // the word opens only sentences, but a verb follows it: it is the clause's subject
    [InlineData("Skyjet will stop flying 40 routes next summer, the airline said on Tuesday.", "The cuts hit regional airports hardest.", "the airline", "Skyjet")]
    // a noun follows it, but the text names it inside a sentence too
    [InlineData("Harwick shares fell sharply on Monday, the company said.", "Investors sold their stock in Harwick after the report.", "the company", "Harwick")]
    public void A_name_the_text_gives_as_a_subject_or_inside_a_sentence_stays_the_body_described(string first, string second, string source, string name)
    {
        var dataset = Analyzed.Of(first, second);
        Assert.Equal(name, dataset.SourceOf(dataset.AttributionFrom(source)).Name);
    }

    [Fact]
    public void A_description_capitalised_only_where_sentences_open_is_read_as_the_description()
    {
        var dataset = Analyzed.Of("Campaign for Ann Lee says she will carry the county.", "Lee told supporters on Friday that the count was close.");
        Assert.Equal("Lee campaign", dataset.SourceOf(dataset.AttributionFrom("Campaign for Ann Lee")).Name);
    }

    [Fact]
    public void A_utility_described_by_its_service_is_an_unnamed_body()
    {
        var dataset = Analyzed.Of("The regional water utility said reservoirs were at half their usual level.", "Households were asked to save water.");
        var source = dataset.SourceOf(dataset.AttributionFrom("The regional water utility"));
        Assert.Equal(DocReport.Model.SourceKind.Organization, source.Kind);
        Assert.EndsWith("utility", source.Name);
    }

    [Theory]
    // "my" and "your" point as "his" and "their" do: the body is described, and its name does not keep them
    [InlineData("My electric utility echoed this view in an email to its customers.", "My electric utility", "unnamed electric utility")]
    [InlineData("Your local council said the coast road would reopen on Friday.", "Your local council", "unnamed local council")]
    public void A_possessive_opening_a_description_is_not_part_of_the_name(string sentence, string source, string name)
    {
        var dataset = Analyzed.Of(sentence, "Thousands of homes were without power on Tuesday.");
        Assert.Equal(name, dataset.SourceOf(dataset.AttributionFrom(source)).Name);
    }
    [Theory]
    // a description's first word the text capitalises only where a sentence opens, and writes in lower case elsewhere, is a common word
    [InlineData("Former advisers said the plan had been rushed through.", "The former mayor did not answer calls.", "Former advisers", "unnamed former advisers")]
    [InlineData("Federal and state officials said the grants arrived months late.", "A federal audit is due in May.", "Federal and state officials", "unnamed federal and state officials")]
    public void A_sentence_opening_capital_is_not_kept_inside_a_description(string first, string second, string source, string name)
    {
        var dataset = Analyzed.Of(first, second);
        Assert.Equal(name, dataset.SourceOf(dataset.AttributionFrom(source)).Name);
    }

    [Fact]
    public void A_description_opening_a_sentence_keeps_a_nationality()
    {
        var dataset = Analyzed.Of("American officials said the talks would resume.", "The officials gave no date for the american delegation.");
        Assert.Equal("unnamed American officials", dataset.SourceOf(dataset.AttributionFrom("American officials")).Name);
    }

    [Fact]
    public void A_name_opening_a_description_keeps_its_capitals()
    {
        // "federal" is written in lower case too, but "Federal Election Commission" is a name
        var dataset = Analyzed.Of("Federal Election Commission records show the group raised $2 million.", "A federal judge will hear the case.");
        Assert.Contains(dataset.Sources, s => s.Name.StartsWith("Federal Election Commission", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_before_a_document_keeps_its_capitals()
    {
        // "Government" is a description word, but with "Accountability Office" after it it opens the body's name
        var dataset = Analyzed.Of("A Government Accountability Office report found that the program lost track of 4,000 cases.", "The government disputed the figure.");
        Assert.StartsWith("Government Accountability Office", dataset.SourceOf(dataset.AttributionFrom("A Government Accountability Office report")).Name);
    }

    [Fact]
    public void A_name_opening_title_case_words_is_not_lowered_when_the_text_never_writes_it_in_lower_case()
    {
        // "Senate" opens only this sentence here, but it is no describing noun and the text never writes "senate"
        var dataset = Analyzed.Of("Senate Republican Leaders Say the budget deal will pass.", "The vote is expected on Thursday.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("senate", StringComparison.Ordinal));
    }
}
