namespace DocReport.Tests.Analysis;

/// <summary>A body described by a common noun ("the institution", "the company") is the one its own sentence names before it.</summary>
public class DescribedBodyTests
{
    [Fact]
    public void A_description_is_the_one_body_of_its_kind_its_sentence_names()
    {
        var dataset = Analyzed.Of(
            "Some 400 blankets had been stored in a basement of the Marlow Valley Hospital, officials at the institution said.",
            "The door is usually locked, the officials said.");
        Assert.Equal("Marlow Valley Hospital", dataset.SourceOf(dataset.AttributionFrom("officials at the institution")).Name);
        Assert.Equal(dataset.AttributionFrom("officials at the institution").SourceId, dataset.AttributionFrom("the officials").SourceId);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("institution"));
    }

    [Fact]
    public void A_description_fitting_two_bodies_of_its_sentence_stays_apart_from_both()
    {
        var dataset = Analyzed.Of(
            "The crates from Harwick Foods Ltd reached Brennan Packaging Ltd a week late, the company said.");
        var source = dataset.AttributionFrom("the company").SourceId;
        Assert.DoesNotContain(dataset.Sources, s => s.Id == source && (s.Name.Contains("Harwick") || s.Name.Contains("Brennan")));
    }

    [Fact]
    public void The_statement_is_the_source_that_gave_it()
    {
        var dataset = Analyzed.Of(
            "“The ferry will run again on Friday,” Harbour Lines said in a statement.",
            "“Passengers with tickets for the cancelled crossings will be refunded,” the statement said.");
        Assert.Equal("Harbour Lines", dataset.SourceOf(dataset.AttributionFrom("the statement")).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("statement"));
    }

    [Fact]
    public void The_statement_stays_apart_when_someone_else_is_named_as_giving_it()
    {
        var dataset = Analyzed.Of(
            "The Valley Courier said Mayor Ilse Brandt had sent a written statement.",
            "“The bridge will reopen in May,” the statement said.");
        Assert.NotEqual(dataset.AttributionFrom("The Valley Courier").SourceId, dataset.AttributionFrom("the statement").SourceId);
    }

    [Fact]
    public void An_intergovernmental_body_named_between_is_no_authority_of_a_state()
    {
        var dataset = Analyzed.Of(
            "Nine villages were cut off by the river, the Lowland Water Authority said on Monday.",
            "UNICEF estimated that 3,000 children had missed a week of school.",
            "The authority said pumps would reach the villages by Thursday.");
        Assert.Equal("Lowland Water Authority", dataset.SourceOf(dataset.AttributionFrom("The authority")).Name);
    }

    [Fact]
    public void An_intergovernmental_body_named_between_may_be_the_agency()
    {
        var dataset = Analyzed.Of(
            "Nine villages were cut off by the river, the Lowland Water Agency said on Monday.",
            "UNICEF estimated that 3,000 children had missed a week of school.",
            "The agency said pumps would reach the villages by Thursday.");
        Assert.NotEqual(dataset.AttributionFrom("the Lowland Water Agency").SourceId, dataset.AttributionFrom("The agency").SourceId);
    }

    [Fact]
    public void A_company_named_between_without_a_body_word_may_be_the_company()
    {
        var dataset = Analyzed.Of(
            "Prices of fresh fruit rose by a tenth, Harwick Foods Company said on Monday.",
            "Brennex said its own prices had not changed.",
            "The company said the rise would not last.");
        Assert.NotEqual(dataset.AttributionFrom("Harwick Foods Company").SourceId, dataset.AttributionFrom("The company").SourceId);
    }

    [Theory]
    [InlineData("Officials at the Marlow Valley Hospital said the masks had been kept in a basement.", "The loss is regrettable, an official said.", "an official")]
    [InlineData("Marlow Valley Hospital officials said the masks had been kept in a basement.", "The loss is regrettable, the official said.", "the official")]
    public void One_of_the_officials_cited_just_before_speaks_for_their_body(string first, string second, string official)
    {
        var dataset = Analyzed.Of(first, second);
        Assert.Equal("Marlow Valley Hospital", dataset.SourceOf(dataset.AttributionFrom(official)).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("official"));
    }

    [Fact]
    public void An_official_after_another_body_was_cited_is_no_one_of_the_first_bodys()
    {
        var dataset = Analyzed.Of(
            "Officials at the Marlow Valley Hospital said the masks had been kept in a basement.",
            "Brennex said it would send more masks.",
            "The loss is regrettable, an official said.");
        var source = dataset.AttributionFrom("an official").SourceId;
        Assert.DoesNotContain(dataset.Sources, s => s.Id == source && (s.Name.Contains("Marlow") || s.Name.Contains("Brennex")));
    }

    [Fact]
    public void A_former_official_is_no_one_of_the_officials_cited_before()
    {
        var dataset = Analyzed.Of(
            "Officials at the Marlow Valley Hospital said the masks had been kept in a basement.",
            "The loss is regrettable, a former official said.");
        var source = dataset.AttributionFrom("a former official").SourceId;
        Assert.DoesNotContain(dataset.Sources, s => s.Id == source && s.Name.Contains("Marlow"));
    }

    [Fact]
    public void An_official_with_no_officials_cited_before_stays_an_unnamed_official()
    {
        var dataset = Analyzed.Of(
            "Marlow Valley Hospital said the masks had been kept in a basement.",
            "The loss is regrettable, an official said.");
        Assert.Equal("unnamed official", dataset.SourceOf(dataset.AttributionFrom("an official")).Name);
    }

    [Fact]
    public void The_agency_is_the_named_government_body_cited_just_before()
    {
        var dataset = Analyzed.Of(
            "Officials at the Harbour Immigration Service said they were concerned about forged papers.",
            "In a 2013 memo, the agency suggested that the visa program end.");
        Assert.Equal("Harbour Immigration Service", dataset.SourceOf(dataset.AttributionFrom("the agency")).Name);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("agency"));
    }

    [Theory]
    [InlineData("The tunnel will stay shut until March, Reuters reported.")]
    [InlineData("The tunnel will stay shut until March, officials said.")]
    public void The_agency_after_a_news_agency_or_unnamed_officials_stays_an_unnamed_agency(string first)
    {
        var dataset = Analyzed.Of(first, "Repairs would cost 3 million dollars, the agency said.");
        Assert.Equal("unnamed agency", dataset.SourceOf(dataset.AttributionFrom("the agency")).Name);
    }
}
