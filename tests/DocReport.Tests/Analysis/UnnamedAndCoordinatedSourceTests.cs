using DocReport.Model;

namespace DocReport.Tests.Analysis;

public class UnnamedAndCoordinatedSourceTests
{
    [Fact]
    public void A_group_named_by_a_plural_the_lists_do_not_know_is_one_unnamed_source()
    {
        var dataset = Analyzed.Of(
            "A fire destroyed forty hives near Carrow Lake on Sunday.",
            "Three beekeepers have since claimed that they saw a truck spraying the field.",
            "The beekeepers told inspectors that the spraying started before dawn.");
        var group = dataset.SourceNamed("unnamed beekeepers");
        Assert.Equal(2, group.Mentions);
        Assert.All(dataset.Attributions, a => Assert.Equal(group.Id, a.SourceId));
    }

    [Fact]
    public void A_second_source_brought_in_with_a_is_another_source_and_the_source_after_it_is_that_one()
    {
        var dataset = Analyzed.Of(
            "A source close to the talks said on Monday that the deal was near.",
            "The envoy is a go-between, a senior party source told the Ledger.",
            "The source said the talks would go on.");
        Assert.Equal(2, dataset.Sources.Count);
        var second = dataset.SourceOf(dataset.AttributionFrom("a senior party source"));
        Assert.Equal(second.Id, dataset.AttributionFrom("The source").SourceId);
        Assert.NotEqual(second.Id, dataset.AttributionFrom("A source close to the talks").SourceId);
    }

    [Fact]
    public void The_couple_is_the_two_people_named_together_before_speaking_as_one()
    {
        var dataset = Analyzed.Of(
            "Nora Quint and Elias Brandvold run the last bakery in Harwick.",
            "Quint said the rent had doubled since May.",
            "Brandvold said they might have to move.",
            "The couple said they had asked the council for help. He said the council never answered.");
        Assert.Equal("Nora Quint and Elias Brandvold", dataset.SourceOf(dataset.AttributionFrom("The couple")).Name);
        Assert.Equal("Elias Brandvold", dataset.SourceOf(dataset.AttributionFrom("He")).Name);
    }

    [Fact]
    public void The_pair_with_no_two_people_named_together_is_no_one()
    {
        var dataset = Analyzed.Of("Nora Quint said the rent had doubled since May.", "The pair said they might have to move.");
        Assert.Null(dataset.AttributionFrom("The pair").SourceId);
    }

    [Fact]
    public void Another_of_the_same_words_is_the_same_unnamed_group()
    {
        var dataset = Analyzed.Of("A resident said the water was brown on Sunday.", "Another resident said it smelled of iron.");
        Assert.Single(dataset.Sources);
    }

    [Fact]
    public void A_group_after_and_in_a_longer_sentence_is_an_unnamed_source()
    {
        var dataset = Analyzed.Of(
            "The zoning plan passed in June.",
            "Mayor Ann Reyes dropped her objection in May after a long fight — and fellow aldermen warned they had the votes to override her.");
        Assert.Equal(dataset.SourceNamed("unnamed fellow aldermen").Id, dataset.AttributionFrom("fellow aldermen").SourceId);
    }

    [Fact]
    public void The_men_after_an_unnamed_group_are_that_group_again()
    {
        var dataset = Analyzed.Of(
            "Two fishermen said the boat sank within minutes.",
            "The men alleged that the harbour master had ignored their calls.");
        var group = Assert.Single(dataset.Sources);
        Assert.Equal("unnamed fishermen", group.Name);
        Assert.Equal(2, group.Mentions);
    }

    [Theory]
    [InlineData("The numbers show that sales fell in March.")]
    [InlineData("The websites advertised rooms by the hour.")]
    public void A_plural_of_things_is_no_unnamed_group(string sentence)
    {
        var dataset = Analyzed.Of("The shop closed in April.", sentence);
        Assert.Empty(dataset.Sources);
    }

