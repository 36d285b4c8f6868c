using DocReport.Model;

namespace DocReport.Tests.Analysis;

public class AttributionPatternTests
{
    [Theory]
    [InlineData("The state's confirmed caseload of Covid-19 is nearly 162,000, of whom 7,844 have died.")]
    [InlineData("The county's confirmed caseload of measles is nearly 1,200, of whom 44 have been treated in hospital.")]
    [InlineData("The city's reported death toll is 340, of whom 12 were children.")]
    public void A_participle_used_as_an_adjective_makes_no_attribution_and_no_source(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Empty(dataset.Attributions);
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void Source_before_the_cue_with_the_rest_of_the_sentence_as_content()
    {
        var dataset = Analyzed.Of("The UK Ministry of Defence reported over 220 attacks on military enlistment offices in Russia, signaling a heightened sense of disaffection.");
        var attribution = dataset.AttributionFrom("The UK Ministry of Defence");
        Assert.Equal("reported", attribution.Cue.Text);
        Assert.StartsWith("over 220 attacks on military enlistment offices", attribution.Content.Text);
        Assert.Equal("UK Ministry of Defence", dataset.SourceOf(attribution).Name);
    }

    [Fact]
    public void Source_after_the_content_takes_the_clause_before_it_as_content()
    {
        var dataset = Analyzed.Of("Repairs will cost £6.4 million, almost double the first estimate, the city council said on Tuesday.");
        var attribution = dataset.AttributionFrom("the city council");
        Assert.Equal("said", attribution.Cue.Text);
        Assert.Equal("Repairs will cost £6.4 million, almost double the first estimate", attribution.Content.Text);
    }

    // Spans follow PolNeAR's guidelines: a source span keeps what identifies the source, a content keeps its quotation marks.
    [Fact]
    public void Inverted_cue_takes_the_name_with_its_apposition_and_the_source_is_the_person()
    {
        var dataset = Analyzed.Of("“Some of our members will not survive this,” said Margaret Brennan, the chamber's chief executive.");
        var attribution = dataset.AttributionFrom("Margaret Brennan, the chamber's chief executive");
        Assert.Equal("“Some of our members will not survive this,”", attribution.Content.Text);
        Assert.Equal(("Margaret Brennan", Model.SourceKind.Person), (dataset.SourceOf(attribution).Name, SourceKindOf(dataset, attribution)));
    }

    [Fact]
    public void Apposition_is_part_of_the_source_span_and_the_source_is_the_named_person()
    {
        var dataset = Analyzed.Of(
            "Daniel Okafor, the council's cabinet member for transport, said the bridge was safe.",
            "The UN mediator, Marc Duval, told reporters that both sides had agreed to exchange prisoners.");
        Assert.Equal("Daniel Okafor", dataset.SourceOf(dataset.AttributionFrom("Daniel Okafor, the council's cabinet member for transport,")).Name);
        Assert.Equal("Marc Duval", dataset.SourceOf(dataset.AttributionFrom("The UN mediator, Marc Duval,")).Name);
    }

    [Theory]
    [InlineData("“", "”")]
    [InlineData("\"", "\"")]
    [InlineData("«", "»")]
    [InlineData("„", "“")]
    [InlineData("‘", "’")]
    [InlineData("‚", "‘")]
    public void Quotation_in_any_common_marks_is_the_content(string open, string close)
    {
        var dataset = Analyzed.Of($"{open}We cannot ask passengers to pay for a terminal they never wanted{close}, Erik Larsen said.");
        var attribution = dataset.AttributionFrom("Erik Larsen");
        Assert.Equal($"{open}We cannot ask passengers to pay for a terminal they never wanted{close}", attribution.Content.Text);
        Assert.Contains(Model.ClaimType.Quote, dataset.ClaimContaining("terminal").Types);
    }

    [Theory]
    [InlineData("“The routes were losing money every month,” Mayor Ellen Vasquez said Tuesday on WXRT’s “Morning Desk.”", "WXRT")]
    [InlineData("“We cut three routes and saved the rest,” Ellen Vasquez, the mayor, said on Channel 4’s “City Hour.”", "City Hour")]
    public void Where_a_quotation_was_said_is_not_its_content(string sentence, string place)
    {
        var dataset = Analyzed.Of(sentence);
        var said = Assert.Single(dataset.Attributions, a => a.Source.Text.Contains("Ellen Vasquez"));
        Assert.StartsWith("“", said.Content.Text);
        Assert.DoesNotContain(place, said.Content.Text);
        Assert.DoesNotContain(place, said.Cue.Text);
    }

    [Fact]
    public void Quotation_over_several_sentences_and_paragraphs_is_linked_to_its_speaker()
    {
        var dataset = Analyzed.Of(
            "“We did not take this decision lightly,” Daniel Okafor said. “The bridge is safe today. It will not stay safe without this work.",
            "“Every month we wait adds 2 per cent to the bill.”",
            "Traffic fell by 30 per cent last year.");
        foreach (var text in new[] { "safe today", "without this work", "Every month" })
            Assert.Equal(["Daniel Okafor"], dataset.SourceNamesOf(dataset.ClaimContaining(text)));
        Assert.Empty(dataset.ClaimContaining("Traffic fell").SourceIds);
    }

    [Fact]
    public void A_quotation_inside_another_actors_sentence_does_not_carry_on_the_last_speaker()
    {
        var dataset = Analyzed.Of(
            "Harbour master Ines Moreau said the old pier was “too dangerous to repair at any price.”",
            "The ferry company branded the closure “a blow to every island family we serve.”");
        Assert.DoesNotContain("Ines Moreau", dataset.SourceNamesOf(dataset.ClaimContaining("ferry company")));
    }

    [Fact]
    public void According_to_at_the_start_and_at_the_end()
    {
        var dataset = Analyzed.Of(
            "According to the Statistics Office, inflation fell to 3.1 per cent in October.",
            "The fee could rise to £55 million, according to Sky Sports.");
        var first = dataset.AttributionFrom("the Statistics Office");
        Assert.Equal("According to", first.Cue.Text);
        Assert.Equal("inflation fell to 3.1 per cent in October", first.Content.Text);
        Assert.Equal("The fee could rise to £55 million", dataset.AttributionFrom("Sky Sports").Content.Text);
    }

    [Fact]
    public void Colon_after_a_name_introduces_what_it_said()
    {
        var dataset = Analyzed.Of("Home Builders Federation: “The ambition is right, but builders need certainty.”");
        var attribution = dataset.AttributionFrom("Home Builders Federation");
        Assert.Equal(":", attribution.Cue.Text);
        Assert.Equal("“The ambition is right, but builders need certainty.”", attribution.Content.Text);
    }

    [Theory]
    [InlineData("according to a Harbour University survey of 2,400 households", "Harbour University survey")]
    [InlineData("according to the latest Harbour Post poll", "Harbour Post poll")]
    public void A_document_named_by_its_maker_keeps_the_makers_capitals(string sentence, string name)
    {
        var dataset = Analyzed.Of($"Sixty-one per cent of tenants pay more than a third of their income in rent, {sentence}.");
        Assert.Equal(name, Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_label_before_a_colon_names_no_source()
    {
        var dataset = Analyzed.Of(
            "Note that the recording was made in one take.",
            "Note: I did not edit the recording, so you hear every slip I made.",
            "Data Sharing Statement: Survey forms: Available on request from the authors.",
            "Harbour Ferries Group (LSE: HFG) announced a new route to the islands on Monday.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Note", StringComparison.Ordinal) || s.Name.Contains("Statement", StringComparison.Ordinal) || s.Name.Contains("LSE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_finding_before_a_colon_in_a_headline_is_still_the_source()
    {
        var dataset = Analyzed.Of("The ferry levy vote is in two weeks.", "Poll: “Harbour voters split evenly on the ferry levy”", "Report: Harbour voters split evenly on the ferry levy.");
        Assert.Contains(dataset.Attributions, a => a.Source.Text == "Poll" && a.Cue.Text == ":");
        Assert.Contains(dataset.Attributions, a => a.Source.Text == "Report" && a.Cue.Text == ":");
    }

    [Fact]
    public void A_given_name_before_a_colon_is_still_who_speaks()
    {
        var dataset = Analyzed.Of(
            "Orla Fenn and Rachel Dunmore built the ferry timetable site together.",
            "Rachel: We wanted every timetable to load in under a second.");
        Assert.Contains(dataset.Attributions, a => a.Source.Text == "Rachel" && a.Cue.Text == ":");
    }

    [Fact]
    public void Heading_with_a_colon_is_not_an_attribution()
    {
        var dataset = Analyzed.Of("Analysis: what the budget means for renters and first-time buyers.");
        Assert.Empty(dataset.Attributions);
    }

    [Fact]
    public void Cue_after_a_modal_or_in_an_infinitive_or_denied_reports_nothing_and_names_no_source()
    {
        var dataset = Analyzed.Of(
            "Companies must tell the regulator about serious breaches within 72 hours.",
            "The ministry declined to say how many staff were affected.",
            "The mayor did not say that the bridge was unsafe.");
        Assert.Empty(dataset.Sources);
        Assert.All(dataset.Claims, c => Assert.Empty(c.SourceIds));
    }

    [Fact]
    public void Finding_verbs_need_a_reported_clause_and_capitalised_words_are_not_cues()
    {
        var dataset = Analyzed.Of(
            "Rothman found a wedding announcement from 1963. Ellen Fetter showed up at MIT in 1963.",
            "For years the United States has imposed sanctions. Lorenz found that the outcomes were not random.");
        Assert.Equal(["Lorenz"], dataset.Attributions.Select(a => a.Source.Text));
    }

    [Fact]
    public void Hearer_of_told_and_an_opening_adverbial_are_not_content()
    {
        var dataset = Analyzed.Of(
            "Maria Lopez, who runs a shelter in Madrid, told Reuters that demand had doubled.",
            "In a statement, Amnesty International said at least 12 people were detained.");
        Assert.Equal("that demand had doubled", dataset.AttributionFrom("Maria Lopez, who runs a shelter in Madrid,").Content.Text);
        Assert.Equal("at least 12 people were detained", dataset.AttributionFrom("Amnesty International").Content.Text);
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Reuters");
    }

    private static Model.SourceKind SourceKindOf(Model.ArticleDataset dataset, Model.Attribution attribution) => dataset.SourceOf(attribution).Kind;

    // "as X put it" words a view as its speaker did: a report of what they said, not a belief with no source
    [Theory]
    [InlineData("The new tram line, as transport minister Edda Holm put it, “will change how this city moves for a generation.”")]
    [InlineData("Transport minister Edda Holm put it plainly: “The new tram line will change how this city moves for a generation.”")]
    public void What_a_speaker_put_in_words_is_speech_with_a_source(string sentence)
    {
        var dataset = Analyzed.Of(sentence);
        var attribution = Assert.Single(dataset.Attributions, a => a.Cue.Text.Contains("put it", StringComparison.Ordinal));
        Assert.Equal(AttributionKind.Speech, attribution.Kind);
        Assert.Equal("Edda Holm", dataset.SourceOf(attribution).Name);
    }
}