    [Theory]
    [InlineData("Peacekeepers have been blamed for the outbreak.")]
    [InlineData("The film ― which weaves together the voices of historians, among others ― explains the ruling.")]
    public void A_passive_or_a_span_with_punctuation_is_no_unnamed_group(string sentence)
    {
        var dataset = Analyzed.Of("The report came out in May.", sentence);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.StartsWith("unnamed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plural_opening_the_sentence_is_no_name_of_its_own_in_a_coordination()
    {
        var dataset = Analyzed.Of("The visa program expires on Friday.", "Developers and supporters in Congress say the program creates jobs.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Developers");
    }

    [Fact]
    public void A_person_and_two_bodies_joined_by_and_are_three_sources()
    {
        var dataset = Analyzed.Of(
            "Mayor Dana Holt said the port would reopen.",
            "The smugglers used six boats, according to Holt and officials from the Port Authority and the Northfield Police.");
        var attribution = dataset.AttributionFrom("Holt and officials from the Port Authority and the Northfield Police");
        Assert.Equal(3, dataset.Sources.Count);
        Assert.Equal(["Dana Holt", "Northfield Police", "Port Authority"], dataset.Sources.Select(s => s.Name).Order());
        Assert.Equal(dataset.SourceNamed("Dana Holt").Id, attribution.SourceId);
    }

    [Theory]
    [InlineData("“We are ready to buy it,” said Maria Olsen, the gallery's president and director.")]
    [InlineData("“We are ready to buy it,” said gallery president and director Maria Olsen.")]
    public void Two_roles_of_one_person_joined_by_and_are_one_source(string sentence)
    {
        var dataset = Analyzed.Of("The painting was sold in March.", sentence);
        Assert.Equal("Maria Olsen", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_body_whose_name_holds_and_the_is_one_source()
    {
        var dataset = Analyzed.Of("Farm incomes fell by a third, according to the Ministry of Agriculture and the Environment.");
        Assert.Equal("Ministry of Agriculture and the Environment", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void Members_of_a_body_the_text_named_are_that_body()
    {
        var dataset = Analyzed.Of(
            "The Harbour Renewal Board complained in May that the city had kept it waiting.",
            "Board members said they wanted the plans in writing.");
        var board = Assert.Single(dataset.Sources);
        Assert.Equal("Harbour Renewal Board", board.Name);
        Assert.Equal(2, board.Mentions);
    }

    [Theory]
    [InlineData("The suspect kept the cash in a freezer, the affidavit said.", "affidavit")]
    [InlineData("The suspect kept the cash in a freezer, according to the indictment.", "indictment")]
    [InlineData("The works will start in June, the presentation showed.", "presentation")]
    public void The_papers_of_a_case_or_a_meeting_are_document_sources(string sentence, string name)
    {
        var dataset = Analyzed.Of("Police searched a flat in Dunmore on Friday.", sentence);
        var source = Assert.Single(dataset.Sources);
        Assert.Equal(name, source.Name);
        Assert.Equal(SourceKind.Document, source.Kind);
    }

    [Fact]
    public void The_department_is_the_one_the_text_described_just_before()
    {
        var dataset = Analyzed.Of(
            "Residents have waited since March for the parks department to mend the fence.",
            "The department, however, said it could not answer before September.");
        Assert.Equal("parks department", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void The_department_after_the_other_department_is_unnamed()
    {
        var dataset = Analyzed.Of(
            "Residents have waited since March for the other department to mend the fence.",
            "The department, however, said it could not answer before September.");
        Assert.Equal("unnamed department", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void Survey_respondents_are_one_unnamed_group_of_people()
    {
        var dataset = Analyzed.Of(
            "A transit survey asked 900 riders about the new tram line.",
            "Over half (55%) of respondents said the trams were slower than the old buses.",
            "One survey respondent wrote that the stops were too far apart.");
        var group = dataset.SourceNamed("unnamed respondents");
        Assert.Equal(SourceKind.Person, group.Kind);
        Assert.Equal([group.Name], dataset.SpeakersOf("slower than the old buses"));
        Assert.Equal([group.Name], dataset.SpeakersOf("stops were too far apart"));
    }

    [Fact]
    public void An_advertisement_s_narrator_is_an_unnamed_person()
    {
        var dataset = Analyzed.Of(
            "The mayor's campaign will air a new television advertisement on Monday.",
            "“In Dover today, the harbor sits empty. Rents go up, wages go down,” says a narrator.");
        var narrator = dataset.SourceNamed("unnamed narrator");
        Assert.Equal(SourceKind.Person, narrator.Kind);
        Assert.Equal([narrator.Name], dataset.SpeakersOf("the harbor sits empty"));
        Assert.Equal([narrator.Name], dataset.SpeakersOf("wages go down"));
    }

    [Fact]
    public void Two_titled_names_joined_by_and_are_both_the_claim_s_sources()
    {
        var dataset = Analyzed.Of(
            "Senator Ana Ruiz of Ohio and Senator Tom Pell of Iowa wrote to the agency in March.",
            "But Mr. Ruiz and Mr. Pell say the grant program has lost $40 million to fraud since 2012.");
        var names = dataset.SourceNamesOf(dataset.ClaimContaining("lost $40 million")).ToList();
        Assert.Contains("Ana Ruiz", names);
        Assert.Contains("Tom Pell", names);
    }

    [Fact]
    public void A_titled_name_before_someone_else_s_staff_is_not_the_speaker()
    {
        var dataset = Analyzed.Of(
            "Regarding the calls between Mr. Okafor and Mrs. Lund's aides, the campaign said in a statement that no rule had been broken.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Okafor"));
    }

    [Theory]
    [InlineData("Democrat of Iowa")]
    [InlineData("Republican of Ohio,")]
    public void A_party_s_member_from_a_state_set_after_a_name_names_no_one(string apposition) =>
        Assert.Null(DocReport.Analysis.Sources.SourcePhrase.Parse(apposition));

    [Theory]
    [InlineData("According to state data, a fifth of them pay more than half their income in rent.", true)]
    [InlineData("According to federal data, a fifth of them pay more than half their income in rent.", false)]
    public void Statistics_the_text_cites_are_a_document_and_the_same_as_its_data_by_the_same_words(string again, bool same)
    {
        var dataset = Analyzed.Of(
            "About 4 million renters live in the region, according to state statistics. Most of them are under 35.",
            again);
        var statistics = dataset.SourceOf(dataset.AttributionFrom("state statistics"));
        Assert.Equal(SourceKind.Document, statistics.Kind);
        Assert.Equal(same, dataset.SourceOf(dataset.Attributions[^1]).Id == statistics.Id);
        Assert.Equal(same ? 1 : 2, dataset.Sources.Count);
    }
}
